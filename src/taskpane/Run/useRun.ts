/** One run of the assessment: progress, cancel (AbortController), result or error. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AssessmentHost, Progress, RunRequest, RunResult } from "../../workbook/host";
import { isCancellation } from "../Errors/describeError";

/** "cancelling" lasts until the host has undone any partial work and settled. */
export type RunStatus = "idle" | "running" | "cancelling" | "done" | "cancelled" | "failed";

export interface RunState {
  status: RunStatus;
  progress: Progress | null;
  result: RunResult | null;
  error: unknown;
  /**
   * The last run that finished, kept through later runs until one finishes: what the
   * Data panel (sources left out) and Settings (the basis used) say about "the last run".
   */
  last: RunResult | null;
}

export type RunInput = Omit<RunRequest, "onProgress" | "signal">;

export function useRun(host: AssessmentHost) {
  const [state, setState] = useState<Omit<RunState, "last">>({
    status: "idle",
    progress: null,
    result: null,
    error: null,
  });
  const [last, setLast] = useState<RunResult | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (input: RunInput) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setState({
        status: "running",
        progress: { stage: "reading", fraction: 0, message: "" },
        result: null,
        error: null,
      });
      try {
        const result = await host.run({
          ...input,
          signal: abort.signal,
          onProgress: (progress) => {
            if (!abort.signal.aborted) setState((s) => ({ ...s, progress }));
          },
        });
        // A host that finishes after Cancel still counts as cancelled: the user was told so.
        if (!abort.signal.aborted) setLast(result);
        setState(
          abort.signal.aborted
            ? { status: "cancelled", progress: null, result: null, error: null }
            : { status: "done", progress: null, result, error: null },
        );
      } catch (caught) {
        setState(
          isCancellation(caught) || abort.signal.aborted
            ? { status: "cancelled", progress: null, result: null, error: null }
            : { status: "failed", progress: null, result: null, error: caught },
        );
      } finally {
        controller.current = null;
      }
    },
    [host],
  );

  const cancel = useCallback(() => {
    if (!controller.current || controller.current.signal.aborted) return;
    controller.current.abort();
    setState((s) => ({ ...s, status: "cancelling" }));
  }, []);

  /** Back to idle once the user has read an outcome (e.g. dismissed the error). */
  const dismiss = useCallback(() => {
    if (!controller.current) setState({ status: "idle", progress: null, result: null, error: null });
  }, []);

  return { ...state, last, start, cancel, dismiss };
}
