/**
 * The optional harm weights table (e.g. a Crime Severity Score table): one of the sources
 * that is not an extract but has a category or offence code column and a weight column,
 * or None. A native select, as the population picker, for keyboard and screen readers.
 */
import { Field, Select } from "@fluentui/react-components";
import type { DiscoveredSource } from "../../workbook/host";

export interface WeightsPickerProps {
  sources: DiscoveredSource[];
  /** The chosen source's id, or null for None. */
  sourceId: string | null;
  disabled: boolean;
  onChange(sourceId: string | null): void;
}

const NONE = "";

export const WEIGHTS_HINT =
  "Adds harm-weighted totals and a harm score to the priority matrix. No weights come with the add-in: " +
  "use a table (such as the ONS Crime Severity Score) you are licensed to use.";

export function WeightsPicker({ sources, sourceId, disabled, onChange }: WeightsPickerProps) {
  const value = sources.some((s) => s.id === sourceId) ? (sourceId as string) : NONE;
  return (
    <Field label="Harm weights table" hint={WEIGHTS_HINT}>
      <Select
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value === NONE ? null : data.value)}
      >
        <option value={NONE}>None</option>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
