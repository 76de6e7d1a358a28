/** The area's monthly series (missing months left blank) and its seasonal profile. */
import { ALL_CRIME, ASB } from "../measures/counts";
import { monthOf } from "../extracts/crimeTable";
import { FULL_MONTH_NAMES, isComplete, MONTH_NAMES, monthLabel, type Period } from "../measures/periods";
import { seasonalIndex } from "../measures/seasonality";
import type { AssessContext } from "./context";
import type { HighestMonth, MonthlyRow, SeasonalRow } from "./types";

/** Complete years needed before a seasonal index is shown: one year's peak may be chance. */
export const MIN_SEASONAL_YEARS = 2;

export function monthsPresent(ctx: AssessContext): number[] {
  return ctx.periods.flatMap((p) => p.months);
}

export function monthlyRows(ctx: AssessContext): MonthlyRow[] {
  if (ctx.quarterly) return [];
  const present = new Set(monthsPresent(ctx));
  const first = Math.min(...present);
  const last = Math.max(...present);
  const rows: MonthlyRow[] = [];
  for (let m = first; m <= last; m++) {
    const has = present.has(m);
    rows.push({
      month: m,
      label: monthLabel(m),
      allCrime: has ? ctx.count(ctx.areaDistricts, ALL_CRIME, [m]) : null,
      asb: has ? ctx.count(ctx.areaDistricts, ASB, [m]) : null,
      ...(ctx.priorities.length > 0 && {
        priorities: ctx.priorities.map((p) => (has ? ctx.count(ctx.areaDistricts, p.name, [m]) : null)),
      }),
    });
  }
  return rows;
}

/**
 * The periods the seasonal profile is taken from: the complete ones, so that a
 * month seen in fewer years (a partial year) does not carry the trend into the
 * profile; all periods when none is complete. Target milestones are pro-rated by
 * it; the index itself is shown only from MIN_SEASONAL_YEARS complete years.
 */
export function profilePeriods(ctx: AssessContext): Period[] {
  const complete = ctx.periods.filter(isComplete);
  return complete.length ? complete : ctx.periods;
}

/** Seasonal index (100 = an average month) for a category in the area. */
export function seasonalIndexFor(ctx: AssessContext, category: string): (number | null)[] {
  if (ctx.quarterly) return new Array<number | null>(12).fill(null);
  const months = profilePeriods(ctx).flatMap((p) => p.months);
  return seasonalIndex(
    months,
    months.map((m) => ctx.count(ctx.areaDistricts, category, [m])),
  );
}

/** The index by calendar month, only from MIN_SEASONAL_YEARS or more complete years. */
export function seasonalRows(ctx: AssessContext): SeasonalRow[] {
  if (ctx.quarterly || ctx.completePeriods.length < MIN_SEASONAL_YEARS) return [];
  const crime = seasonalIndexFor(ctx, ALL_CRIME);
  const asb = seasonalIndexFor(ctx, ASB);
  return MONTH_NAMES.map((month, i) => ({ month, allCrimeIndex: crime[i], asbIndex: asb[i] }));
}

/** With exactly one complete year, its highest month for ASB and All crime (no index from one year). */
export function highestMonths(ctx: AssessContext): HighestMonth[] {
  if (ctx.quarterly || ctx.completePeriods.length !== 1) return [];
  const year = ctx.completePeriods[0];
  return [ASB, ALL_CRIME].flatMap((category): HighestMonth[] => {
    const counts = year.months.map((m) => ctx.count(ctx.areaDistricts, category, [m]));
    const top = Math.max(...counts);
    // Ties name the first such month; no rows at all gives no sentence.
    if (!(top > 0)) return [];
    const month = year.months[counts.indexOf(top)];
    return [
      {
        period: year.name,
        category,
        month: FULL_MONTH_NAMES[monthOf(month) - 1],
        label: monthLabel(month),
        count: top,
      },
    ];
  });
}
