/** How each TextPlan style looks: fonts and colours in one place. */
import type { Font } from "exceljs";
import type { TextStyle } from "../../report/plan";

/** Dark blue for titles and headings; grey that still passes 4.5:1 contrast on white. */
export const HEADING_COLOUR = "1F3864";
export const NOTE_COLOUR = "595959";
export const BODY_FONT = "Calibri";

const argb = (hex: string) => ({ argb: `FF${hex}` });

export const TEXT_FONTS: Record<TextStyle, Partial<Font>> = {
  title: { name: BODY_FONT, size: 18, bold: true, color: argb(HEADING_COLOUR) },
  subtitle: { name: BODY_FONT, size: 12, color: argb(NOTE_COLOUR) },
  heading: { name: BODY_FONT, size: 13, bold: true, color: argb(HEADING_COLOUR) },
  body: { name: BODY_FONT, size: 11, color: argb("000000") },
  finding: { name: BODY_FONT, size: 11, color: argb("000000") },
  note: { name: BODY_FONT, size: 9, italic: true, color: argb(NOTE_COLOUR) },
};

/** Findings sit slightly indented so they read as a list under their heading. */
export const TEXT_INDENT: Partial<Record<TextStyle, number>> = { finding: 1 };

export const CAPTION_FONT: Partial<Font> = { name: BODY_FONT, size: 11, bold: true, color: argb(HEADING_COLOUR) };

export function argbColour(hex: string): { argb: string } {
  return argb(hex.replace(/^#/, "").toUpperCase());
}
