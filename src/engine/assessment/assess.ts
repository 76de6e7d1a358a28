/** Settings + crime table -> every figure, the findings, page 1, the method, data quality and the tidy measures. */
import type { ReadResult } from "../extracts";
import { ALL_CRIME } from "../measures/counts";
import { describeSpan, labelMonths, periodLabel } from "../measures/periods";
import { buildContext } from "./context";
import { describeRules } from "./priorities";
import { buildFindings, type Figures } from "./findings";
import { harmFigures } from "./harm";
import { peerRateComparison, priorityMatrix, regionRateComparison } from "./matrix";
import { methodLines } from "./method";
import { forceAndNation } from "./forceAndNation";
import { highestMonths, monthlyRows, seasonalRows } from "./monthly";
import { peerFigures } from "./peers";
import { placeFigures } from "./places";
import { dataQuality } from "./quality";
import { rateFigures } from "./rates";
import type { AssessmentSettings } from "./settings";
import { areaMixRows, districtShares, shareRows } from "./shares";
import { buildSummary } from "./summary";
import { targetResults } from "./targets";
import { themeFigures } from "./themes";
import { tidyMeasures } from "./tidyMeasures";
import { trendRows } from "./trends";
import type { Assessment } from "./types";

export function assess(read: ReadResult, settings: AssessmentSettings): Assessment {
  const ctx = buildContext(read, settings);
  const months = ctx.periods.flatMap((p) => p.months);
  const firstMonth = months[0];
  const lastMonth = months[months.length - 1];
  const seasonal = seasonalRows(ctx);
  const leadLabel = periodLabel(ctx.lead);
  const trends = trendRows(ctx);
  const harm = harmFigures(ctx, trends);
  const places = placeFigures(ctx);
  const peers = peerFigures(ctx);
  const figures: Figures = {
    area: ctx.areaName,
    region: ctx.region,
    settings,
    basis: ctx.basis,
    sourceDescription: `${sourceName(read)}, ${describeSpan(firstMonth, lastMonth)}`,
    firstMonth,
    lastMonth,
    periods: ctx.periods,
    periodLabels: ctx.periodLabels,
    yearly: ctx.completePeriods,
    lead: { period: ctx.lead, label: leadLabel, complete: ctx.lead.months.length === 12 },
    comparison: ctx.comparison,
    threeYear: ctx.threeYear,
    categories: ctx.categories,
    priorities: ctx.priorities.map(({ name, polarity, rules }) => ({
      name,
      polarity,
      rules,
      description: describeRules(rules),
    })),
    trends,
    share: shareRows(ctx),
    districts: districtShares(ctx, ALL_CRIME),
    areaMix: areaMixRows(ctx),
    monthly: monthlyRows(ctx),
    seasonal,
    seasonalFrom: seasonal.length ? ctx.completePeriods.map((p) => labelMonths(p, p.months)) : [],
    highestMonths: highestMonths(ctx),
    targets: targetResults(ctx),
    harm,
    matrix: priorityMatrix(ctx, trends, harm, peerRateComparison(peers) ?? regionRateComparison(ctx)),
    themes: themeFigures(ctx, places),
    places,
    rates: rateFigures(ctx, leadLabel),
    peers,
    forceAndNation: forceAndNation(ctx),
    quality: dataQuality(ctx),
  };
  return {
    ...figures,
    findings: buildFindings(ctx, figures),
    summary: buildSummary(ctx, figures),
    method: methodLines(ctx, figures),
    measures: tidyMeasures(ctx, figures),
  };
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
