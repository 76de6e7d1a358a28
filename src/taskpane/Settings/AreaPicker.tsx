/**
 * The focus area (district, CSP) from those found in the chosen data. A native select
 * (Fluent's Select): fully keyboard- and screen-reader-friendly, and it keeps the
 * popup-positioning code of a Dropdown out of the first load.
 */
import { Field, Select } from "@fluentui/react-components";

export interface AreaPickerProps {
  area: string;
  areas: string[];
  loading: boolean;
  disabled: boolean;
  onChange(area: string): void;
}

export function AreaPicker({ area, areas, loading, disabled, onChange }: AreaPickerProps) {
  const missing = area !== "" && !loading && areas.length > 0 && !areas.includes(area);
  const hint = loading
    ? "Finding the districts in the chosen data…"
    : areas.length === 0
      ? "Choose data first."
      : undefined;
  const options = missing ? [area, ...areas] : areas;
  return (
    <Field
      label="Area"
      hint={hint}
      required
      validationState={missing ? "error" : "none"}
      validationMessage={
        missing ? `"${area}" is not in the chosen data. Choose one of the districts listed.` : undefined
      }
    >
      <Select value={area} disabled={disabled || areas.length === 0} onChange={(_, data) => onChange(data.value)}>
        <option value="" disabled>
          Choose the area
        </option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
