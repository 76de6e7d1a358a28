/** Add, edit and remove targets (TargetSetting rows). */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import type { PeriodBasis, TargetSetting } from "../../engine/assessment/settings";
import { TargetRow } from "./TargetRow";
import { newTarget } from "./targets";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface TargetsEditorProps {
  targets: TargetSetting[];
  basis: PeriodBasis;
  categories: string[];
  latestMonth: string | null;
  disabled: boolean;
  onChange(targets: TargetSetting[]): void;
}

export function TargetsEditor({ targets, basis, categories, latestMonth, disabled, onChange }: TargetsEditorProps) {
  const styles = useStyles();
  return (
    <div className={styles.list} role="group" aria-labelledby="targets-heading">
      <h3 id="targets-heading" className={styles.heading}>
        Targets
      </h3>
      {targets.length === 0 && (
        <Text>No targets. Add one to track a trajectory with a red, amber or green status.</Text>
      )}
      {targets.map((target, index) => (
        <TargetRow
          // Targets have no id of their own; the position is the identity while editing.
          key={index}
          index={index}
          target={target}
          basis={basis}
          categories={categories}
          disabled={disabled}
          onChange={(changed) => onChange(targets.map((t, i) => (i === index ? changed : t)))}
          onRemove={() => onChange(targets.filter((_, i) => i !== index))}
        />
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          disabled={disabled}
          onClick={() => onChange([...targets, newTarget(basis, latestMonth)])}
        >
          Add target
        </Button>
      </div>
    </div>
  );
}
