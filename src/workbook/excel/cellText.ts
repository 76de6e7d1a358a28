/**
 * What goes into a cell, and in which number format, so that text stays text.
 *
 * - Every string cell gets the text format "@", so "=HYPERLINK(...)", "-ASB", "+44"
 *   and "@home" never start a formula, and labels such as "Apr 2024" or "2023/24"
 *   never become dates. This holds in a number column too: "new" (no previous
 *   count) in a percentage column is text-formatted text.
 * - Excel shows a text-formatted cell of more than 255 characters as "####", so
 *   such long text (a sentence, never a number or a date) keeps the General format;
 *   if it starts like a formula it is marked as text (Excel's apostrophe prefix).
 * - A number Excel cannot hold (NaN, Infinity) is left blank, never written as a
 *   corrupt value; a blank keeps its column's format.
 */
import { NUMBER_FORMATS, type CellValue, type NumberFormatName } from "../../report/plan";

export const TEXT_FORMAT = NUMBER_FORMATS.text;
export const GENERAL_FORMAT = "General";
/** Longer text in a text-formatted cell shows as "####". */
export const TEXT_FORMAT_MAX_LENGTH = 255;

/** One cell as both writers write it. */
export interface CellEntry {
  value: string | number | null;
  /** The Excel number format string. */
  format: string;
  /**
   * Long formula-like text in a General cell: Office.js writes it with Excel's
   * apostrophe prefix. An xlsx file stores it as a string cell, which Excel never
   * evaluates, so the file needs no prefix.
   */
  markAsText: boolean;
}

/** Excel would read these as the start of a formula in a cell that is not formatted as text. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** A number Excel can hold, or null for a blank. */
export function excelValue(value: CellValue): string | number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

/** A piece of text on its own: a line of text, a caption, a note or a header. */
export function textEntry(text: string): CellEntry {
  const long = text.length > TEXT_FORMAT_MAX_LENGTH;
  return { value: text, format: long ? GENERAL_FORMAT : TEXT_FORMAT, markAsText: long && isFormulaLike(text) };
}

/** A body cell of a table column: strings as text, numbers and blanks in the column's format. */
export function cellEntry(value: CellValue, columnFormat: NumberFormatName): CellEntry {
  const cell = excelValue(value);
  if (typeof cell === "string") return textEntry(cell);
  return { value: cell, format: NUMBER_FORMATS[columnFormat], markAsText: false };
}
