/** The plan's text looks (src/report/plan.ts) as Office.js font settings. */
import { CAPTION_LOOK, TEXT_LOOKS, type TextLook, type TextStyle } from "../../../report/plan";

export interface FontSettings {
  size: number;
  bold?: boolean;
  italic?: boolean;
  color: string;
}

function fontOf(look: TextLook): FontSettings {
  return {
    size: look.size,
    color: `#${look.colour}`,
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
  };
}

export const TEXT_FONTS = Object.fromEntries(
  Object.entries(TEXT_LOOKS).map(([style, look]) => [style, fontOf(look)]),
) as Record<TextStyle, FontSettings>;

export const CAPTION_FONT: FontSettings = fontOf(CAPTION_LOOK);
export const TABLE_NOTE_FONT: FontSettings = TEXT_FONTS.note;
export const TABLE_STYLE = "TableStyleMedium2";

export function applyFont(range: Excel.Range, font: FontSettings): void {
  range.format.font.size = font.size;
  range.format.font.color = font.color;
  if (font.bold) range.format.font.bold = true;
  if (font.italic) range.format.font.italic = true;
}
