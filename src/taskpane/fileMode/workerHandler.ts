/** The worker's side of the protocol: runs each call on the EngineSession and posts replies. */
import { EngineSession } from "./engineSession";
import { serializeError, type OpenedFile, type Reply, type Request } from "./protocol";

export type Post = (reply: Reply, transfer?: Transferable[]) => void;

export function createWorkerHandler(post: Post, session = new EngineSession()): (request: Request) => Promise<void> {
  const cancelled = new Set<number>();

  async function open(files: OpenedFile[]) {
    // Files that read well are kept even when another fails; the first failure is reported.
    let failure: unknown = null;
    for (const file of files) {
      try {
        await session.open(file);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure) throw failure;
    return session.discover();
  }

  return async function handle(request: Request): Promise<void> {
    if (request.type === "cancel") {
      cancelled.add(request.id);
      return;
    }
    const { id } = request;
    try {
      let value: unknown;
      let transfer: Transferable[] = [];
      if (request.type === "open") value = await open(request.files);
      if (request.type === "discover") value = session.discover();
      if (request.type === "listAreas")
        value = await session.listAreas(request.sourceIds, request.mappings, request.keepSourceIds);
      if (request.type === "describeData")
        value = await session.describeData(request.sourceIds, request.mappings, request.keepSourceIds);
      if (request.type === "run") {
        const result = await session.run(
          request.request,
          (progress) => post({ id, type: "progress", progress }),
          () => cancelled.has(id),
        );
        value = result;
        if (result.download) transfer = [result.download.data.buffer as ArrayBuffer];
      }
      post({ id, type: "result", value }, transfer);
    } catch (error) {
      post({ id, type: "error", error: serializeError(error) });
    } finally {
      cancelled.delete(id);
    }
  };
}
