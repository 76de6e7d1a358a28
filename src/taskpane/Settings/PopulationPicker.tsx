/**
 * The optional population table for rates per 1,000 residents: one of the sources
 * that is not an extract but has an area column and a population column, or None.
 * A native select (Fluent's Select), as the area picker, for keyboard and screen readers.
 */
import { Field, Select } from "@fluentui/react-components";
import type { DiscoveredSource } from "../../workbook/host";

export interface PopulationPickerProps {
  sources: DiscoveredSource[];
  /** The chosen source's id, or null for None. */
  sourceId: string | null;
  disabled: boolean;
  onChange(sourceId: string | null): void;
}

const NONE = "";

export function PopulationPicker({ sources, sourceId, disabled, onChange }: PopulationPickerProps) {
  const value = sources.some((s) => s.id === sourceId) ? (sourceId as string) : NONE;
  return (
    <Field
      label="Population table (for rates per 1,000)"
      hint="Adds population, crimes per 1,000 residents and a rate rank to the Share of region sheet."
    >
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
