/**
 * Target trajectories: "reduce ASB by 6% by the end of 2026/27 against a 2023/24
 * baseline". Milestones for each year from the baseline (t = 0) to the target (t = T).
 */
import type { Polarity, TrajectoryMethod } from "../assessment/settings";
import { seasonalFraction } from "./seasonality";

export type Rag = "Green" | "Amber" | "Red";

/** Milestones for t = 0..years: linear baseline x (1 + c t/T) or compound baseline x (1 + c)^(t/T). */
export function milestones(baseline: number, years: number, changePct: number, method: TrajectoryMethod): number[] {
  const c = changePct / 100;
  const target = baseline * (1 + c);
  const result: number[] = [];
  for (let t = 0; t <= years; t++) {
    if (t === 0) result.push(baseline);
    else if (t === years) result.push(target);
    else result.push(method === "linear" ? baseline * (1 + (c * t) / years) : baseline * Math.pow(1 + c, t / years));
  }
  return result;
}

/**
 * Green at or better than the milestone; amber worse but within the tolerance
 * (a % of the milestone); red beyond it. Polarity says which direction is better.
 */
export function ragStatus(actual: number, milestone: number, tolerancePct: number, polarity: Polarity): Rag {
  const worseBy = polarity === "lowerIsBetter" ? actual - milestone : milestone - actual;
  if (worseBy <= 0) return "Green";
  return worseBy <= (Math.abs(milestone) * tolerancePct) / 100 ? "Amber" : "Red";
}

/**
 * The year-end figure projected from the year to date: the actual over the share
 * of a year the seasonal profile expects in the months present (so 900 in months
 * that usually hold 30% of the year projects to 3,000). Once all 12 months are
 * present it is the actual itself. Null when the profile expects nothing in them.
 */
export function projectYearEnd(
  actual: number,
  index: readonly (number | null)[],
  months: readonly number[],
): number | null {
  if (months.length >= 12) return actual;
  const fraction = seasonalFraction(index, months);
  return fraction > 0 ? actual / fraction : null;
}
