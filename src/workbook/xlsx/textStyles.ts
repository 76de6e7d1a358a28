/** The plan's text looks (src/report/plan.ts) as ExcelJS fonts. */
import type { Font } from "exceljs";
import { CAPTION_LOOK, TEXT_LOOKS, type TextLook, type TextStyle } from "../../report/plan";

export const BODY_FONT = "Calibri";

const argb = (hex: string) => ({ argb: `FF${hex}` });

/** An ExcelJS font for a look from the plan. */
function fontOf(look: TextLook): Partial<Font> {
  return {
    name: BODY_FONT,
    size: look.size,
    color: argb(look.colour),
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
  };
}

export const TEXT_FONTS = Object.fromEntries(
  Object.entries(TEXT_LOOKS).map(([style, look]) => [style, fontOf(look)]),
) as Record<TextStyle, Partial<Font>>;

/** Findings sit slightly indented so they read as a list under their heading. */
export const TEXT_INDENT: Partial<Record<TextStyle, number>> = { finding: 1 };

export const CAPTION_FONT: Partial<Font> = fontOf(CAPTION_LOOK);

export function argbColour(hex: string): { argb: string } {
  return argb(hex.replace(/^#/, "").toUpperCase());
}
