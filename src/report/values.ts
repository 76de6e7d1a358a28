/**
 * Figures to cell values: percentages become fractions (the cell shows 14.2%).
 * Signed figures are rounded as displayed before they are written, so a change
 * of -0.04 shows as 0.0, never "-0.0", and its colour follows the rounded sign.
 */
import { changeWords, roundTo } from "../engine/assessment/format";
import type { ChangeFigures } from "../engine/assessment/types";
import type { CellValue } from "./plan";

export function pctCell(valuePct: number | null): CellValue {
  return valuePct === null ? null : valuePct / 100;
}

/** A % change to one decimal place, or "new" where the earlier count was 0. */
export function changePctCell(c: ChangeFigures | null): CellValue {
  if (!c) return null;
  if (c.isNew) return "new";
  return c.changePct === null ? null : roundTo(c.changePct, 1) / 100;
}

/** A change in percentage points, to one decimal place. */
export function ppCell(value: number | null): CellValue {
  return value === null ? null : roundTo(value, 1);
}

/** "▲ up 3% (may be chance)", or blank without a comparison. */
export function changeWordsCell(c: ChangeFigures | null): CellValue {
  return c ? changeWords(c) : null;
}

/** A rate per 1,000; "n/a" where the district has no population (never a division error). */
export function rateCell(rate: number | null): CellValue {
  return rate === null ? "n/a" : rate;
}
