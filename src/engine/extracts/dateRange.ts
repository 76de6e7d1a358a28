/**
 * Never inventing a period. A row dated after today, before 2000, or more than
 * 12 months after the latest month most of its source's rows share is a typing
 * error (2199-12 for 2019-12), not a new period: counted, it would become "the
 * latest year" with thousands of months "missing" before it.
 */
import { monthIndex } from "./crimeTable";

/** Rows dated before January 2000 are set aside. */
export const EARLIEST_MONTH = monthIndex(2000, 1);
/** Rows more than this many months after their source's anchor month are set aside. */
export const MONTHS_AFTER_ANCHOR = 12;

/** The month index of "today" given as a Date (its local calendar month) or already as a month index. */
export function monthOfDate(asOf: Date | number): number {
  if (typeof asOf === "number") return asOf;
  return monthIndex(asOf.getFullYear(), asOf.getMonth() + 1);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The anchor: the latest month whose row count is at least a quarter of the
 * median count over the months holding rows. A thin latest month (published
 * late, or a partial month) is still kept when it is within 12 months of it.
 * Null when no month holds rows.
 */
export function anchorMonth(rowsByMonth: ReadonlyMap<number, number>): number | null {
  if (rowsByMonth.size === 0) return null;
  const floor = median([...rowsByMonth.values()]) / 4;
  let anchor: number | null = null;
  for (const [month, rows] of rowsByMonth) if (rows >= floor && (anchor === null || month > anchor)) anchor = month;
  return anchor;
}

/** The months (ascending) more than MONTHS_AFTER_ANCHOR after the anchor. */
export function monthsBeyondAnchor(rowsByMonth: ReadonlyMap<number, number>): { anchor: number; beyond: number[] } {
  const anchor = anchorMonth(rowsByMonth);
  if (anchor === null) return { anchor: Number.NaN, beyond: [] };
  const beyond = [...rowsByMonth.keys()].filter((m) => m > anchor + MONTHS_AFTER_ANCHOR).sort((a, b) => a - b);
  return { anchor, beyond };
}
