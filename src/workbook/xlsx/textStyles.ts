/** The shared looks (src/workbook/excel) as ExcelJS fonts, fills and alignment. */
import type { Alignment, Fill, Font } from "exceljs";
import type { ColumnAlignment } from "../excel/tableLayout";
import type { FontLook } from "../excel/textLook";

export function argbColour(hex: string): { argb: string } {
  return { argb: `FF${hex.replace(/^#/, "").toUpperCase()}` };
}

export function excelFont(look: FontLook): Partial<Font> {
  return {
    name: look.name,
    size: look.size,
    color: argbColour(look.colour),
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
  };
}

export function solidFill(hex: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: argbColour(hex) };
}

export function excelAlignment(alignment: ColumnAlignment): Partial<Alignment> {
  return { horizontal: alignment.horizontal, ...(alignment.indent ? { indent: alignment.indent } : {}) };
}
