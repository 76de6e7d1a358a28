/** The file-mode worker: reads files and runs the engine off the page's thread. */
import type { Request } from "./protocol";
import { createWorkerHandler } from "./workerHandler";

const scope = self as unknown as {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<Request>) => void) | null;
};

const handle = createWorkerHandler((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (event) => void handle(event.data);
