/**
 * A1 addresses and sheet-qualified references from the plan's 0-based coordinates,
 * for both writers. Small enough to write here: ExcelJS's colCache is internal and
 * untyped, and Office.js has no address helpers.
 */
import type { RangeRef } from "../../report/plan";

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Relative address, e.g. (0, 0) -> "A1". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Absolute address, e.g. (1, 0) -> "$A$2". */
export function absoluteAddress(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/** "A2:C5" (or "A2" for a single cell). */
export function rangeAddress(firstRow: number, firstCol: number, lastRow: number, lastCol: number): string {
  const first = cellAddress(firstRow, firstCol);
  return firstRow === lastRow && firstCol === lastCol ? first : `${first}:${cellAddress(lastRow, lastCol)}`;
}

/** Whole rows, absolute: (0, 1) -> "$1:$2", as print titles take them. */
export function rowsAddress(firstRow: number, lastRow: number): string {
  return `$${firstRow + 1}:$${lastRow + 1}`;
}

/**
 * Sheet name quoted for a formula: always in apostrophes, inner apostrophes doubled.
 * Quoting is valid even where Excel would not need it, so it is never wrong.
 */
export function quotedSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'My Sheet'!$A$2:$A$5", as a chart series formula needs. */
export function sheetRangeFormula(range: RangeRef): string {
  const first = absoluteAddress(range.firstRow, range.firstCol);
  const last = absoluteAddress(range.lastRow, range.lastCol);
  const cells = first === last ? first : `${first}:${last}`;
  return `${quotedSheetName(range.sheet)}!${cells}`;
}

/** The sheet a defined name's formula points at: "='My sheet'!$A$1" -> "My sheet"; null for #REF! or anything else. */
export function sheetOfFormula(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const match = /^=(?:'((?:[^']|'')+)'|([^'!=#][^!]*))!/.exec(formula.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}
