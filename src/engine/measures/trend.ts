/**
 * The trend across all the months present, with the seasons allowed for:
 * ordinary least squares of the monthly count on time plus one effect per
 * calendar month, so a summer peak is not read as a rise. Missing months are
 * simply absent from the fit, never zero.
 *
 * Written by hand: a 13-parameter least-squares fit is a few lines of Gaussian
 * elimination, far less than a linear-algebra dependency in the pane.
 */
import { monthOf } from "../extracts/crimeTable";

export type TrendDirection = "rising" | "falling" | "no clear trend";

export interface MonthlyTrend {
  /** Slope x 12 / the mean monthly count x 100. */
  pctPerYear: number;
  /** Slope / its standard error; |t| >= 2 is read as a clear trend. */
  tStat: number;
  direction: TrendDirection;
  months: number;
}

/** Months needed before a trend is worth stating: two full years. */
export const MIN_TREND_MONTHS = 24;
const CLEAR_T = 2;

export function monthlyTrend(months: readonly number[], counts: readonly number[]): MonthlyTrend | null {
  if (months.length < MIN_TREND_MONTHS) return null;
  const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
  if (mean === 0) return null;
  const calendar = [...new Set(months.map(monthOf))].sort((a, b) => a - b);
  // Columns: intercept, time (in months from the first), one dummy per calendar month but the first present.
  const row = (m: number): number[] => [1, m - months[0], ...calendar.slice(1).map((c) => (monthOf(m) === c ? 1 : 0))];
  const X = months.map(row);
  const p = X[0].length;
  const xtx = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[i] * r[j], 0)),
  );
  const xty = Array.from({ length: p }, (_, i) => X.reduce((s, r, k) => s + r[i] * counts[k], 0));
  const beta = solve(xtx, xty);
  const unit = solve(
    xtx,
    Array.from({ length: p }, (_, i) => (i === 1 ? 1 : 0)),
  );
  if (!beta || !unit) return null;
  const rss = X.reduce((s, r, k) => s + (counts[k] - r.reduce((t, x, i) => t + x * beta[i], 0)) ** 2, 0);
  const dof = months.length - p;
  const se = dof > 0 ? Math.sqrt((rss / dof) * unit[1]) : 0;
  // Below a billionth of the mean a year, the slope is rounding error in an exact fit.
  const slope = Math.abs((beta[1] * 12) / mean) < 1e-9 ? 0 : beta[1];
  const tStat = se > 1e-12 ? slope / se : slope === 0 ? 0 : Math.sign(slope) * Infinity;
  const direction: TrendDirection = Math.abs(tStat) < CLEAR_T ? "no clear trend" : slope > 0 ? "rising" : "falling";
  return { pctPerYear: ((slope * 12) / mean) * 100, tStat, direction, months: months.length };
}

/** Solves A x = b by Gaussian elimination with partial pivoting; null when A is singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) < 1e-9) return null;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((r, i) => r[n] / r[i]);
}
