/**
 * Is a change between two counts more than chance? The Poisson means test for
 * two counts with equal exposure: conditioned on the total n = current + previous,
 * current ~ Binomial(n, 0.5) when the underlying rates are equal. Two-sided exact
 * p-value = min(1, 2 x the smaller tail).
 *
 * Written by hand because it needs only one binomial tail at p = 0.5: a stats
 * library would bring far more code into the pane for ~30 lines here. The tail
 * is summed in log space by the pmf recurrence, exact to double precision.
 */

export type Significance = "significant increase" | "significant decrease" | "no significant change";

export interface SignificanceResult {
  significance: Significance;
  /** Two-sided exact p-value. */
  pValue: number;
}

export const ALPHA = 0.05;

export function poissonMeansTest(previous: number, current: number, alpha = ALPHA): SignificanceResult {
  const pValue = twoSidedP(Math.round(current), Math.round(previous));
  const significance: Significance =
    pValue >= alpha || current === previous
      ? "no significant change"
      : current > previous
        ? "significant increase"
        : "significant decrease";
  return { significance, pValue };
}

function twoSidedP(k: number, other: number): number {
  const n = k + other;
  if (n === 0) return 1;
  const smaller = Math.min(k, other);
  // P(X <= smaller) for X ~ Bin(n, 1/2); by symmetry the upper tail of the larger equals it.
  const tail = lowerTail(smaller, n);
  return Math.min(1, 2 * tail);
}

/** P(X <= k) for X ~ Binomial(n, 1/2), summed downward from k with pmf(j-1) = pmf(j) * j / (n - j + 1). */
function lowerTail(k: number, n: number): number {
  const logPmfK = logChoose(n, k) - n * Math.LN2;
  let term = 1; // pmf(j) / pmf(k)
  let sum = 1;
  for (let j = k; j > 0; j--) {
    term *= j / (n - j + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.exp(logPmfK + Math.log(sum));
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

const SMALL = 256;
const LOG_FACTORIALS: number[] = (() => {
  const table = [0];
  for (let i = 1; i < SMALL; i++) table.push(table[i - 1] + Math.log(i));
  return table;
})();

/** ln(n!): exact sums below 256, Stirling's series above (error below 1e-14 there). */
export function logFactorial(n: number): number {
  if (n < SMALL) return LOG_FACTORIALS[n];
  const inv = 1 / n;
  const inv2 = inv * inv;
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260)));
}
