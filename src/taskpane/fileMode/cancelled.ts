/** Thrown in the worker when the page cancels; the pane reads the name, as for an aborted fetch. */
export class Cancelled extends Error {
  override readonly name = "AbortError";
  constructor() {
    super("Cancelled");
  }
}
