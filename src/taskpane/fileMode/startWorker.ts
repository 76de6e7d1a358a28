/**
 * Starts the file-mode worker. webpack 5 bundles a worker only from this exact
 * `new Worker(new URL(..., import.meta.url))` form. The file is not imported by jest
 * (CommonJS has no import.meta); tests give FileHost an in-process port instead.
 */
import type { WorkerPort } from "./workerClient";

export function startWorker(): WorkerPort {
  return new Worker(
    // @ts-ignore TS1343: import.meta needs ES modules; webpack's ts-loader compiles this file as es2020.
    /* webpackChunkName: "file-worker" */ new URL("./worker.ts", import.meta.url),
  ) as unknown as WorkerPort;
}
