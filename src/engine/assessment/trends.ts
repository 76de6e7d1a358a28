/** Counts by period for every category, with year-on-year and three-year change. */
import { change } from "../measures/change";
import type { Comparison } from "../measures/comparison";
import { poissonMeansTest } from "../measures/significance";
import { monthlyTrend } from "../measures/trend";
import type { AssessContext } from "./context";
import type { ChangeFigures, TrendRow } from "./types";

export function trendRows(ctx: AssessContext): TrendRow[] {
  const area = ctx.areaDistricts;
  const priorities = new Set(ctx.priorities.map((p) => p.name));
  return ctx.categories.map((category) => ({
    category,
    polarity: ctx.polarityOf(category),
    ...(priorities.has(category) && { priority: true }),
    counts: ctx.periods.map((p) => ctx.count(area, category, p.months)),
    yearly: ctx.completePeriods.map((p) => ctx.count(area, category, p.months)),
    lead: ctx.count(area, category, ctx.lead.months),
    yearOnYear: compareCounts(ctx, area, category, ctx.comparison),
    threeYear: compareCounts(ctx, area, category, ctx.threeYear),
    trend: ctx.quarterly
      ? null
      : monthlyTrend(
          ctx.coveredMonths,
          ctx.coveredMonths.map((m) => ctx.count(area, category, [m])),
        ),
  }));
}

export function compareCounts(
  ctx: AssessContext,
  districts: readonly number[],
  category: string,
  comparison: Comparison | null,
): ChangeFigures | null {
  if (!comparison) return null;
  const previous = ctx.count(districts, category, comparison.previous.months);
  const current = ctx.count(districts, category, comparison.current.months);
  return { ...change(previous, current), ...poissonMeansTest(previous, current) };
}
