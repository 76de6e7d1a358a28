/** The focus area (district, CSP) from those found in the chosen data. */
import { Dropdown, Field, Option } from "@fluentui/react-components";

export interface AreaPickerProps {
  area: string;
  areas: string[];
  loading: boolean;
  disabled: boolean;
  onChange(area: string): void;
}

export function AreaPicker({ area, areas, loading, disabled, onChange }: AreaPickerProps) {
  const missing = area !== "" && !loading && !areas.includes(area);
  const hint = loading ? "Finding the districts in the chosen data…" : areas.length === 0 ? "Choose data first." : undefined;
  return (
    <Field
      label="Area"
      hint={hint}
      required
      validationState={missing ? "error" : "none"}
      validationMessage={missing ? `"${area}" is not in the chosen data. Choose one of the districts listed.` : undefined}
    >
      <Dropdown
        placeholder="Choose the area"
        value={area}
        selectedOptions={area ? [area] : []}
        disabled={disabled || areas.length === 0}
        onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue)}
      >
        {areas.map((name) => (
          <Option key={name} value={name}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
