/** Follows the Office theme inside Office, and the system's light/dark preference outside it. */
import { useEffect, useState } from "react";
import { chooseColourScheme, type ColourScheme } from "./colourScheme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

export function useColourScheme(officeBodyBackground: string | undefined): ColourScheme {
  const systemDark = () => typeof window !== "undefined" && Boolean(window.matchMedia?.(DARK_QUERY).matches);
  const [scheme, setScheme] = useState<ColourScheme>(() => chooseColourScheme(officeBodyBackground, systemDark()));
  useEffect(() => {
    setScheme(chooseColourScheme(officeBodyBackground, systemDark()));
    const query = window.matchMedia?.(DARK_QUERY);
    if (!query || officeBodyBackground) return;
    const follow = (event: MediaQueryListEvent) => setScheme(chooseColourScheme(undefined, event.matches));
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, [officeBodyBackground]);
  return scheme;
}
