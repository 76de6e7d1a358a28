/**
 * A most similar group comparison, as analysts take it from iQuanta: each
 * member's rate per 1,000, the group mean, the area's rank in the group, and its
 * position (above, in line with, or below the group) against control limits.
 *
 * Limits are the group mean ± 2 standard deviations of the members' rates, except
 * where the area's expected count is small (under SMALL_EXPECTED_COUNT), where the
 * spread of rates says little and exact Poisson limits on the expected count are
 * used instead: expected = group mean rate x the area's population.
 */
import { logFactorial } from "./significance";

export type PeerPosition = "above" | "in line" | "below";

/** "sd": mean ± 2 standard deviations of the members' rates; "poisson": exact Poisson limits on the expected count. */
export type LimitMethod = "sd" | "poisson";

export const SD_MULTIPLIER = 2;
/** Each Poisson tail beyond the limits holds less than 2.5%: 95% limits, as ± 2 SD roughly are. */
export const POISSON_TAIL = 0.025;
/** An expected count under this uses Poisson limits: the normal spread of rates misleads on small counts. */
export const SMALL_EXPECTED_COUNT = 20;
/**
 * Fewer members with a rate than this: no limits, no position. With the area in
 * the mean and the spread, no member of a group of n lies more than (n - 1) / sqrt(n)
 * standard deviations from the mean, which is under 2 below six members, so such a
 * group could never show the area above or below it. (iQuanta's groups have about 15.)
 */
export const MIN_RATED_MEMBERS = 6;

export function groupMean(rates: readonly number[]): number {
  return rates.reduce((sum, r) => sum + r, 0) / rates.length;
}

/** Sample standard deviation (n - 1), of two or more values. */
export function sampleSd(rates: readonly number[]): number {
  const mean = groupMean(rates);
  const squares = rates.reduce((sum, r) => sum + (r - mean) ** 2, 0);
  return Math.sqrt(squares / (rates.length - 1));
}

/**
 * Ranks in input order, 1 = the highest rate: always a permutation of 1..n.
 * Equal rates are ranked by name (alphabetically), then by input order, so the
 * same group always ranks the same way.
 */
export function ranksByRate(members: readonly { name: string; rate: number }[]): number[] {
  const order = members
    .map((m, index) => ({ ...m, index }))
    .sort((x, y) => y.rate - x.rate || x.name.localeCompare(y.name) || x.index - y.index);
  const ranks = new Array<number>(members.length);
  order.forEach((m, i) => (ranks[m.index] = i + 1));
  return ranks;
}

/**
 * The counts in line with a Poisson expectation: from the smallest count whose
 * lower tail P(X <= c) reaches POISSON_TAIL to the largest whose upper tail
 * P(X >= c) does. A count below `lower` or above `upper` is beyond the limits.
 *
 * Hand-written: no maintained library in the project gives Poisson quantiles, and
 * this needs only the cumulative sum of the probabilities, each taken in log space
 * (exp(-expected) alone underflows for large expected counts).
 */
export function poissonLimits(expected: number, tail = POISSON_TAIL): { lower: number; upper: number } {
  if (!(expected > 0)) return { lower: 0, upper: 0 };
  const logMean = Math.log(expected);
  let cumulative = 0;
  let lower = -1;
  for (let c = 0; ; c++) {
    cumulative += Math.exp(c * logMean - expected - logFactorial(c));
    if (lower < 0 && cumulative >= tail) lower = c;
    // P(X >= c + 1) = 1 - P(X <= c): the first c where that falls below the tail is the last in line.
    if (1 - cumulative < tail) return { lower, upper: c };
  }
}

/** P(X <= k) for X ~ Poisson(expected); for tests and notes. */
export function poissonCdf(k: number, expected: number): number {
  if (k < 0) return 0;
  if (!(expected > 0)) return 1;
  const logMean = Math.log(expected);
  let sum = 0;
  for (let c = 0; c <= k; c++) sum += Math.exp(c * logMean - expected - logFactorial(c));
  return Math.min(1, sum);
}

export interface GroupMember {
  name: string;
  isArea: boolean;
  /** Crimes in the period compared. */
  count: number;
  /** Residents. */
  population: number;
}

export interface ControlLimits {
  method: LimitMethod;
  /** Rates per 1,000 at the limits (a lower limit below zero is 0, as no rate is). */
  lower: number;
  upper: number;
  /** Poisson only: the area's expected count and the counts in line with it. */
  expected: number | null;
  countsInLine: { lower: number; upper: number } | null;
}

export interface GroupComparison {
  /** Per 1,000 residents, in the order given; annualised by `factor`. */
  rates: number[];
  /** 1 = the highest rate, in the order given. */
  ranks: number[];
  mean: number;
  sd: number | null;
  /** Null with fewer than MIN_RATED_MEMBERS members, or without the area. */
  limits: ControlLimits | null;
  /** The area's position; null without limits. */
  position: PeerPosition | null;
}

/**
 * Compares the area (the member with isArea) with its group. `factor` annualises
 * the counts of a partial period (12 / months), the same for every member. The
 * mean is of every member's rate, the area's included (as iQuanta's group average is).
 */
export function compareWithGroup(members: readonly GroupMember[], factor = 1): GroupComparison {
  const rates = members.map((m) => ((m.count * factor) / m.population) * 1000);
  const ranks = ranksByRate(members.map((m, i) => ({ name: m.name, rate: rates[i] })));
  const mean = groupMean(rates);
  const sd = rates.length >= 2 ? sampleSd(rates) : null;
  const area = members.findIndex((m) => m.isArea);
  if (area < 0 || members.length < MIN_RATED_MEMBERS || sd === null) {
    return { rates, ranks, mean, sd, limits: null, position: null };
  }
  const limits = controlLimits(mean, sd, members[area].population, factor);
  return { rates, ranks, mean, sd, limits, position: positionOf(limits, rates[area], members[area].count) };
}

function controlLimits(mean: number, sd: number, population: number, factor: number): ControlLimits {
  const expected = (mean * population) / 1000 / factor;
  if (expected < SMALL_EXPECTED_COUNT) {
    const countsInLine = poissonLimits(expected);
    const rate = (count: number) => ((count * factor) / population) * 1000;
    return {
      method: "poisson",
      lower: rate(countsInLine.lower),
      upper: rate(countsInLine.upper),
      expected,
      countsInLine,
    };
  }
  return {
    method: "sd",
    lower: Math.max(0, mean - SD_MULTIPLIER * sd),
    upper: mean + SD_MULTIPLIER * sd,
    expected: null,
    countsInLine: null,
  };
}

/** Beyond a limit is above or below it; at a limit is in line. Poisson positions are judged on the count itself. */
function positionOf(limits: ControlLimits, rate: number, count: number): PeerPosition {
  if (limits.countsInLine) {
    if (count > limits.countsInLine.upper) return "above";
    return count < limits.countsInLine.lower ? "below" : "in line";
  }
  if (rate > limits.upper) return "above";
  return rate < limits.lower ? "below" : "in line";
}
