/**
 * How much each criterion (volume, trend, rate against the region or the peers, harm) counts in the
 * priority-setting matrix, over the engine's documented defaults, with "Reset to defaults".
 * Harm can be weighted only with a harm weights table; without one the field says why.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_MATRIX_WEIGHTS, MATRIX_CRITERIA, type MatrixWeights } from "../../engine/assessment/settings";
import { WarningLine } from "../App/Notice";
import {
  CRITERION_LABELS,
  NOTHING_TO_SCORE,
  weightProblem,
  weightsInForce,
  weightsProblem,
  withWeight,
} from "./matrixWeights";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(9rem, 1fr))",
    gap: tokens.spacingVerticalS,
  },
});

export interface MatrixWeightsEditorProps {
  /** The weights set (absent criteria take the defaults); undefined for all defaults. */
  weights: Partial<MatrixWeights> | undefined;
  /** Whether a harm weights table is chosen, so harm can be scored. */
  harmScored: boolean;
  /** Whether peers are chosen: the rate is then scored against them, not the region. */
  againstPeers?: boolean;
  disabled: boolean;
  onChange(weights: Partial<MatrixWeights> | undefined): void;
}

export const NO_HARM_REASON = "Choose a harm weights table to score harm.";

export function MatrixWeightsEditor({
  weights,
  harmScored,
  againstPeers = false,
  disabled,
  onChange,
}: MatrixWeightsEditorProps) {
  const styles = useStyles();
  const inForce = weightsInForce(weights);
  return (
    <div className={styles.editor}>
      <Text size={200}>
        Each category is scored 1 to 4 on each criterion and ranked by the weighted mean. A weight of 0 leaves a
        criterion out.
      </Text>
      <div className={styles.grid}>
        {MATRIX_CRITERIA.map((criterion) => {
          const noHarm = criterion === "harm" && !harmScored;
          return (
            <NumberField
              key={criterion}
              label={CRITERION_LABELS[criterion]}
              value={inForce[criterion]}
              hint={
                noHarm
                  ? NO_HARM_REASON
                  : `${criterion === "rate" ? (againstPeers ? "Against the peers. " : "Against the region. ") : ""}Default ${DEFAULT_MATRIX_WEIGHTS[criterion]}`
              }
              validationMessage={weightProblem(inForce[criterion])}
              disabled={disabled || noHarm}
              onChange={(value) => onChange(withWeight(weights, criterion, value))}
            />
          );
        })}
      </div>
      {weightsProblem(weights, harmScored) === NOTHING_TO_SCORE && (
        <WarningLine size={200}>{NOTHING_TO_SCORE}</WarningLine>
      )}
      <div>
        <Button disabled={disabled || weights === undefined} onClick={() => onChange(undefined)}>
          Reset to defaults
        </Button>
      </div>
    </div>
  );
}
