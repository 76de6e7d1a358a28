/** The page's side of the protocol: one promise per call, with progress and cancel. */
import type { Progress } from "../../workbook/host";
import { deserializeError, type Call, type Reply, type Request } from "./protocol";

/** The part of a Worker the client uses, so tests can pass an in-process stand-in. */
export interface WorkerPort {
  postMessage(message: Request): void;
  onmessage: ((event: { data: Reply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: (progress: Progress) => void;
}

export function abortError(): Error {
  const error = new Error("Cancelled");
  error.name = "AbortError";
  return error;
}

export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (event) => this.receive(event.data);
    port.onerror = (event) => {
      const error = new Error(`The file reader stopped: ${event.message ?? "unknown error"}`);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
  }

  call<T>(call: Call, options: { onProgress?: (p: Progress) => void; signal?: AbortSignal } = {}): Promise<T> {
    const id = this.nextId++;
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
      signal?.addEventListener(
        "abort",
        () => {
          if (!this.pending.delete(id)) return;
          this.port.postMessage({ id, type: "cancel" });
          reject(abortError());
        },
        { once: true },
      );
      this.port.postMessage({ ...call, id });
    });
  }

  private receive(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return; // cancelled: a late reply is dropped
    if (reply.type === "progress") {
      pending.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === "result") pending.resolve(reply.value);
    else pending.reject(deserializeError(reply.error));
  }
}
