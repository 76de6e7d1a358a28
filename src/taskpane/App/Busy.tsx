/**
 * "Working on it" with a label: an indeterminate ProgressBar in a Field. The run panel
 * already needs ProgressBar, so this avoids adding Fluent's Spinner to the first load.
 */
import { Field, ProgressBar } from "@fluentui/react-components";

export function Busy({ label }: { label: string }) {
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar aria-label={label} />
    </Field>
  );
}
