/** One priority: its name, which way is good, and its rules, chosen from what the data holds. */
import { Button, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular, DismissRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { PriorityDefinition, PriorityRule, PriorityRuleKind } from "../../engine/assessment/settings";
import { WarningLine } from "../App/Notice";
import {
  KIND_LABELS,
  POLARITY_CHOICES,
  describePriority,
  inData,
  ruleLabel,
  type PrioritiesAction,
  type PriorityProblem,
  type RuleChoice,
} from "./priorities";

const useStyles = makeStyles({
  fieldset: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  rules: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  rule: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  picker: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  pickerField: { flexGrow: 1, minWidth: 0 },
  footer: { display: "flex", justifyContent: "flex-end" },
});

/** A rule as one select value: its kind and value (a kind never holds the separator). */
const SEPARATOR = "\u001f";
const encode = (rule: PriorityRule) => `${rule.kind}${SEPARATOR}${rule.value}`;
function decode(text: string): PriorityRule {
  const at = text.indexOf(SEPARATOR);
  return { kind: text.slice(0, at) as PriorityRuleKind, value: text.slice(at + 1) };
}

export interface PriorityRowProps {
  index: number;
  priority: PriorityDefinition;
  /** What the chosen data lets a rule name; empty while no data is chosen. */
  choices: RuleChoice[];
  problem: PriorityProblem | null;
  /** Says so when the priority is built from police.uk's broad types. */
  coarse: string | null;
  disabled: boolean;
  /** Just added: the name box takes the focus. */
  focusName: boolean;
  dispatch(action: PrioritiesAction): void;
}

export function PriorityRow({
  index,
  priority,
  choices,
  problem,
  coarse,
  disabled,
  focusName,
  dispatch,
}: PriorityRowProps) {
  const styles = useStyles();
  const n = index + 1;
  const nameBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusName) nameBox.current?.focus();
  }, [focusName]);
  const nameProblem = problem?.about === "name" ? problem.text : undefined;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Priority {n}</legend>
      <Field
        label="Name"
        hint="e.g. Serious violence"
        validationState={nameProblem ? "error" : "none"}
        validationMessage={nameProblem}
      >
        <Input
          ref={nameBox}
          value={priority.name}
          disabled={disabled}
          onChange={(_, data) => dispatch({ type: "rename", index, name: data.value })}
        />
      </Field>
      <Field label="Which way is good">
        <RadioGroup
          value={priority.polarity}
          disabled={disabled}
          onChange={(_, data) =>
            dispatch({
              type: "setPolarity",
              index,
              polarity: data.value === "higherIsBetter" ? "higherIsBetter" : "lowerIsBetter",
            })
          }
        >
          {POLARITY_CHOICES.map((c) => (
            <Radio key={c.value} value={c.value} label={c.label} />
          ))}
        </RadioGroup>
      </Field>
      <RuleList
        index={index}
        priority={priority}
        choices={choices}
        problem={problem}
        disabled={disabled}
        dispatch={dispatch}
      />
      <Text size={200}>{describePriority(priority)}</Text>
      {coarse && <WarningLine size={200}>{coarse}</WarningLine>}
      <div className={styles.footer}>
        <Button
          icon={<DeleteRegular />}
          disabled={disabled}
          aria-label={`Remove priority ${n} (${priority.name.trim() || "no name"})`}
          onClick={() => dispatch({ type: "remove", index })}
        >
          Remove
        </Button>
      </div>
    </fieldset>
  );
}

type RuleListProps = Pick<PriorityRowProps, "index" | "priority" | "choices" | "problem" | "disabled" | "dispatch">;

/** The rules, each with a way to remove it, and a picker to add one from what the data holds. */
function RuleList({ index, priority, choices, problem, disabled, dispatch }: RuleListProps) {
  const styles = useStyles();
  const n = index + 1;
  const [picked, setPicked] = useState("");
  const picker = useRef<HTMLSelectElement>(null);
  const rulesProblem = problem?.about === "rules" ? problem.text : undefined;
  const chosen = new Set(priority.rules.map(encode));
  const add = () => {
    if (!picked) return;
    dispatch({ type: "addRule", index, rule: decode(picked) });
    setPicked("");
    picker.current?.focus();
  };
  return (
    <>
      {priority.rules.length > 0 && (
        <ul className={styles.rules} aria-label={`Rules of priority ${n}`}>
          {priority.rules.map((rule) => {
            const kind = KIND_LABELS[rule.kind].one;
            const missing = choices.length > 0 && !inData(rule, choices);
            return (
              <li key={encode(rule)} className={styles.rule}>
                <Text size={200}>
                  {kind}: {rule.value}
                  {missing && " (not in the chosen data)"}
                </Text>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DismissRegular />}
                  disabled={disabled}
                  aria-label={`Remove ${kind.toLowerCase()} ${rule.value} from priority ${n}`}
                  onClick={() => {
                    dispatch({ type: "removeRule", index, rule });
                    picker.current?.focus();
                  }}
                >
                  Remove
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {choices.length === 0 ? (
        <Text size={200}>Choose data under Data to see what a priority can take in.</Text>
      ) : (
        <div className={styles.picker}>
          <Field
            className={styles.pickerField}
            label={ruleLabel(choices)}
            validationState={rulesProblem ? "error" : "none"}
            validationMessage={rulesProblem}
          >
            <Select ref={picker} value={picked} disabled={disabled} onChange={(_, data) => setPicked(data.value)}>
              <option value="">Choose…</option>
              {choices.map((choice) => (
                <optgroup key={choice.kind} label={KIND_LABELS[choice.kind].many}>
                  {choice.values
                    .filter((value) => !chosen.has(encode({ kind: choice.kind, value })))
                    .map((value) => (
                      <option key={value} value={encode({ kind: choice.kind, value })}>
                        {value}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
          </Field>
          <Button disabled={disabled || !picked} aria-label={`Add to priority ${n}`} onClick={add}>
            Add
          </Button>
        </div>
      )}
    </>
  );
}
