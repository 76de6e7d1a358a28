/**
 * The plan's text looks (src/report/plan.ts) as cell fonts and alignment, the same
 * in both writers: each only translates a FontLook to its API.
 */
import {
  CAPTION_LOOK,
  TEXT_LOOKS,
  wrappedRowHeight,
  type TextLook,
  type TextPlan,
  type TextStyle,
} from "../../report/plan";

/** Excel's default body font; Carlito has its metrics where Calibri is missing. */
export const BODY_FONT_NAME = "Calibri";

/** A font as both writers set it: colour is hex RGB, no "#". */
export interface FontLook {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  colour: string;
}

function fontOf(look: TextLook): FontLook {
  return {
    name: BODY_FONT_NAME,
    size: look.size,
    colour: look.colour,
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
  };
}

export const TEXT_FONTS = Object.fromEntries(
  Object.entries(TEXT_LOOKS).map(([style, look]) => [style, fontOf(look)]),
) as Record<TextStyle, FontLook>;

export const CAPTION_FONT: FontLook = fontOf(CAPTION_LOOK);
export const TABLE_NOTE_FONT: FontLook = TEXT_FONTS.note;

/** Findings sit slightly indented so they read as a list under their heading. */
export const TEXT_INDENT: Partial<Record<TextStyle, number>> = { finding: 1 };

/**
 * A wrapped line of text: merged across `columns` cells from its own (when more
 * than one), wrapped, aligned to the top, its row tall enough for its lines
 * (Excel does not fit a merged cell's height by itself), so it prints whole.
 */
export interface WrapLook {
  columns: number;
  merge: boolean;
  rowHeight: number;
}

export function wrapLook(text: TextPlan): WrapLook | null {
  if (!text.wrap) return null;
  return {
    columns: text.wrap.columns,
    merge: text.wrap.columns > 1,
    rowHeight: wrappedRowHeight(TEXT_LOOKS[text.style].size, text.wrap.lines),
  };
}
