/** Figures to cell values: percentages become fractions (the cell shows 14.2%). */
import type { ChangeFigures } from "../engine/assessment/types";
import type { CellValue } from "./plan";

export function pctCell(valuePct: number | null): CellValue {
  return valuePct === null ? null : valuePct / 100;
}

/** A % change, or "new" where the earlier count was 0. */
export function changePctCell(c: ChangeFigures | null): CellValue {
  if (!c) return null;
  if (c.isNew) return "new";
  return pctCell(c.changePct);
}

export function significanceCell(c: ChangeFigures | null): CellValue {
  if (!c) return null;
  return c.significance.charAt(0).toUpperCase() + c.significance.slice(1);
}
