/** A TextPlan: one cell of styled text. */
import type { Worksheet } from "exceljs";
import { NUMBER_FORMATS, TEXT_LOOKS, wrappedRowHeight, type TextPlan } from "../../report/plan";
import { TEXT_FONTS, TEXT_INDENT } from "./textStyles";

export function writeText(sheet: Worksheet, text: TextPlan): void {
  const cell = sheet.getCell(text.at.row + 1, text.at.col + 1);
  // A plain string value is stored as text, never a formula, even if it starts with "=".
  cell.value = text.text;
  // "@" keeps it text if someone later edits the cell and presses Enter.
  cell.numFmt = NUMBER_FORMATS.text;
  cell.font = TEXT_FONTS[text.style];
  const indent = TEXT_INDENT[text.style];
  const wrap = text.wrap ? { wrapText: true, vertical: "top" as const } : {};
  if (indent || text.wrap) cell.alignment = { ...(indent ? { indent } : {}), ...wrap };
  if (text.wrap) {
    const row = text.at.row + 1;
    const col = text.at.col + 1;
    if (text.wrap.columns > 1) sheet.mergeCells(row, col, row, col + text.wrap.columns - 1);
    sheet.getRow(row).height = wrappedRowHeight(TEXT_LOOKS[text.style].size, text.wrap.lines);
  }
}
