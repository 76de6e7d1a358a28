/**
 * The priority-setting matrix: each category (All crime aside) and priority is
 * scored 1 to 4 on volume, trend, rate against the region and harm, and ranked by
 * the weighted mean of its scores. Every score carries a one-line reason so that a
 * partnership can defend its choice; the matrix suggests candidates, it does not
 * choose them.
 */
import { AssessmentError } from "../errors";
import { ALL_CRIME, ASB } from "../measures/counts";
import { unitsWord } from "../measures/region";
import { rankDescending } from "../measures/share";
import type { AssessContext } from "./context";
import { formatCount, formatWholePct, ordinalNumber, roundTo } from "./format";
import { annualFactor } from "./population";
import {
  DEFAULT_MATRIX_WEIGHTS,
  MATRIX_CRITERIA,
  type MatrixCriterion,
  type MatrixWeights,
  type Polarity,
} from "./settings";
import { districtShares } from "./shares";
import type {
  ChangeFigures,
  CriterionScore,
  HarmFigures,
  MatrixFigures,
  MatrixRow,
  PriorityBand,
  PeerFigures,
  TrendRow,
} from "./types";

/**
 * Where the area stands on a category's rate per 1,000 among a comparison group.
 * The group is the region's districts (or partnerships); a most-similar peer group
 * can be passed to priorityMatrix in its place, as another RateComparison.
 */
export interface RateStanding {
  /** 1 = the highest rate in the group (ties share a rank). */
  rank: number;
  /** Members of the group with a rate. */
  of: number;
  /** Whether another member shares the rank. */
  tied: boolean;
  rate: number;
  /** The group's own rate (its count / its population), or null when it cannot be given. */
  groupRate: number | null;
  /** What the members are: "districts", "partnerships". */
  units: string;
  /** The group's name: "Cleveland Police". */
  group: string;
}

export interface RateComparison {
  /** The criterion as the method page heads it: "Rate against the region". */
  title: string;
  /** Null when the group has fewer than two members with a rate for this category. */
  standing(category: string): RateStanding | null;
  /** What the members are: "districts". */
  units: string;
  /** Why the rate cannot be scored at all (no population table), or null when it can. */
  unavailable: string | null;
  /** "the 4 districts of Cleveland Police with a population" */
  describe: string;
}

/** The area's rate against the other units of its region, from the population table. */
export function regionRateComparison(ctx: AssessContext): RateComparison {
  const units = unitsWord(ctx.region);
  const group = ctx.region.force;
  const base = { title: "Rate against the region", units, describe: `the ${units} of ${group} with a population` };
  if (!ctx.settings.population)
    return { ...base, unavailable: "no population table was supplied", standing: () => null };
  const factor = annualFactor(ctx.lead);
  return {
    ...base,
    unavailable: null,
    standing(category) {
      const rows = districtShares(ctx, category).filter((d) => d.ratePer1000 !== null && d.population !== null);
      const area = rows.find((d) => d.isArea);
      if (!area || rows.length < 2 || area.rateRank === null) return null;
      const residents = rows.reduce((sum, d) => sum + d.population!, 0);
      const count = rows.reduce((sum, d) => sum + d.count, 0);
      return {
        rank: area.rateRank,
        of: rows.length,
        tied: rows.filter((d) => d.rateRank === area.rateRank).length > 1,
        rate: area.ratePer1000!,
        groupRate: residents > 0 ? ((count * factor) / residents) * 1000 : null,
        units,
        group,
      };
    },
  };
}

/**
 * The area's rate against its most similar group (settings.peers), which stands in for
 * the region once peers are given: the comparison analysts take from iQuanta. Null when
 * no group could be compared (no population table, no peer with a rate).
 */
export function peerRateComparison(peers: PeerFigures | null): RateComparison | null {
  if (!peers || peers.problem || peers.measures.length === 0) return null;
  return {
    title: "Rate against the most similar group",
    units: "in its most similar group",
    unavailable: null,
    describe: `the area and its most similar group (${peers.members.length - 1} peers listed), as on the Comparisons sheet`,
    standing(category) {
      const m = peers.measures.find((x) => x.category === category);
      if (!m || m.of < 2) return null;
      // The group ranks ties alphabetically for its chart; here equal rates share a rank, as the region's do.
      const rank = 1 + m.members.filter((p) => p.rate > m.area.rate).length;
      return {
        rank,
        of: m.of,
        tied: m.level > 0,
        rate: m.area.rate,
        groupRate: m.mean,
        units: "",
        group: "group mean",
      };
    },
  };
}

/** The top quarter of ranks scores 4, the next 3, then 2, the bottom quarter 1: 4 - floor(4 (rank - 1) / of). */
export function quartileScore(rank: number, of: number): number {
  return 4 - Math.floor((4 * (rank - 1)) / Math.max(1, of));
}

/**
 * Trend: 4 a real (significant) change for the worse, 3 a change for the worse
 * that may be chance, 2 no change or a change for the better that may be chance,
 * 1 a real change for the better. The worse direction follows the polarity: for a
 * measure where a rise is read as good (more reporting), a fall is the worse one.
 */
export function trendScore(c: ChangeFigures, polarity: Polarity): number {
  if (c.change === 0) return 2;
  const worse = c.change > 0 === (polarity === "lowerIsBetter");
  const real = c.significance !== "no significant change";
  if (worse) return real ? 4 : 3;
  return real ? 1 : 2;
}

/** "highest of 16", "joint 3rd highest of 16", "lowest of 16". */
export function positionAmong(rank: number, of: number, tied: boolean): string {
  const joint = tied ? "joint " : "";
  if (rank === 1) return `${joint}highest of ${of}`;
  if (rank === of && !tied) return `lowest of ${of}`;
  return `${joint}${ordinalNumber(rank)} highest of ${of}`;
}

function unitOf(category: string, priority: boolean): string {
  if (priority) return "reports";
  return category === ASB ? "incidents" : "crimes";
}

/** "a real rise, +12% (1,100 to 1,232)"; "; a rise is read as good here" where it is. */
export function trendReason(c: ChangeFigures, polarity: Polarity): string {
  const good = polarity === "higherIsBetter" ? "; a rise is read as good here" : "";
  if (c.current === 0 && c.previous === 0) return `none in either year${good}`;
  if (c.isNew) {
    const real = c.significance !== "no significant change" ? "a real rise" : "may be chance";
    return `new: none a year earlier, ${formatCount(c.current)} now (${real})${good}`;
  }
  if (c.change === 0) return `unchanged at ${formatCount(c.current)}${good}`;
  const real = c.significance !== "no significant change";
  const direction = c.change > 0 ? "rise" : "fall";
  const pct = c.changePct === null ? "" : `, ${c.change > 0 ? "+" : "-"}${formatWholePct(Math.abs(c.changePct))}`;
  const what = real ? `a real ${direction}` : `a ${direction} that may be chance`;
  return `${what}${pct} (${formatCount(c.previous)} to ${formatCount(c.current)})${good}`;
}

/** The weights in force: the settings' over the defaults, each checked. */
export function matrixWeights(given: Partial<MatrixWeights> | undefined): MatrixWeights {
  const weights = { ...DEFAULT_MATRIX_WEIGHTS, ...given };
  for (const criterion of MATRIX_CRITERIA) {
    const w = weights[criterion];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new AssessmentError(
        `The matrix weight for ${criterion} (${String(w)}) is not a number of zero or more.`,
        "Give each criterion a weight of 0 or more, e.g. volume=2,trend=1,rate=1,harm=1.",
        { source: "Settings", column: "matrixWeights" },
      );
    }
  }
  return weights;
}

interface Candidate {
  category: string;
  priority: boolean;
  polarity: Polarity;
  lead: number;
  change: ChangeFigures | null;
}

interface Scorers {
  volume(i: number): CriterionScore;
  trend(i: number): CriterionScore;
  rate(i: number): CriterionScore;
  harm(i: number): CriterionScore;
}

/** Why each criterion cannot be scored at all in this run, or null when it can. */
function unavailable(
  ctx: AssessContext,
  harm: HarmFigures | null,
  rates: RateComparison,
): Record<MatrixCriterion, string | null> {
  return {
    volume: null,
    trend: ctx.comparison ? null : "no month of the latest period is in the year before, so there is no change",
    rate: rates.unavailable,
    harm: harm ? null : "no harm weights were supplied",
  };
}

function scorers(candidates: Candidate[], harm: HarmFigures | null, rates: RateComparison): Scorers {
  const counts = candidates.map((c) => c.lead);
  const volumeRanks = rankDescending(counts);
  const tied = (ranks: readonly (number | null)[], i: number) => ranks.filter((r) => r === ranks[i]).length > 1;
  const harmRows = candidates.map((c) => harm?.rows.find((r) => r.category === c.category) ?? null);
  const harmRanks = harmRows.map((r) => r?.harmRank ?? null);
  const weighed = harmRanks.filter((r) => r !== null).length;
  return {
    volume(i) {
      const c = candidates[i];
      const position = positionAmong(volumeRanks[i], candidates.length, tied(volumeRanks, i));
      return {
        score: quartileScore(volumeRanks[i], candidates.length),
        reason: `${position} (${formatCount(c.lead)} ${unitOf(c.category, c.priority)})`,
      };
    },
    trend(i) {
      const { change, polarity } = candidates[i];
      if (!change) return { score: null, reason: "no change to score" };
      return { score: trendScore(change, polarity), reason: trendReason(change, polarity) };
    },
    rate(i) {
      if (rates.unavailable) return { score: null, reason: `not scored: ${rates.unavailable}` };
      const s = rates.standing(candidates[i].category);
      if (!s) return { score: null, reason: `not scored: fewer than two ${rates.units} with a rate` };
      const rate = (value: number) => roundTo(value, 1).toFixed(1);
      const group = s.groupRate === null ? "" : `; ${s.group} ${rate(s.groupRate)}`;
      return {
        score: quartileScore(s.rank, s.of),
        reason: `${positionAmong(s.rank, s.of, s.tied)} ${s.units || rates.units} (${rate(s.rate)} per 1,000${group})`,
      };
    },
    harm(i) {
      if (!harm) return { score: null, reason: "not scored: no harm weights were supplied" };
      const row = harmRows[i];
      const rank = harmRanks[i];
      if (!row || rank === null || row.harm === null)
        return { score: null, reason: "not scored: none of its rows has a weight" };
      const left = row.unweighted > 0 ? `; ${formatCount(row.unweighted)} without a weight left out` : "";
      return {
        score: quartileScore(rank, weighed),
        reason: `${positionAmong(rank, weighed, tied(harmRanks, i))} (harm ${formatCount(row.harm)}${left})`,
      };
    },
  };
}

/** The weighted mean of the scores given, over the criteria counted; null when none is. */
export function weightedScore(
  scores: Record<MatrixCriterion, CriterionScore>,
  weights: MatrixWeights,
  counted: readonly MatrixCriterion[],
): number | null {
  let sum = 0;
  let weight = 0;
  for (const criterion of counted) {
    const s = scores[criterion].score;
    if (s === null || weights[criterion] === 0) continue;
    sum += weights[criterion] * s;
    weight += weights[criterion];
  }
  return weight === 0 ? null : sum / weight;
}

/** Totals are compared as shown to six places, so equal scores reached by different sums tie. */
const TIE_PLACES = 6;

/**
 * Rank order: by score, highest first; equal scores by volume, larger first, then
 * by name; candidates with no score last (by volume, then name). Every rank from 1
 * to the number of candidates is given once.
 */
export function rankOrder(rows: readonly { category: string; total: number | null; lead: number }[]): number[] {
  const key = (t: number | null) => (t === null ? -Infinity : roundTo(t, TIE_PLACES));
  return rows
    .map((_, i) => i)
    .sort(
      (x, y) =>
        key(rows[y].total) - key(rows[x].total) ||
        rows[y].lead - rows[x].lead ||
        rows[x].category.localeCompare(rows[y].category),
    );
}

/**
 * Bands by rank: the top third (rounded up) High, the next third Medium, the rest
 * Low; a score equal to one in a higher band takes that band, so equal scores are
 * never coloured apart.
 */
export function bands(totals: readonly (number | null)[]): PriorityBand[] {
  const scored = totals.filter((t) => t !== null).length;
  const result: PriorityBand[] = [];
  totals.forEach((total, i) => {
    if (total === null) return result.push("Not scored");
    const rank = i + 1;
    let band: PriorityBand =
      rank <= Math.ceil(scored / 3) ? "High" : rank <= Math.ceil((2 * scored) / 3) ? "Medium" : "Low";
    const above = totals[i - 1];
    if (i > 0 && above !== null && roundTo(above, TIE_PLACES) === roundTo(total, TIE_PLACES)) band = result[i - 1];
    result.push(band);
  });
  return result;
}

/**
 * The matrix over the categories (All crime aside) and priorities. `rates` is the
 * comparison group for the rate criterion: the region unless another is given.
 */
export function priorityMatrix(
  ctx: AssessContext,
  trends: readonly TrendRow[],
  harm: HarmFigures | null,
  rates: RateComparison = regionRateComparison(ctx),
): MatrixFigures | null {
  const weights = matrixWeights(ctx.settings.matrixWeights);
  const candidates: Candidate[] = trends
    .filter((t) => t.category !== ALL_CRIME)
    .map((t) => ({
      category: t.category,
      priority: t.priority === true,
      polarity: t.polarity,
      lead: t.lead,
      change: t.yearOnYear,
    }));
  if (candidates.length === 0) return null;
  const why = unavailable(ctx, harm, rates);
  const criteria = MATRIX_CRITERIA.filter((c) => why[c] === null && weights[c] > 0);
  if (criteria.length === 0) {
    throw new AssessmentError(
      "The matrix weights leave no criterion to score.",
      `Give a weight above 0 to volume${why.trend ? "" : ", trend"}${why.rate ? "" : ", rate"}${why.harm ? "" : " or harm"}.`,
      { source: "Settings", column: "matrixWeights" },
    );
  }
  const score = scorers(candidates, harm, rates);
  const scored = candidates.map((c, i) => {
    const scores = { volume: score.volume(i), trend: score.trend(i), rate: score.rate(i), harm: score.harm(i) };
    return { ...c, scores, total: weightedScore(scores, weights, criteria) };
  });
  const order = rankOrder(scored);
  const banded = bands(order.map((i) => scored[i].total));
  const rows = order.map((i, r): MatrixRow => {
    const c = scored[i];
    return {
      category: c.category,
      ...(c.priority && { priority: true }),
      polarity: c.polarity,
      scores: c.scores,
      total: c.total,
      rank: r + 1,
      band: banded[r],
    };
  });
  const leftOut = MATRIX_CRITERIA.filter((c) => !criteria.includes(c)).map((criterion) => ({
    criterion,
    why: why[criterion] ?? "given a weight of 0",
  }));
  return {
    weights,
    criteria,
    leftOut,
    rows,
    method: matrixMethod(ctx, weights, criteria, leftOut, rows.length, rates, harm),
  };
}

const CRITERION_NAMES: Record<MatrixCriterion, string> = {
  volume: "volume",
  trend: "trend",
  rate: "rate against the region",
  harm: "harm",
};

function matrixMethod(
  ctx: AssessContext,
  weights: MatrixWeights,
  criteria: MatrixCriterion[],
  leftOut: MatrixFigures["leftOut"],
  n: number,
  rates: RateComparison,
  harm: HarmFigures | null,
): string[] {
  const weightList = criteria.map((c) => `${CRITERION_NAMES[c]} ${weights[c]}`).join(", ");
  const defaults = MATRIX_CRITERIA.every((c) => weights[c] === DEFAULT_MATRIX_WEIGHTS[c])
    ? " (the defaults: every criterion counts the same)"
    : "";
  const lines = [
    `Priority-setting matrix: each of the ${n} categories and priorities (All crime aside) is scored 1 to 4 on each criterion, and its score is the weighted mean of the scores it has (weights: ${weightList}${defaults}), so a criterion that cannot be scored for it is left out of its mean rather than counted as low.`,
    `Volume: the count in ${ctx.lead.name}${ctx.lead.months.length < 12 ? " (partial)" : ""}, ranked among the ${n} candidates (equal counts share a rank); the top quarter of ranks scores 4, the next quarter 3, then 2, and the bottom quarter 1 (score = 4 - floor(4 x (rank - 1) / ${n})).`,
  ];
  if (criteria.includes("trend") && ctx.comparison) {
    lines.push(
      `Trend: the like-for-like change (${ctx.comparison.label}) and its Poisson test: 4 a real (statistically significant) change for the worse, 3 a change for the worse that may be chance, 2 no change or a change for the better that may be chance, 1 a real change for the better. For a measure where a rise is read as good (such as more reporting), a fall is the change for the worse.`,
    );
  }
  if (criteria.includes("rate")) {
    lines.push(
      `${rates.title}: the area's rate per 1,000 residents in ${ctx.lead.name} ranked among ${rates.describe}, scored by quarter of rank as volume is (the highest rate scores 4). A category with fewer than two rated areas is not scored on it.`,
    );
  }
  if (criteria.includes("harm") && harm) {
    lines.push(
      `Harm: the harm-weighted count (count x weight, weights "${harm.name}" from ${harm.source}) ranked among the ${harm.weighed} candidates with a weight, scored by quarter of rank; a candidate none of whose rows has a weight is not scored on harm.`,
    );
  }
  for (const l of leftOut) lines.push(`${capitalise(CRITERION_NAMES[l.criterion])}: not scored, as ${l.why}.`);
  lines.push(
    "Rank: by score, highest first; equal scores are ordered by volume (larger first), then by name, so every candidate has its own rank. The top third of ranks is High (red, ▲), the middle third Medium (amber, ►), the rest Low (green, ▼); a score equal to one in a higher band takes that band. The matrix suggests candidates: the partnership decides, weighing local concern and what police data cannot show.",
  );
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
