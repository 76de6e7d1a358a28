/** The area's monthly series (missing months left blank) and its seasonal profile. */
import { ALL_CRIME, ASB } from "../measures/counts";
import { MONTH_NAMES, monthLabel } from "../measures/periods";
import { seasonalIndex } from "../measures/seasonality";
import type { AssessContext } from "./context";
import type { MonthlyRow, SeasonalRow } from "./types";

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
      allCrime: has ? ctx.count([ctx.area], ALL_CRIME, [m]) : null,
      asb: has ? ctx.count([ctx.area], ASB, [m]) : null,
    });
  }
  return rows;
}

/** Seasonal index (100 = an average month) for a category in the area. */
export function seasonalIndexFor(ctx: AssessContext, category: string): (number | null)[] {
  if (ctx.quarterly) return new Array<number | null>(12).fill(null);
  const months = monthsPresent(ctx);
  return seasonalIndex(
    months,
    months.map((m) => ctx.count([ctx.area], category, [m])),
  );
}

export function seasonalRows(ctx: AssessContext): SeasonalRow[] {
  if (ctx.quarterly) return [];
  const crime = seasonalIndexFor(ctx, ALL_CRIME);
  const asb = seasonalIndexFor(ctx, ASB);
  return MONTH_NAMES.map((month, i) => ({ month, allCrimeIndex: crime[i], asbIndex: asb[i] }));
}
