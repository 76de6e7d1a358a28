/** Settings + crime table -> every figure, the findings, data quality and the tidy measures. */
import type { ReadResult } from "../extracts";
import { describeSpan, labelMonths } from "../measures/periods";
import { buildContext, type AssessContext } from "./context";
import { buildFindings } from "./findings";
import { monthlyRows, profilePeriods, seasonalRows } from "./monthly";
import { populationOf } from "./population";
import { dataQuality } from "./quality";
import type { AssessmentSettings } from "./settings";
import { areaMixRows, districtShares, shareRows } from "./shares";
import { targetResults } from "./targets";
import { tidyMeasures } from "./tidyMeasures";
import { trendRows } from "./trends";
import type { Assessment } from "./types";
import { ALL_CRIME } from "../measures/counts";

export function assess(read: ReadResult, settings: AssessmentSettings): Assessment {
  const ctx = buildContext(read, settings);
  const months = ctx.periods.flatMap((p) => p.months);
  const firstMonth = months[0];
  const lastMonth = months[months.length - 1];
  const figures = {
    area: ctx.areaName,
    region: ctx.region,
    settings,
    sourceDescription: `${sourceName(read)}, ${describeSpan(firstMonth, lastMonth)}`,
    firstMonth,
    lastMonth,
    periods: ctx.periods,
    periodLabels: ctx.periodLabels,
    comparison: ctx.comparison,
    threeYear: ctx.threeYear,
    categories: ctx.categories,
    trends: trendRows(ctx),
    share: shareRows(ctx),
    districts: districtShares(ctx, ALL_CRIME),
    areaMix: areaMixRows(ctx),
    monthly: monthlyRows(ctx),
    seasonal: seasonalRows(ctx),
    seasonalFrom: profilePeriods(ctx).map((p) => labelMonths(p, p.months)),
    targets: targetResults(ctx),
    rates: rates(ctx),
    quality: dataQuality(ctx),
  };
  return { ...figures, findings: buildFindings(ctx, figures), measures: tidyMeasures(ctx, figures) };
}

function sourceName(read: ReadResult): string {
  const formats = new Set(read.sources.map((s) => s.format));
  const names: Record<string, string> = {
    "police-uk": "police.uk street-level crime",
    "home-office-csp": "Home Office police recorded crime by CSP",
    mapped: "mapped crime records",
  };
  return [...formats].map((f) => names[f] ?? f).join(" and ");
}

function rates(ctx: AssessContext): Assessment["rates"] {
  const population = populationOf(ctx.settings.population, ctx.areaName);
  if (!population) return null;
  return ctx.categories.map((category) => ({
    category,
    ratePer1000: (ctx.count([ctx.area], category, ctx.currentMonths) / population) * 1000,
  }));
}
