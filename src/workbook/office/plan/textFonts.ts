/** The shared looks (src/workbook/excel) as Office.js range formats. */
import type { ColumnAlignment } from "../../excel/tableLayout";
import type { FontLook } from "../../excel/textLook";

export function officeColour(hex: string): string {
  return `#${hex}`;
}

export function applyFont(range: Excel.Range, font: FontLook): void {
  range.format.font.name = font.name;
  range.format.font.size = font.size;
  range.format.font.color = officeColour(font.colour);
  if (font.bold) range.format.font.bold = true;
  if (font.italic) range.format.font.italic = true;
}

const HORIZONTAL: Record<ColumnAlignment["horizontal"], "Left" | "Right"> = { left: "Left", right: "Right" };

/** The indent level came in ExcelApi 1.9; before it, numbers are right-aligned without the indent. */
export function applyAlignment(range: Excel.Range, alignment: ColumnAlignment, supportsIndent: boolean): void {
  range.format.horizontalAlignment = HORIZONTAL[alignment.horizontal];
  if (alignment.indent && supportsIndent) range.format.indentLevel = alignment.indent;
}
