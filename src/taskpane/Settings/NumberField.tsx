/**
 * A labelled number box that lets the user type freely ("-", "6.") and reports NaN
 * while the text is not a number, so the caller's check can say what is wrong.
 */
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";

export interface NumberFieldProps {
  label: string;
  value: number;
  hint?: string;
  validationMessage?: string;
  disabled?: boolean;
  onChange(value: number): void;
}

const useStyles = makeStyles({
  // A grid cell may be narrower than a text box's natural width (about 20 characters).
  field: { minWidth: 0 },
  box: { width: "100%", minWidth: 0 },
});

export function parseNumber(text: string): number {
  const trimmed = text.trim().replace(/%$/, "").trim();
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

export function NumberField({ label, value, hint, validationMessage, disabled, onChange }: NumberFieldProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(() => (Number.isFinite(value) ? String(value) : ""));
  useEffect(() => {
    if (Number.isFinite(value) && parseNumber(draft) !== value) setDraft(String(value));
    // Only an outside change of value should rewrite what the user is typing.
  }, [value]);
  return (
    <Field
      className={styles.field}
      label={label}
      hint={hint}
      validationMessage={validationMessage}
      validationState={validationMessage ? "error" : "none"}
    >
      <Input
        className={styles.box}
        inputMode="decimal"
        value={draft}
        disabled={disabled}
        onChange={(_, data) => {
          setDraft(data.value);
          onChange(parseNumber(data.value));
        }}
      />
    </Field>
  );
}
