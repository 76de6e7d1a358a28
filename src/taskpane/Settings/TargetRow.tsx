/** One target: "reduce <category> by r% by the end of <target year> against a <baseline year> baseline". */
import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import type { PeriodBasis, TargetSetting } from "../../engine/assessment/settings";
import { NumberField } from "./NumberField";
import { checkTarget, describeTarget, periodExample } from "./targets";

const useStyles = makeStyles({
  fieldset: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(9rem, 1fr))",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  wide: { gridColumn: "1 / -1" },
  // Grid cells may be narrower than a text box's natural width (about 20 characters).
  cell: { minWidth: 0 },
  box: { width: "100%", minWidth: 0 },
  footer: {
    gridColumn: "1 / -1",
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

export interface TargetRowProps {
  index: number;
  target: TargetSetting;
  basis: PeriodBasis;
  categories: string[];
  disabled: boolean;
  onChange(target: TargetSetting): void;
  onRemove(): void;
}

export function TargetRow({ index, target, basis, categories, disabled, onChange, onRemove }: TargetRowProps) {
  const styles = useStyles();
  const problems = checkTarget(target, basis);
  const set = <K extends keyof TargetSetting>(key: K, value: TargetSetting[K]) => onChange({ ...target, [key]: value });
  const example = periodExample(basis);
  const choices =
    categories.includes(target.category) || !target.category ? categories : [target.category, ...categories];
  const invalid = (key: keyof TargetSetting) =>
    problems[key] ? { validationMessage: problems[key], validationState: "error" as const } : {};

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Target {index + 1}</legend>
      <Field label="Category" className={styles.wide} {...invalid("category")}>
        {choices.length ? (
          <Select value={target.category} disabled={disabled} onChange={(_, d) => set("category", d.value)}>
            {choices.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        ) : (
          <Input value={target.category} disabled={disabled} onChange={(_, d) => set("category", d.value)} />
        )}
      </Field>
      <Field label="Baseline year" hint={`e.g. ${example}`} className={styles.cell} {...invalid("baselineYear")}>
        <Input
          className={styles.box}
          value={target.baselineYear}
          disabled={disabled}
          onChange={(_, d) => set("baselineYear", d.value)}
        />
      </Field>
      <Field label="Target year" hint={`e.g. ${example}`} className={styles.cell} {...invalid("targetYear")}>
        <Input
          className={styles.box}
          value={target.targetYear}
          disabled={disabled}
          onChange={(_, d) => set("targetYear", d.value)}
        />
      </Field>
      <NumberField
        label="Change (%)"
        hint="-6 reduces by 6%"
        value={target.changePct}
        disabled={disabled}
        validationMessage={problems.changePct}
        onChange={(v) => set("changePct", v)}
      />
      <NumberField
        label="Tolerance (%)"
        hint="Amber band"
        value={target.tolerancePct}
        disabled={disabled}
        validationMessage={problems.tolerancePct}
        onChange={(v) => set("tolerancePct", v)}
      />
      <Field label="Trajectory" className={styles.cell}>
        <Select
          value={target.method}
          disabled={disabled}
          onChange={(_, d) => set("method", d.value === "compound" ? "compound" : "linear")}
        >
          <option value="linear">Linear</option>
          <option value="compound">Compound</option>
        </Select>
      </Field>
      <Field label="Good direction" className={styles.cell}>
        <Select
          value={target.polarity}
          disabled={disabled}
          onChange={(_, d) => set("polarity", d.value === "higherIsBetter" ? "higherIsBetter" : "lowerIsBetter")}
        >
          <option value="lowerIsBetter">A fall is good</option>
          <option value="higherIsBetter">A rise is good</option>
        </Select>
      </Field>
      <div className={styles.footer}>
        <Text size={200}>{describeTarget(target)}</Text>
        <Button
          icon={<DeleteRegular />}
          disabled={disabled}
          aria-label={`Remove target ${index + 1} (${target.category || "no category"})`}
          onClick={onRemove}
        >
          Remove
        </Button>
      </div>
    </fieldset>
  );
}
