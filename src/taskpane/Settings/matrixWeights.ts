/**
 * The priority matrix's criterion weights as the pane edits them: the settings' over the
 * engine's documented defaults, each checked before a run. The engine takes any weight of
 * zero or more; the pane keeps to 0 to 10 because only the weights' ratios matter and a
 * larger number is far more likely a typing error.
 */
import {
  DEFAULT_MATRIX_WEIGHTS,
  MATRIX_CRITERIA,
  type MatrixCriterion,
  type MatrixWeights,
} from "../../engine/assessment/settings";

export const MAX_MATRIX_WEIGHT = 10;

export const CRITERION_LABELS: Record<MatrixCriterion, string> = {
  volume: "Volume",
  trend: "Trend",
  // Short, so the four fields line up two by two at task-pane width; the hint says against what.
  rate: "Rate",
  harm: "Harm",
};

/** The weights in force: those set over the defaults. */
export function weightsInForce(given: Partial<MatrixWeights> | undefined): MatrixWeights {
  return { ...DEFAULT_MATRIX_WEIGHTS, ...given };
}

/** Why one weight cannot be used, or undefined when it can. */
export function weightProblem(value: number): string | undefined {
  return Number.isFinite(value) && value >= 0 && value <= MAX_MATRIX_WEIGHT
    ? undefined
    : `Give a number from 0 to ${MAX_MATRIX_WEIGHT}.`;
}

export const NOTHING_TO_SCORE = "Give at least one criterion a weight above 0.";

/**
 * Why the weights cannot be used, or undefined: a weight out of range, or every criterion
 * that can be scored (harm only with a weights table) weighted 0, which leaves nothing to
 * rank by (the engine refuses it).
 */
export function weightsProblem(given: Partial<MatrixWeights> | undefined, harmScored: boolean): string | undefined {
  const weights = weightsInForce(given);
  const bad = MATRIX_CRITERIA.find((c) => weightProblem(weights[c]) !== undefined);
  if (bad) return `${CRITERION_LABELS[bad]}: ${weightProblem(weights[bad])}`;
  const scored = MATRIX_CRITERIA.filter((c) => c !== "harm" || harmScored);
  return scored.every((c) => weights[c] === 0) ? NOTHING_TO_SCORE : undefined;
}

/** The setting after one weight changes; back to none (the defaults) when every weight is its default. */
export function withWeight(
  given: Partial<MatrixWeights> | undefined,
  criterion: MatrixCriterion,
  value: number,
): Partial<MatrixWeights> | undefined {
  const next = { ...given, [criterion]: value };
  return MATRIX_CRITERIA.every((c) => (next[c] ?? DEFAULT_MATRIX_WEIGHTS[c]) === DEFAULT_MATRIX_WEIGHTS[c])
    ? undefined
    : next;
}
