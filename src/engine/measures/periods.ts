/**
 * Periods: financial years (April to March, "2023/24"), calendar years ("2025")
 * or rolling 12 months ending at the latest month ("12 months to Dec 2025").
 * Months are month indexes (year * 12 + month - 1); see crimeTable.ts.
 */
import { monthOf, yearOf } from "../extracts/crimeTable";
import type { PeriodBasis } from "../assessment/settings";

export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const FULL_MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Joins the two ends of a run of months ("Jan–Apr"), as printed reports do. */
export const EN_DASH = "–";

export interface Period {
  /** The full-period name, e.g. "2023/24", "2025", "12 months to Dec 2025". */
  name: string;
  /** First month index of the full 12-month period. */
  start: number;
  /** Month indexes of the period that hold data, ascending. */
  months: number[];
}

/** True when every month of the period holds data. */
export function isComplete(period: Period): boolean {
  return period.months.length === 12;
}

/** First month of the period that contains `month` (financial and calendar bases). */
export function periodStart(basis: Exclude<PeriodBasis, "rolling12">, month: number): number {
  if (basis === "calendar") return yearOf(month) * 12;
  const aprilThisYear = yearOf(month) * 12 + 3;
  return month >= aprilThisYear ? aprilThisYear : aprilThisYear - 12;
}

/** "2023/24" for the financial year starting April 2023; "2023" for calendar. */
export function periodName(basis: PeriodBasis, start: number): string {
  if (basis === "calendar") return String(yearOf(start));
  if (basis === "financial") {
    const y = yearOf(start);
    return `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
  }
  return `12 months to ${monthLabel(start + 11)}`;
}

/**
 * The periods that the months present fall into, oldest first. Rolling periods
 * are 12-month windows ending at the latest month, then 12, 24... months before.
 */
export function buildPeriods(basis: PeriodBasis, monthsPresent: readonly number[]): Period[] {
  if (monthsPresent.length === 0) return [];
  const sorted = [...new Set(monthsPresent)].sort((a, b) => a - b);
  const latest = sorted[sorted.length - 1];
  const startOf = (m: number): number =>
    basis === "rolling12" ? latest - 11 - 12 * Math.floor((latest - m) / 12) : periodStart(basis, m);
  const byStart = new Map<number, number[]>();
  for (const m of sorted) {
    const s = startOf(m);
    const list = byStart.get(s) ?? [];
    list.push(m);
    byStart.set(s, list);
  }
  return [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, months]) => ({ name: periodName(basis, start), start, months }));
}

/**
 * Label a set of months within a period: the bare name when all 12 are there,
 * otherwise the name with the months covered, e.g. "2025/26 (Apr–Dec)" or
 * "2024/25 (Apr–Jun, Aug–Mar)".
 */
export function labelMonths(period: Period, months: readonly number[]): string {
  if (months.length === 12) return period.name;
  return `${period.name} (${describeMonthSpans(months)})`;
}

/** Runs of consecutive months, as [first, last] pairs, in order. */
function consecutiveRuns(months: readonly number[]): [number, number][] {
  const sorted = [...months].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const m of sorted) {
    const last = runs[runs.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}

/** "Apr–Jun, Aug–Mar": runs of consecutive months, by month name. */
export function describeMonthSpans(months: readonly number[]): string {
  const name = (m: number) => MONTH_NAMES[monthOf(m) - 1];
  return consecutiveRuns(months)
    .map(([first, last]) => (first === last ? name(first) : `${name(first)}${EN_DASH}${name(last)}`))
    .join(", ");
}

/**
 * The months compared on one side of a year-on-year comparison: the period's
 * name when all 12 are there ("2025", "2024/25"), otherwise the months with
 * their years ("Jan–Apr 2025", "Apr 2024, Jan–Mar 2025", "Sep 2023–Mar 2024").
 */
export function describeWindow(period: Period, months: readonly number[]): string {
  if (months.length === 12) return period.name;
  const name = (m: number) => MONTH_NAMES[monthOf(m) - 1];
  return consecutiveRuns(months)
    .map(([first, last]) => {
      if (first === last) return monthLabel(first);
      if (yearOf(first) === yearOf(last)) return `${name(first)}${EN_DASH}${monthLabel(last)}`;
      return `${monthLabel(first)}${EN_DASH}${monthLabel(last)}`;
    })
    .join(", ");
}

/** "2025", or "2025/26 (partial: Apr–Dec)" for a period missing some months. */
export function periodLabel(period: Period): string {
  return isComplete(period) ? period.name : `${period.name} (partial: ${describeMonthSpans(period.months)})`;
}

/** "Aug 2023", "Aug 2023, May 2024 to Dec 2024": runs of consecutive months, with years. */
export function describeMonthRuns(months: readonly number[]): string {
  return consecutiveRuns(months)
    .map(([first, last]) => describeSpan(first, last))
    .join(", ");
}

/** "Apr 2022 to Mar 2025" */
export function describeSpan(first: number, last: number): string {
  const name = (m: number) => `${MONTH_NAMES[monthOf(m) - 1]} ${yearOf(m)}`;
  return first === last ? name(first) : `${name(first)} to ${name(last)}`;
}

/** "in 2025", "in Jan–Apr 2025", "in the 12 months to Dec 2025": a period or window in a sentence. */
export function during(label: string): string {
  return `in ${asNoun(label)}`;
}

/** "2025", "the 12 months to Dec 2025": a period label as a noun in a sentence. */
export function asNoun(label: string): string {
  return label.startsWith("12 months") ? `the ${label}` : label;
}

/** "Oct 2024" */
export function monthLabel(month: number): string {
  return `${MONTH_NAMES[monthOf(month) - 1]} ${yearOf(month)}`;
}
