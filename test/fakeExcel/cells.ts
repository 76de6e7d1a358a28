/** How Excel enters a value into a cell: the rules that make text turn into formulas or numbers. */
import { FakeExcelError } from "./errors";
import { cellKey, type Area, type Scalar, type SheetModel } from "./model";

/** Excel's "General" parsing of typed text (a simple subset: plain decimals). */
function looksNumeric(text: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim());
}

function setValue(sheet: SheetModel, row: number, col: number, value: Scalar | undefined): void {
  (sheet.values[row] ??= [])[col] = value;
}

/**
 * A string is entered as text only in a text-formatted ("@") cell or after an
 * apostrophe. Otherwise "=..." (and "+x", "-x", "@x") become formulas and numeric
 * text becomes a number - the injection risk the adapter must avoid.
 */
export function enterValue(sheet: SheetModel, row: number, col: number, value: unknown): void {
  if (value === null || value === undefined) return; // null in an input array leaves the cell as it was
  const key = cellKey(row, col);
  sheet.formulas.delete(key);
  if (typeof value === "number" || typeof value === "boolean") return setValue(sheet, row, col, value);
  if (typeof value !== "string")
    throw new FakeExcelError("InvalidArgument", `Cannot write a ${typeof value} to a cell.`);
  if (sheet.numberFormats.get(key) === "@" || value === "") return setValue(sheet, row, col, value || undefined);
  if (value.startsWith("'")) return setValue(sheet, row, col, value.slice(1));
  if (looksNumeric(value)) return setValue(sheet, row, col, Number(value));
  if (/^[=+\-@]./.test(value)) {
    sheet.formulas.set(key, value);
    return setValue(sheet, row, col, "#NAME?");
  }
  setValue(sheet, row, col, value);
}

/** A 2-D input must match the range exactly; a single value fills it. */
export function eachInput(area: Area, input: unknown, apply: (row: number, col: number, value: unknown) => void): void {
  if (!Array.isArray(input)) {
    for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.cols; c++) apply(area.r0 + r, area.c0 + c, input);
    return;
  }
  const fits = input.length === area.rows && input.every((row) => Array.isArray(row) && row.length === area.cols);
  if (!fits) {
    throw new FakeExcelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${area.rows} x ${area.cols}).`,
    );
  }
  input.forEach((cells: unknown[], r) => cells.forEach((value, c) => apply(area.r0 + r, area.c0 + c, value)));
}

export function checkWritable(area: Area): void {
  if (area.sheet.protected) {
    throw new FakeExcelError("AccessDenied", `The sheet "${area.sheet.name}" is protected.`);
  }
}
