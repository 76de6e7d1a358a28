/**
 * The longer findings, for the Trends, Share, Monthly and Targets sheets and the
 * pane, with one decimal and the test each change passed. (Page 1 has its own
 * short sentences: summary.ts.) Every number is rounded as its table shows it.
 */
import { comparisonWords, type ComparisonWords } from "../measures/comparison";
import { ALL_CRIME, ASB } from "../measures/counts";
import { asNoun, describeMonthRuns, describeSpan, during, FULL_MONTH_NAMES } from "../measures/periods";
import { unitsWord } from "../measures/region";
import type { Significance } from "../measures/significance";
import type { AssessContext } from "./context";
import { peerRankWords, peerRateDecimals } from "./peers";
import { formatCount, formatPct, formatPp, ordinal, roundTo } from "./format";
import type { Assessment, ChangeFigures, Finding, PeerMeasure, TrendRow } from "./types";

export type Figures = Omit<Assessment, "findings" | "summary" | "method" | "measures">;

export function buildFindings(ctx: AssessContext, a: Figures): Finding[] {
  const findings: (Finding | null)[] = [
    leadFinding(a),
    changeFinding(ctx, a, ALL_CRIME),
    shareFinding(ctx, a),
    rateFinding(a),
    changeFinding(ctx, a, ASB),
    ...ctx.priorities.map((p) => priorityChangeFinding(ctx, a, p.name)),
    asbShareFinding(a),
    ...largestChangeFindings(ctx, a),
    threeYearFinding(ctx, a),
    trendFinding(a),
    seasonalFinding(a),
    ...a.targets.map((t) => targetFinding(t)),
    ...peerFindings(a),
    missingMonthsFinding(a),
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

/**
 * "in Jan–Apr 2025 compared with Jan–Apr 2024", or for windows with gaps "in 2024/25
 * compared with 2023/24 (over the 11 months both years hold, all but Aug)".
 */
export function comparedSpan(words: ComparisonWords): string {
  const months = words.months ? ` (over ${words.months})` : "";
  return `${during(words.current)} compared with ${asNoun(words.previous)}${months}`;
}

/** "fell by 14.2% in 2023/24 compared with 2022/23, from 1,234 to 1,059 crimes" */
export function describeChange(c: ChangeFigures, words: ComparisonWords, unit: string, pluralSubject = false): string {
  const span = comparedSpan(words);
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
  const change = describeChange(c, comparisonWords(ctx.comparison), noun(category), category === ASB);
  const text = `${subject(category, a.area)} ${change} (${significancePhrase(c.significance)}).`;
  return { text, sheetKey: "trends" };
}

/**
 * "Reports of serious violence in Knowsley fell by 15.0% in 2024/25 compared with
 * 2023/24, from 412 to 350 (a statistically significant fall)": a priority counts
 * reports (crimes, and incidents when it takes in ASB), so the unit is not named.
 */
function priorityChangeFinding(ctx: AssessContext, a: Figures, name: string): Finding | null {
  const row = trendRow(a, name);
  const c = row?.yearOnYear;
  if (!row || !c || !ctx.comparison || (c.current === 0 && c.previous === 0)) return null;
  const change = describeChange(c, comparisonWords(ctx.comparison), "reports", true);
  const reading = row.polarity === "higherIsBetter" ? "; for this priority a rise is read as positive" : "";
  const text = `Reports of ${lowerFirst(name)} in ${a.area} ${change} (${significancePhrase(c.significance)}${reading}).`;
  return { text, sheetKey: "trends" };
}

/** "Serious violence" -> "serious violence"; an acronym ("VAWG") keeps its capitals. */
function lowerFirst(name: string): string {
  return /^[A-Z][^A-Z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The full-year (or lead-period) volume, which a year-to-date change never replaces. */
function leadFinding(a: Figures): Finding | null {
  const crime = trendRow(a, ALL_CRIME);
  const asb = trendRow(a, ASB);
  if (!crime) return null;
  const asbPart = asb && asb.lead > 0 ? ` and ${formatCount(asb.lead)} anti-social behaviour incidents` : "";
  return {
    text: `${capitalise(during(a.lead.label))}, ${a.area} recorded ${formatCount(crime.lead)} crimes${asbPart}.`,
    sheetKey: "trends",
  };
}

function positionPhrase(rank: number, of: number): string {
  return rank === 1 ? "the highest" : rank === of ? "the lowest" : `the ${ordinal(rank)} highest`;
}

function shareFinding(ctx: AssessContext, a: Figures): Finding | null {
  const row = a.share.find((s) => s.category === ALL_CRIME);
  if (!row || row.sharePct === null || row.of < 2) return null;
  const c = ctx.comparison;
  // The change in share is stated here only when it is a change in the lead period's own share.
  const moved =
    c && !c.likeForLike && c.current.period === ctx.lead && row.changePp !== null
      ? `, ${formatPp(row.changePp)} on ${c.previous.label}`
      : "";
  return {
    text: `${a.area} had ${formatPct(row.sharePct)} of all recorded crime in ${a.region.force} ${during(a.lead.label)}, ${positionPhrase(row.rank, row.of)} share of the ${row.of} ${unitsWord(a.region)}${moved}.`,
    sheetKey: "share",
  };
}

function rateFinding(a: Figures): Finding | null {
  const row = a.districts.find((d) => d.isArea);
  if (!row || row.ratePer1000 === null || row.rateRank === null || !a.rates) return null;
  const rated = a.districts.filter((d) => d.ratePer1000 !== null).length;
  const annualised = a.rates.annualisedFrom ? `, annualised from ${a.rates.annualisedFrom}` : "";
  return {
    text: `${a.area} recorded ${roundTo(row.ratePer1000, 1).toFixed(1)} crimes per 1,000 residents ${during(a.lead.label)}${annualised} (population: ${a.rates.populationYear}), ${positionPhrase(row.rateRank, rated)} rate of the ${rated} ${unitsWord(a.region)} in ${a.region.force}.`,
    sheetKey: "share",
  };
}

function asbShareFinding(a: Figures): Finding | null {
  const row = a.areaMix.find((m) => m.category === ASB);
  if (!row || row.sharePct === null || row.count === 0) return null;
  return {
    text: `Anti-social behaviour accounted for ${formatPct(row.sharePct)} of all recorded crime and ASB incidents in ${a.area} ${during(a.lead.label)} (${formatCount(row.count)} incidents).`,
    sheetKey: "share",
  };
}

/** The largest statistically significant rise and fall among the crime types, by number. */
function largestChangeFindings(ctx: AssessContext, a: Figures): Finding[] {
  const c = ctx.comparison;
  if (!c) return [];
  const pick = (significance: Significance, word: string): Finding | null => {
    const top = largestRealChange(a.trends, significance);
    if (!top) return null;
    const change = top.yearOnYear!;
    const reading = top.polarity === "higherIsBetter" ? " (for this measure a rise is read as positive)" : "";
    return {
      text: `The largest statistically significant ${word} ${comparedSpan(comparisonWords(c))} was in ${top.category}: ${formatPct(Math.abs(change.changePct!))}, from ${formatCount(change.previous)} to ${formatCount(change.current)} crimes${reading}.`,
      sheetKey: "trends",
    };
  };
  return [pick("significant increase", "rise"), pick("significant decrease", "fall")].filter(
    (f): f is Finding => f !== null,
  );
}

/** Among crime types (not All crime, ASB or a priority), the significant change of this kind that is largest in number. */
export function largestRealChange(trends: readonly TrendRow[], significance: Significance): TrendRow | null {
  const candidates = trends.filter(
    (t) =>
      t.category !== ALL_CRIME &&
      t.category !== ASB &&
      !t.priority &&
      t.yearOnYear?.changePct != null &&
      t.yearOnYear.significance === significance,
  );
  candidates.sort((x, y) => Math.abs(y.yearOnYear!.change) - Math.abs(x.yearOnYear!.change));
  return candidates[0] ?? null;
}

function threeYearFinding(ctx: AssessContext, a: Figures): Finding | null {
  const c = trendRow(a, ALL_CRIME)?.threeYear;
  if (!c || !ctx.threeYear) return null;
  return {
    text: `Over three years, all crime in ${a.area} ${describeChange(c, comparisonWords(ctx.threeYear), "crimes")} (${significancePhrase(c.significance)}).`,
    sheetKey: "trends",
  };
}

/** A profile within 10% of an average month everywhere has no peak worth a sentence. */
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

/**
 * The ASB peak: from the seasonal index when two or more complete years give one,
 * or, with one complete year, that year's highest month by count (one year's peak
 * may be chance, so it is not called seasonal).
 */
function seasonalFinding(a: Figures): Finding | null {
  if (a.seasonal.length === 0) {
    const top = a.highestMonths.find((h) => h.category === ASB);
    if (!top) return null;
    return {
      text: `${capitalise(during(top.period))}, anti-social behaviour in ${a.area} was highest in ${top.month} (${formatCount(top.count)} incidents); one complete year is too few to call this a seasonal pattern.`,
      sheetKey: "monthly",
    };
  }
  const indexes = a.seasonal.map((s) => s.asbIndex);
  let peak = -1;
  indexes.forEach((v, i) => {
    if (v !== null && (peak < 0 || v > (indexes[peak] ?? -Infinity))) peak = i;
  });
  if (peak < 0 || (indexes[peak] ?? 0) < MIN_PEAK_INDEX) return null;
  const value = roundTo(indexes[peak]!, 0);
  return {
    text: `Anti-social behaviour in ${a.area} peaks in ${FULL_MONTH_NAMES[peak]} (seasonal index ${value}, where 100 is an average month, over ${a.seasonalFrom.join(" and ")}).`,
    sheetKey: "monthly",
  };
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

/**
 * "8 months (May 2024 to Dec 2024) are not in the files supplied: they are treated
 * as missing, not as zero". Missing months are absent from what was supplied;
 * whether police.uk published them is not known here.
 */
export function missingMonthsSentence(missing: readonly number[], where = ""): string | null {
  if (missing.length === 0) return null;
  if (missing.length === 1) {
    return `${describeMonthRuns(missing)} is not in the files supplied${where}: it is treated as missing, not as zero`;
  }
  return `${missing.length} months (${describeMonthRuns(missing)}) are not in the files supplied${where}: they are treated as missing, not as zero`;
}

function missingMonthsFinding(a: Figures): Finding | null {
  const missing = missingMonthsSentence(a.quality.missingMonths, ` for ${a.region.force}`);
  if (!missing) return null;
  return {
    text: `${missing} crime, and each comparison uses only months present in both years.`,
    sheetKey: "quality",
  };
}

/**
 * "Burglary in X (4.1 per 1,000 in 2024/25) is above its most similar group (mean
 * 3.2; 3rd highest of 15)": one for each category above or below its group, and
 * for All crime whatever its position. Rates rounded as the Comparisons sheet's ranked
 * table shows them (two decimals for a rare crime: peerRateDecimals).
 */
function peerFindings(a: Figures): Finding[] {
  const peers = a.peers;
  if (!peers) return [];
  const annualised = peers.annualisedFrom ? `, annualised from ${peers.annualisedFrom}` : "";
  const notable = (m: PeerMeasure) => m.position === "above" || m.position === "below" || m.category === ALL_CRIME;
  return peers.measures
    .filter((m) => m.position !== null && notable(m))
    .map((m) => {
      const relation = m.position === "in line" ? "in line with" : m.position;
      const decimals = peerRateDecimals(m);
      const shown = (value: number) => roundTo(value, decimals).toFixed(decimals);
      const rate = `${shown(m.area.rate)} per 1,000 ${during(peers.period)}${annualised}`;
      const place = peerRankWords(m);
      return {
        text: `${subject(m.category, a.area)} (${rate}) is ${relation} its most similar group (mean ${shown(m.mean)}; ${place}).`,
        sheetKey: "comparisons",
      };
    });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
