/**
 * Headline findings in plain English, in the style of a partnership's press
 * release ("Crime reduced by 14% in 2023/24 compared to the previous year").
 * Every number is rounded as its table shows it.
 */
import { ALL_CRIME, ASB } from "../measures/counts";
import { describeMonthRuns, describeSpan, MONTH_NAMES } from "../measures/periods";
import type { Significance } from "../measures/significance";
import type { AssessContext } from "./context";
import { formatCount, formatPct, formatPp, ordinal, roundTo } from "./format";
import type { Assessment, ChangeFigures, Finding, TrendRow } from "./types";

type Figures = Omit<Assessment, "findings" | "measures">;

export function buildFindings(ctx: AssessContext, a: Figures): Finding[] {
  const findings: (Finding | null)[] = [
    changeFinding(ctx, a, ALL_CRIME),
    shareFinding(ctx, a),
    rateFinding(ctx, a),
    changeFinding(ctx, a, ASB),
    asbShareFinding(ctx, a),
    ...largestChangeFindings(ctx, a),
    threeYearFinding(ctx, a),
    trendFinding(a),
    seasonalFinding(ctx, a),
    ...a.targets.map((t) => targetFinding(t)),
    missingMonthsFinding(ctx, a),
  ];
  return findings.filter((f): f is Finding => f !== null);
}

function noun(category: string): string {
  return category === ASB ? "incidents" : "crimes";
}

function subject(category: string, area: string): string {
  if (category === ALL_CRIME) return `All crime in ${area}`;
  if (category === ASB) return `Anti-social behaviour incidents in ${area}`;
  return `${category} in ${area}`;
}

function significancePhrase(significance: Significance): string {
  if (significance === "significant increase") return "a statistically significant rise";
  if (significance === "significant decrease") return "a statistically significant fall";
  return "not a statistically significant change";
}

/** "fell by 14.2% in 2023/24 compared with 2022/23, from 1,234 to 1,059 crimes" */
export function describeChange(
  c: ChangeFigures,
  currentLabel: string,
  previousLabel: string,
  unit: string,
  pluralSubject = false,
): string {
  const span = `in ${currentLabel} compared with ${previousLabel}`;
  if (c.change === 0) return `${pluralSubject ? "were" : "was"} unchanged at ${formatCount(c.current)} ${unit} ${span}`;
  if (c.changePct === null) return `rose from none to ${formatCount(c.current)} ${unit} ${span} (new)`;
  const direction = c.change > 0 ? "rose" : "fell";
  return `${direction} by ${formatPct(Math.abs(c.changePct))} ${span}, from ${formatCount(c.previous)} to ${formatCount(c.current)} ${unit}`;
}

function trendRow(a: Figures, category: string): TrendRow | undefined {
  return a.trends.find((t) => t.category === category);
}

function changeFinding(ctx: AssessContext, a: Figures, category: string): Finding | null {
  const row = trendRow(a, category);
  const c = row?.yearOnYear;
  if (!row || !c || !ctx.comparison || (c.current === 0 && c.previous === 0)) return null;
  const { current, previous } = ctx.comparison;
  const change = describeChange(c, current.label, previous.label, noun(category), category === ASB);
  const text = `${subject(category, a.area)} ${change} (${significancePhrase(c.significance)}).`;
  return { text, sheetKey: category === ALL_CRIME ? "summary" : "trends" };
}

function shareFinding(ctx: AssessContext, a: Figures): Finding | null {
  const row = a.share.find((s) => s.category === ALL_CRIME);
  if (!row || row.sharePct === null || row.of < 2) return null;
  const label = ctx.comparison?.current.label ?? ctx.periodLabels[ctx.periodLabels.length - 1];
  const position =
    row.rank === 1
      ? "the highest share"
      : row.rank === row.of
        ? "the lowest share"
        : `the ${ordinal(row.rank)} highest share`;
  const moved =
    row.changePp !== null && ctx.comparison ? `, ${formatPp(row.changePp)} on ${ctx.comparison.previous.label}` : "";
  return {
    text: `${a.area} had ${formatPct(row.sharePct)} of all recorded crime in ${a.region.force} in ${label}, ${position} of the ${row.of} districts${moved}.`,
    sheetKey: "share",
  };
}

function rateFinding(ctx: AssessContext, a: Figures): Finding | null {
  const row = a.districts.find((d) => d.isArea);
  const population = ctx.settings.population;
  if (!row || row.ratePer1000 === null || row.rateRank === null || !population) return null;
  const rated = a.districts.filter((d) => d.ratePer1000 !== null).length;
  const label = ctx.comparison?.current.label ?? ctx.periodLabels[ctx.periodLabels.length - 1];
  const position =
    row.rateRank === 1 ? "the highest" : row.rateRank === rated ? "the lowest" : `the ${ordinal(row.rateRank)} highest`;
  return {
    text: `${a.area} recorded ${roundTo(row.ratePer1000, 1).toFixed(1)} crimes per 1,000 residents in ${label} (population: ${population.year}), ${position} rate of the ${rated} districts in ${a.region.force}.`,
    sheetKey: "share",
  };
}

function asbShareFinding(ctx: AssessContext, a: Figures): Finding | null {
  const row = a.areaMix.find((m) => m.category === ASB);
  if (!row || row.sharePct === null || row.count === 0) return null;
  const label = ctx.comparison?.current.label ?? ctx.periodLabels[ctx.periodLabels.length - 1];
  return {
    text: `Anti-social behaviour accounted for ${formatPct(row.sharePct)} of all recorded crime and ASB incidents in ${a.area} in ${label} (${formatCount(row.count)} incidents).`,
    sheetKey: "share",
  };
}

/** The largest statistically significant rise and fall among the crime types. */
function largestChangeFindings(ctx: AssessContext, a: Figures): Finding[] {
  if (!ctx.comparison) return [];
  const types = a.trends.filter(
    (t) => t.category !== ALL_CRIME && t.category !== ASB && t.yearOnYear?.changePct != null,
  );
  const pick = (significance: Significance, sign: 1 | -1): Finding | null => {
    const candidates = types
      .filter((t) => t.yearOnYear!.significance === significance)
      .sort((x, y) => sign * (y.yearOnYear!.changePct! - x.yearOnYear!.changePct!));
    const top = candidates[0];
    if (!top) return null;
    const c = top.yearOnYear!;
    const reading = top.polarity === "higherIsBetter" ? " (for this measure a rise is read as positive)" : "";
    const word = sign === 1 ? "rise" : "fall";
    return {
      text: `The largest statistically significant ${word} was in ${top.category}: ${formatPct(Math.abs(c.changePct!))}, from ${formatCount(c.previous)} to ${formatCount(c.current)} crimes${reading}.`,
      sheetKey: "trends",
    };
  };
  return [pick("significant increase", 1), pick("significant decrease", -1)].filter((f): f is Finding => f !== null);
}

function threeYearFinding(ctx: AssessContext, a: Figures): Finding | null {
  const c = trendRow(a, ALL_CRIME)?.threeYear;
  if (!c || !ctx.threeYear) return null;
  const { current, previous } = ctx.threeYear;
  return {
    text: `Over three years, all crime in ${a.area} ${describeChange(c, current.label, previous.label, "crimes")} (${significancePhrase(c.significance)}).`,
    sheetKey: "trends",
  };
}

const MIN_PEAK_INDEX = 110;

/** "All crime has been falling by about 9.8% a year" when the fit shows a clear trend. */
function trendFinding(a: Figures): Finding | null {
  const trend = trendRow(a, ALL_CRIME)?.trend;
  if (!trend || trend.direction === "no clear trend") return null;
  return {
    text: `Across all months of data (${describeSpan(a.firstMonth, a.lastMonth)}), all crime in ${a.area} has been ${trend.direction} by about ${formatPct(Math.abs(trend.pctPerYear))} a year once the seasons are allowed for (a clear trend).`,
    sheetKey: "trends",
  };
}

function seasonalFinding(ctx: AssessContext, a: Figures): Finding | null {
  const indexes = a.seasonal.map((s) => s.asbIndex);
  let peak = -1;
  indexes.forEach((v, i) => {
    if (v !== null && (peak < 0 || v > (indexes[peak] ?? -Infinity))) peak = i;
  });
  // A profile within 10% of an average month everywhere has no peak worth a sentence.
  if (peak < 0 || (indexes[peak] ?? 0) < MIN_PEAK_INDEX || ctx.coveredMonths.length < 12) return null;
  const value = roundTo(indexes[peak]!, 0);
  return {
    text: `Anti-social behaviour in ${a.area} peaks in ${monthName(peak)} (seasonal index ${value}, where 100 is an average month).`,
    sheetKey: "monthly",
  };
}

function monthName(i: number): string {
  return (
    [
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
    ][i] ?? MONTH_NAMES[i]
  );
}

function targetFinding(t: Figures["targets"][number]): Finding | null {
  const latest = t.latest;
  if (!latest || latest.status === null || latest.actual === null) return null;
  const ytd = latest.proRated ? " (milestone pro-rated to the months so far by the seasonal profile)" : "";
  return {
    text: `Target to ${t.description.charAt(0).toLowerCase()}${t.description.slice(1)}: ${latest.status} in ${latest.period}, ${formatCount(latest.actual)} against a milestone of ${formatCount(latest.milestone)}${ytd}.`,
    sheetKey: "targets",
  };
}

function missingMonthsFinding(ctx: AssessContext, a: Figures): Finding | null {
  const missing = a.quality.missingMonths;
  if (missing.length === 0) return null;
  const list =
    missing.length === 1 ? describeMonthRuns(missing) : `${missing.length} months (${describeMonthRuns(missing)})`;
  return {
    text: `No data was published for ${list} in ${a.region.force}: these months are treated as missing, not as zero crime, and each comparison uses only months present in both years.`,
    sheetKey: "quality",
  };
}
