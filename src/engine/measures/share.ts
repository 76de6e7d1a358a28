/** Share of region and share within the area. */

/** part / whole x 100; null when the whole is 0. */
export function sharePct(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}

/**
 * Competition ranking, highest value first: [30, 50, 50, 10] -> [3, 1, 1, 4].
 * "Rank 1 of 4" is the largest share; rank 4 of 4 the lowest.
 */
export function rankDescending(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((other) => other > v).length);
}
