/**
 * An optional table the run reads beside the extracts: one of the sources that is not
 * an extract but has the columns the table needs, or None. A native select (Fluent's
 * Select), as the area picker, for keyboard and screen readers.
 */
import { Field, Select } from "@fluentui/react-components";
import type { DiscoveredSource } from "../../workbook/host";

export interface TablePickerProps {
  sources: DiscoveredSource[];
  /** The chosen source's id, or null for None. */
  sourceId: string | null;
  disabled: boolean;
  onChange(sourceId: string | null): void;
}

/** The population table: an area column and a population column. */
export const POPULATION_TABLE = {
  label: "Population table (for rates per 1,000)",
  hint: "Adds population, crimes per 1,000 residents and a rate rank to the Share of region sheet.",
};

/** The harm weights table (e.g. a Crime Severity Score table): a category or offence code column and a weight column. */
export const WEIGHTS_TABLE = {
  label: "Harm weights table",
  hint:
    "Adds harm-weighted totals and a harm score to the priority matrix. No weights come with the add-in: " +
    "use a table (such as the ONS Crime Severity Score) you are licensed to use.",
};

const NONE = "";

export function TablePicker({
  label,
  hint,
  sources,
  sourceId,
  disabled,
  onChange,
}: TablePickerProps & { label: string; hint: string }) {
  const value = sources.some((s) => s.id === sourceId) ? (sourceId as string) : NONE;
  return (
    <Field label={label} hint={hint}>
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
