/** Plan cell values as ExcelJS cell values. */
import type { CellValue } from "../../report/plan";

/**
 * Strings stay strings: ExcelJS only writes a formula for a { formula } object,
 * so "=1+1" is stored as text. A number Excel cannot hold (NaN, Infinity) is
 * left blank rather than written as a corrupt <v>NaN</v>.
 */
export function excelValue(value: CellValue): string | number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}
