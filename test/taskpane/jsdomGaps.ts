/** Browser APIs Fluent UI uses that jsdom lacks; no-op stand-ins are enough for these tests. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}
