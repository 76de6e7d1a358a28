/** The pane follows Office's theme in Office, and the system's light/dark setting outside it. */
import { act, renderHook } from "@testing-library/react";
import { useColourScheme } from "../../src/taskpane/theme/useColourScheme";

function fakeSystemPreference(dark: boolean) {
  const listeners: ((event: MediaQueryListEvent) => void)[] = [];
  const query = {
    matches: dark,
    addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.push(listener),
    removeEventListener: jest.fn(),
  };
  Object.defineProperty(window, "matchMedia", { configurable: true, value: jest.fn(() => query) });
  return (nowDark: boolean) => listeners.forEach((l) => l({ matches: nowDark } as MediaQueryListEvent));
}

describe("useColourScheme", () => {
  it("uses Office's dark body colour even when the system is light", () => {
    fakeSystemPreference(false);
    expect(renderHook(() => useColourScheme("#262626")).result.current).toBe("dark");
  });

  it("follows the system outside Office, including a change while open", () => {
    const change = fakeSystemPreference(true);
    const { result } = renderHook(() => useColourScheme(undefined));
    expect(result.current).toBe("dark");
    act(() => change(false));
    expect(result.current).toBe("light");
  });
});
