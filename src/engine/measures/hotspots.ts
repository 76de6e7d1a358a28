/**
 * Where crime concentrates, from counts by place (one count per place of the
 * area, zero for a place with none): the top places, the concentration ("x% of
 * crime happened in y% of the area's places") and the Pareto curve.
 */
import { rankDescending } from "./share";

/** The smallest set of places, most crime first, that holds at least half of it. */
export interface Concentration {
  /** How many places hold at least half. */
  places: number;
  /** Of how many (every place of the area, zero counts included). */
  of: number;
  /** places / of x 100. */
  placesPct: number;
  /** The share of the count those places hold (at least 50). */
  heldPct: number;
}

/** One point of the Pareto curve: the top placesPct% of places hold countPct% of the count. */
export interface ParetoPoint {
  placesPct: number;
  countPct: number;
}

/** The cut the concentration uses: the fewest places holding at least this share. */
export const CONCENTRATION_CUT_PCT = 50;

/** The Pareto curve is read every this % of the places: eleven points a committee can read as a table. */
export const PARETO_STEP_PCT = 10;

/** Place indexes, largest count first; ties by `tieOrder` (e.g. the LSOA code), so the order is stable. */
export function rankedPlaces(counts: readonly number[], tieOrder: (a: number, b: number) => number): number[] {
  return counts.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || tieOrder(a, b));
}

/**
 * The first `n` places with any count, largest first, and how many more share
 * the last one's count (tied with it, so left out only by the order of ties).
 */
export function topPlaces(
  counts: readonly number[],
  n: number,
  tieOrder: (a: number, b: number) => number,
): { places: number[]; tiedBeyond: number } {
  const ranked = rankedPlaces(counts, tieOrder).filter((i) => counts[i] > 0);
  const places = ranked.slice(0, n);
  const last = places.length ? counts[places[places.length - 1]] : 0;
  const tiedBeyond = ranked.slice(n).filter((i) => counts[i] === last).length;
  return { places, tiedBeyond };
}

/** Competition ranks (1 = the most; equal counts share a rank). */
export function placeRanks(counts: readonly number[]): number[] {
  return rankDescending(counts);
}

/**
 * Places in the top `n` (rank n or better, ties included) with a count above
 * zero in every one of `periods` (each an array of counts by place).
 */
export function repeatPlaces(periods: readonly (readonly number[])[], n: number): number[] {
  if (periods.length === 0) return [];
  const inTop = periods.map((counts) => {
    const ranks = placeRanks(counts);
    return counts.map((c, i) => c > 0 && ranks[i] <= n);
  });
  return periods[0].map((_, i) => i).filter((i) => inTop.every((top) => top[i]));
}

/** Cumulative counts of the places ranked largest first: [0, c1, c1 + c2, ..., total]. */
function cumulative(counts: readonly number[]): number[] {
  const sorted = [...counts].sort((a, b) => b - a);
  const sums = [0];
  for (const c of sorted) sums.push(sums[sums.length - 1] + c);
  return sums;
}

/** The fewest places holding at least CONCENTRATION_CUT_PCT% of the count; null when the count is 0. */
export function concentration(counts: readonly number[]): Concentration | null {
  const sums = cumulative(counts);
  const total = sums[sums.length - 1];
  if (!(total > 0)) return null;
  const places = sums.findIndex((s) => s * 100 >= total * CONCENTRATION_CUT_PCT);
  return {
    places,
    of: counts.length,
    placesPct: (places / counts.length) * 100,
    heldPct: (sums[places] / total) * 100,
  };
}

/**
 * The Pareto curve read every `stepPct`% of the places (0, 10, ..., 100): the share
 * of the count held by the top x% of places. Between whole places the curve is a
 * straight line (the top 4.3 of 86 places hold the top 4 and 0.3 of the fifth's
 * count). Empty when the count is 0.
 */
export function paretoCurve(counts: readonly number[], stepPct = PARETO_STEP_PCT): ParetoPoint[] {
  const sums = cumulative(counts);
  const total = sums[sums.length - 1];
  if (!(total > 0)) return [];
  const n = counts.length;
  const points: ParetoPoint[] = [];
  for (let step = 0; step * stepPct <= 100; step++) {
    const placesPct = step * stepPct;
    const x = (placesPct / 100) * n;
    const whole = Math.min(n, Math.floor(x + 1e-9));
    const part = whole < n ? Math.max(0, x - whole) : 0;
    const held = sums[whole] + part * (sums[Math.min(n, whole + 1)] - sums[whole]);
    points.push({ placesPct, countPct: (held / total) * 100 });
  }
  return points;
}
