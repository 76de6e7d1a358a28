/** Browser APIs Fluent UI uses that jsdom lacks; no-op stand-ins are enough for these tests. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}

// jest's jsdom environment hides Node's structuredClone, which the fake Excel uses.
if (typeof globalThis.structuredClone !== "function") {
  const v8 = require("v8") as typeof import("v8");
  globalThis.structuredClone = <T>(value: T): T => v8.deserialize(v8.serialize(value));
}
