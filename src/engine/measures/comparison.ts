/**
 * Which months to compare. A full period is compared with the full period a year
 * (or three years) before; a partial one, or one with a gap, only on the months
 * present in both (year to date), and both sides are labelled with those months.
 */
import { describeWindow, isComplete, MONTH_NAMES, type Period } from "./periods";

export interface ComparedSide {
  period: Period;
  /** Month indexes counted on this side. */
  months: number[];
  /** "2025" when the whole period is compared, otherwise its months: "Jan–Apr 2025". */
  label: string;
}

export interface Comparison {
  current: ComparedSide;
  previous: ComparedSide;
  yearsApart: number;
  /** True when either side is restricted to fewer than 12 months. */
  likeForLike: boolean;
  /** "Jan–Apr 2025 against Jan–Apr 2024", or "2025 against 2024" for whole years. */
  label: string;
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
  const currentLabel = describeWindow(current, currentMonths);
  const previousLabel = describeWindow(previous, previousMonths);
  return {
    current: { period: current, months: currentMonths, label: currentLabel },
    previous: { period: previous, months: previousMonths, label: previousLabel },
    yearsApart,
    likeForLike: currentMonths.length < 12,
    label: `${currentLabel} against ${previousLabel}`,
    currentMonthsLeftOut: current.months.filter((m) => !before.has(m - shift)),
    previousMonthsLeftOut: previous.months.filter((m) => !kept.has(m)),
  };
}

/** The latest period with all 12 months, or null. */
export function latestComplete(periods: readonly Period[]): Period | null {
  for (let i = periods.length - 1; i >= 0; i--) if (isComplete(periods[i])) return periods[i];
  return null;
}

/** The period the headline figures are for: the latest complete one, else the latest (partial) one. */
export function leadPeriod(periods: readonly Period[]): Period {
  return latestComplete(periods) ?? periods[periods.length - 1];
}

/**
 * The year-on-year comparison: of the latest period against the one before and
 * the latest complete period against the one before, the pair that compares the
 * most months (ties: the more recent). Null when no months can be compared.
 */
export function chooseComparison(periods: readonly Period[]): Comparison | null {
  if (periods.length === 0) return null;
  const latest = periods[periods.length - 1];
  const complete = latestComplete(periods);
  // Most recent first, so that a tie keeps the more recent pair.
  const candidates = [latest, ...(complete && complete !== latest ? [complete] : [])]
    .map((p) => comparePeriods(periods, p, 1))
    .filter((c): c is Comparison => c !== null);
  let best: Comparison | null = null;
  for (const c of candidates) if (!best || c.current.months.length > best.current.months.length) best = c;
  return best;
}

/** How a sentence names a comparison's two sides, and the months compared when that needs saying. */
export interface ComparisonWords {
  current: string;
  previous: string;
  /** "the 11 months both years hold, all but Aug", when the sides are named by their periods. */
  months: string | null;
}

/** Calendar months left out, listed by name when there are this few. */
const MAX_LISTED_GAPS = 3;

/**
 * A window of one run of months reads as itself ("Jan–Apr 2025"); one with gaps
 * ("Apr–Jul 2024, Sep 2024–Mar 2025") reads better as its period, with the months
 * in common said once.
 */
export function comparisonWords(c: Comparison): ComparisonWords {
  if (!c.current.label.includes(",") && !c.previous.label.includes(",")) {
    return { current: c.current.label, previous: c.previous.label, months: null };
  }
  const held = new Set(c.current.months.map((m) => ((m % 12) + 12) % 12));
  const gaps = MONTH_NAMES.filter((_, i) => !held.has(i));
  const but = gaps.length <= MAX_LISTED_GAPS ? `, all but ${gaps.join(", ")}` : "";
  return {
    current: c.current.period.name,
    previous: c.previous.period.name,
    months: `the ${c.current.months.length} months both years hold${but}`,
  };
}
