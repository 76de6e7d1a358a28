/**
 * Which period basis to use. On "auto", the one whose year-on-year comparison
 * covers the most months: with January-April 2024 and all of 2025, calendar
 * years compare four months where financial years compare one (April).
 * Between financial and calendar years comparing as many months, the one whose
 * headline (latest complete) year is the more recent: with all of 2023 to 2025,
 * calendar 2025 rather than 2024/25. Otherwise ties go to financial years (the
 * analysts' default unit), then calendar, then rolling 12 months.
 */
import type { BasisChoice, PeriodBasis } from "../assessment/settings";
import { chooseComparison, leadPeriod } from "./comparison";
import { buildPeriods, isComplete } from "./periods";

/** In order of preference when two bases compare as many months. */
export const BASES: readonly PeriodBasis[] = ["financial", "calendar", "rolling12"];

/** A chosen basis comparing this many months or fewer is flagged on page 1, with a better one. */
export const FEW_MONTHS = 3;

export interface BasisDecision {
  /** The basis the assessment uses. */
  used: PeriodBasis;
  /** "chosen": set by the user (or fixed by the targets); "automatic": the one comparing the most months. */
  how: "chosen" | "automatic";
  /** Months the year-on-year comparison covers on each basis. */
  monthsCompared: Record<PeriodBasis, number>;
  /** A basis that compares more months, when the one used compares FEW_MONTHS or fewer. */
  better: PeriodBasis | null;
}

/** Months the year-on-year comparison covers on a basis. */
export function monthsComparedOn(basis: PeriodBasis, monthsPresent: readonly number[]): number {
  return chooseComparison(buildPeriods(basis, monthsPresent))?.current.months.length ?? 0;
}

/**
 * `fixed` is a basis the user's other settings require (targets are written in
 * financial or calendar years): "auto" then uses it.
 */
export function decideBasis(
  choice: BasisChoice,
  monthsPresent: readonly number[],
  fixed: PeriodBasis | null = null,
): BasisDecision {
  const monthsCompared = Object.fromEntries(BASES.map((b) => [b, monthsComparedOn(b, monthsPresent)])) as Record<
    PeriodBasis,
    number
  >;
  // A complete headline year beats a partial one; between complete ones, the later.
  const leadStart = (b: PeriodBasis) => {
    const periods = buildPeriods(b, monthsPresent);
    const complete = periods.length > 0 && isComplete(leadPeriod(periods));
    return complete ? leadPeriod(periods).start : -1;
  };
  // Rolling 12 months wins only by comparing more: its headline is not a year a partnership reports on.
  const beats = (b: PeriodBasis, best: PeriodBasis) =>
    monthsCompared[b] > monthsCompared[best] ||
    (monthsCompared[b] === monthsCompared[best] &&
      b !== "rolling12" &&
      best !== "rolling12" &&
      leadStart(b) > leadStart(best));
  const most = BASES.reduce((best, b) => (beats(b, best) ? b : best), BASES[0]);
  const used = choice !== "auto" ? choice : (fixed ?? most);
  const how = choice === "auto" && !fixed ? "automatic" : "chosen";
  const better = monthsCompared[used] <= FEW_MONTHS && monthsCompared[most] > monthsCompared[used] ? most : null;
  return { used, how, monthsCompared, better };
}

/** "financial years", "calendar years", "rolling 12-month periods" */
export function basisName(basis: PeriodBasis): string {
  if (basis === "financial") return "financial years";
  if (basis === "calendar") return "calendar years";
  return "rolling 12-month periods";
}
