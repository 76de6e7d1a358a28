/** Which Fluent theme the pane uses: Office's theme inside Office, the system's outside. */
export type ColourScheme = "light" | "dark";

/** Relative luminance (WCAG) of a "#RRGGBB" or "RRGGBB" colour; null if unreadable. */
export function luminance(colour: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Office reports its theme as colours, not a name (Office.context.officeTheme), so a dark
 * body background means a dark theme. Outside Office, the system preference decides.
 */
export function chooseColourScheme(officeBodyBackground: string | undefined, systemPrefersDark: boolean): ColourScheme {
  const lum = officeBodyBackground ? luminance(officeBodyBackground) : null;
  if (lum !== null) return lum < 0.4 ? "dark" : "light";
  return systemPrefersDark ? "dark" : "light";
}
