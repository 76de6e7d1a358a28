/** How each kind of text looks in Excel (the same look as the xlsx writer's). */
import type { TextStyle } from "../../../report/plan";

export interface FontSettings {
  size: number;
  bold?: boolean;
  italic?: boolean;
  color: string;
}

const HEADING = "#1F3864";
/** Grey that still passes 4.5:1 contrast on white. */
const NOTE = "#595959";

export const TEXT_FONTS: Record<TextStyle, FontSettings> = {
  title: { size: 18, bold: true, color: HEADING },
  subtitle: { size: 12, color: NOTE },
  heading: { size: 13, bold: true, color: HEADING },
  body: { size: 11, color: "#000000" },
  finding: { size: 11, color: "#000000" },
  note: { size: 9, italic: true, color: NOTE },
};

export const CAPTION_FONT: FontSettings = { size: 11, bold: true, color: HEADING };
export const TABLE_NOTE_FONT: FontSettings = TEXT_FONTS.note;
export const TABLE_STYLE = "TableStyleMedium2";

export function applyFont(range: Excel.Range, font: FontSettings): void {
  range.format.font.size = font.size;
  range.format.font.color = font.color;
  if (font.bold) range.format.font.bold = true;
  if (font.italic) range.format.font.italic = true;
}
