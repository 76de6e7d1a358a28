/**
 * The priorities (numbered from 1) with a problem against the chosen data, for the list
 * under Generate. The check is the engine's, loaded lazily with the priorities editor;
 * until it has loaded (or with no priorities) none is reported, and a run would still
 * stop with the engine's message.
 */
import { useEffect, useMemo, useState } from "react";
import type { DataDescription } from "../../engine/assessment/dataDescription";
import type { PriorityDefinition } from "../../engine/assessment/settings";
import type { problemsOf } from "./priorities";

export function usePriorityProblems(priorities: PriorityDefinition[], data: DataDescription | null): number[] {
  const [check, setCheck] = useState<{ problemsOf: typeof problemsOf } | null>(null);
  const wanted = priorities.length > 0;
  useEffect(() => {
    if (!wanted || check) return;
    let live = true;
    import(/* webpackChunkName: "priorities" */ "./priorities").then(
      (loaded) => live && setCheck({ problemsOf: loaded.problemsOf }),
      // The editor shows the failure to load; the run still checks.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, check]);
  return useMemo(
    () => (check ? check.problemsOf(priorities, data).flatMap((problem, i) => (problem ? [i + 1] : [])) : []),
    [check, priorities, data],
  );
}
