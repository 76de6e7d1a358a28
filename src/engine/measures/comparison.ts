/**
 * Which months to compare. A full period is compared with the full period a year
 * (or three years) before; a partial one, or one with a gap, only on the months
 * present in both, and both sides are labelled with those months.
 */
import { labelMonths, type Period } from "./periods";

export interface ComparedSide {
  period: Period;
  /** Month indexes counted on this side. */
  months: number[];
  /** "2023/24", or "2025/26 (Apr-Dec)" when only some months are compared. */
  label: string;
}

export interface Comparison {
  current: ComparedSide;
  previous: ComparedSide;
  yearsApart: number;
  /** True when either side is restricted to fewer than 12 months. */
  likeForLike: boolean;
  /** Months of the current period left out because the earlier period lacks them. */
  currentMonthsLeftOut: number[];
  /** Months of the earlier period left out because the current period lacks them. */
  previousMonthsLeftOut: number[];
}

/** Compare `current` with the period `yearsApart` years before it, if the data holds one. */
export function comparePeriods(periods: readonly Period[], current: Period, yearsApart: number): Comparison | null {
  const shift = 12 * yearsApart;
  const previous = periods.find((p) => p.start === current.start - shift);
  if (!previous) return null;
  const before = new Set(previous.months);
  const currentMonths = current.months.filter((m) => before.has(m - shift));
  if (currentMonths.length === 0) return null;
  const previousMonths = currentMonths.map((m) => m - shift);
  const kept = new Set(previousMonths);
  return {
    current: { period: current, months: currentMonths, label: labelMonths(current, currentMonths) },
    previous: { period: previous, months: previousMonths, label: labelMonths(previous, previousMonths) },
    yearsApart,
    likeForLike: currentMonths.length < 12,
    currentMonthsLeftOut: current.months.filter((m) => !before.has(m - shift)),
    previousMonthsLeftOut: previous.months.filter((m) => !kept.has(m)),
  };
}
