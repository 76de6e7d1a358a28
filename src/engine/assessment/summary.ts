/**
 * Page 1 in the partnership's own voice, as in a council press release ("Crime in
 * Knowsley reduced by 14% in 2023/24 compared to the previous year"): a title with
 * the area and period, coverage warnings first, then 3 to 6 short sentences with
 * whole-number percentages and plain words. Jargon (pp, indexes, p-values) stays
 * on the method page. Every number is shown, as written here, in a table of the
 * Summary or Trends sheet (src/report/sheets/summary.ts, trends.ts).
 */
import { basisName, type BasisDecision } from "../measures/basis";
import { ALL_CRIME, ASB } from "../measures/counts";
import { comparisonWords } from "../measures/comparison";
import { during } from "../measures/periods";
import { unitsWord } from "../measures/region";
import type { PeriodBasis } from "./settings";
import type { AssessContext } from "./context";
import { comparedSpan, largestRealChange, missingMonthsSentence, type Figures } from "./findings";
import { formatCount, formatDate, formatWholePct, roundTo } from "./format";
import { regionWarnings } from "./regionWords";
import type { ChangeFigures, SummaryFigures, TrendRow } from "./types";

export const MAX_SENTENCES = 6;

export function buildSummary(ctx: AssessContext, a: Figures): SummaryFigures {
  const produced = formatDate(ctx.settings.producedOn);
  return {
    title: `Strategic assessment: ${a.area}, ${a.lead.label}`,
    produced: produced ? `Produced ${produced}` : null,
    data: `${a.sourceDescription}; region: ${a.region.force}`,
    warnings: coverageWarnings(ctx, a),
    sentences: summarySentences(a),
  };
}

function singular(basis: PeriodBasis): string {
  return basis === "rolling12" ? "12-month period" : basisName(basis).replace(/s$/, "");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Few months compared, a partial lead period, months not supplied, and data-quality warnings. */
function coverageWarnings(ctx: AssessContext, a: Figures): string[] {
  const warnings: string[] = [];
  const few = fewMonthsWarning(a.basis, a.comparison?.label ?? null);
  if (few) warnings.push(few);
  if (!a.lead.complete) {
    const rates = a.rates ? " Rates per 1,000 residents are annualised." : "";
    warnings.push(
      `No ${singular(a.basis.used)} in the files supplied is complete: the figures are for ${a.lead.label}.${rates}`,
    );
  }
  const missing = missingMonthsSentence(a.quality.missingMonths);
  if (missing) warnings.push(`${missing}.`);
  warnings.push(...a.quality.warnings);
  warnings.push(...regionWarnings(a.region, a.area));
  if (a.rates && a.rates.missing.includes(a.area)) {
    warnings.push(`The population table has no figure for ${a.area}, so no rate per 1,000 residents is given.`);
  }
  if (ctx.quarterly) warnings.push("The Home Office counts are quarterly, so whole quarters are compared.");
  return warnings;
}

function fewMonthsWarning(basis: BasisDecision, comparisonLabel: string | null): string | null {
  const used = basis.monthsCompared[basis.used];
  if (basis.better) {
    const better = basis.monthsCompared[basis.better];
    const now =
      used === 0
        ? `No month can be compared with a year earlier on ${basisName(basis.used)}.`
        : `Only ${plural(used, "month")} can be compared with a year earlier on ${basisName(basis.used)} (${comparisonLabel}).`;
    return `${now} ${capitalise(basisName(basis.better))} would compare ${better}: choose them in the settings.`;
  }
  // With no month to compare, the key points say so.
  if (used === 0) return null;
  if (used <= 3) {
    return `Only ${plural(used, "month")} can be compared with a year earlier (${comparisonLabel}), the most the files supplied allow: read the change with care.`;
  }
  return null;
}

function trend(a: Figures, category: string): TrendRow | undefined {
  return a.trends.find((t) => t.category === category);
}

function summarySentences(a: Figures): string[] {
  const sentences = [
    volumeSentence(a),
    crimeChangeSentence(a),
    shareSentence(a),
    asbSentence(a),
    largestChangesSentence(a),
    candidatesSentence(a),
  ].filter((s): s is string => s !== null);
  if (sentences.length < 3) sentences.push(...[largestTypeSentence(a), spanSentence(a)].filter((s) => s !== null));
  return sentences.slice(0, MAX_SENTENCES);
}

/** "Middlesbrough recorded 22,880 crimes in 2025: 163.4 per 1,000 residents, the highest rate of the 4 districts in Cleveland Police." */
function volumeSentence(a: Figures): string | null {
  const crime = trend(a, ALL_CRIME);
  if (!crime) return null;
  const area = a.districts.find((d) => d.isArea);
  const rated = a.districts.filter((d) => d.ratePer1000 !== null).length;
  let rate = "";
  if (area?.ratePer1000 != null && area.rateRank !== null) {
    const annualised = a.rates?.annualisedFrom ? " (annualised)" : "";
    const position =
      rated > 1
        ? `, ${rankPhrase(area.rateRank, rated)} rate of the ${rated} ${unitsWord(a.region)} in ${a.region.force}`
        : "";
    rate = `: ${roundTo(area.ratePer1000, 1).toFixed(1)} per 1,000 residents${annualised}${position}`;
  }
  return `${a.area} recorded ${formatCount(crime.lead)} crimes ${during(a.lead.label)}${rate}.`;
}

/** "the highest", "the lowest", "the 2nd highest" */
function rankPhrase(rank: number, of: number): string {
  if (rank === 1) return "the highest";
  if (rank === of) return "the lowest";
  const suffix = rank % 100 >= 11 && rank % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][rank % 10] ?? "th");
  return `the ${rank}${suffix} highest`;
}

/** "fell by 8%", "rose by 3%", or null when it rounds to no change. */
function movement(c: ChangeFigures): string | null {
  if (c.changePct === null || c.change === 0 || roundTo(Math.abs(c.changePct), 0) === 0) return null;
  return `${c.change > 0 ? "rose" : "fell"} by ${formatWholePct(Math.abs(c.changePct))}`;
}

function reading(c: ChangeFigures): string {
  if (c.significance === "significant increase") return "a real rise, not chance";
  if (c.significance === "significant decrease") return "a real fall, not chance";
  return "a change that could be chance";
}

/** "Crime fell by 8% in Jan–Apr 2025 compared with Jan–Apr 2024 (from 7,890 to 7,270): a real fall, not chance." */
function crimeChangeSentence(a: Figures): string {
  const c = trend(a, ALL_CRIME)?.yearOnYear;
  const cmp = a.comparison;
  if (!c || !cmp) {
    return `No month of ${a.lead.label} can be compared with the same month a year earlier, so no change is given.`;
  }
  const span = comparedSpan(comparisonWords(cmp));
  if (c.isNew) return `Crime rose from none to ${formatCount(c.current)} ${span}.`;
  const moved = movement(c);
  if (!moved) return `Crime was about the same ${span} (${formatCount(c.current)} against ${formatCount(c.previous)}).`;
  return `Crime ${moved} ${span}, from ${formatCount(c.previous)} to ${formatCount(c.current)}: ${reading(c)}.`;
}

/** "Middlesbrough had the highest share of recorded crime of the 4 districts in Cleveland Police in 2025 (33%)." */
function shareSentence(a: Figures): string | null {
  const row = a.share.find((s) => s.category === ALL_CRIME);
  if (!row || row.sharePct === null || row.of < 2) return null;
  return `${a.area} had ${rankPhrase(row.rank, row.of)} share of recorded crime of the ${row.of} ${unitsWord(a.region)} in ${a.region.force} ${during(a.lead.label)} (${formatWholePct(row.sharePct)}).`;
}

/** "There were 4,560 anti-social behaviour incidents in 2025; in Jan–Apr 2025 they rose by 26% on Jan–Apr 2024, a real rise, not chance." */
function asbSentence(a: Figures): string | null {
  const asb = trend(a, ASB);
  if (!asb || (asb.lead === 0 && !asb.yearOnYear?.current)) return null;
  const base = `There were ${formatCount(asb.lead)} anti-social behaviour incidents ${during(a.lead.label)}`;
  const c = asb.yearOnYear;
  const cmp = a.comparison;
  if (!c || !cmp || c.isNew) return `${base}.`;
  const moved = movement(c);
  const span = comparedSpan(comparisonWords(cmp));
  if (!moved)
    return `${base}; they were about the same ${span} (${formatCount(c.current)} against ${formatCount(c.previous)}).`;
  return `${base}; they ${moved} ${span}, ${reading(c)}.`;
}

/** "The largest real rise was in Other crime (up 23%); the largest real fall was in Other theft (down 31%)." */
function largestChangesSentence(a: Figures): string | null {
  const rise = largestRealChange(a.trends, "significant increase");
  const fall = largestRealChange(a.trends, "significant decrease");
  const part = (t: TrendRow, word: string, dir: string) =>
    `the largest real ${word} was in ${t.category} (${dir} ${formatWholePct(Math.abs(t.yearOnYear!.changePct!))})`;
  const parts = [rise && part(rise, "rise", "up"), fall && part(fall, "fall", "down")].filter((p) => p);
  if (parts.length === 0) return null;
  const text = parts.join("; ");
  return `Among crime types, ${text}.`;
}

/** "Scored on volume, trend and rate, the strongest candidates for priorities are ASB, Drugs and Robbery (Priorities sheet)." */
function candidatesSentence(a: Figures): string | null {
  const top = (a.matrix?.rows ?? []).filter((r) => r.total !== null).slice(0, 3);
  if (top.length < 2 || !a.matrix) return null;
  const names = top.map((r) => r.category);
  const list = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const criteria = a.matrix.criteria;
  const on =
    criteria.length === 1 ? criteria[0] : `${criteria.slice(0, -1).join(", ")} and ${criteria[criteria.length - 1]}`;
  return `Scored on ${on}, the strongest candidates for the partnership's priorities are ${list} (Priorities sheet).`;
}

function largestTypeSentence(a: Figures): string | null {
  const types = a.trends.filter((t) => t.category !== ALL_CRIME && t.category !== ASB && !t.priority && t.lead > 0);
  if (types.length === 0) return null;
  const top = types.reduce((best, t) => (t.lead > best.lead ? t : best));
  return `The most common crime was ${top.category} (${formatCount(top.lead)} ${during(a.lead.label)}).`;
}

function spanSentence(a: Figures): string {
  return `The figures come from ${a.sourceDescription}.`;
}
