/** Maps an unrecognised table's columns to date, area, category and an optional count. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { ColumnMapping } from "../../engine/extracts/types";
import { MAPPING_FIELDS, checkMapping, guessMapping, type MappingDraft } from "./columnMapping";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  problems: { color: tokens.colorPaletteRedForeground1, margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface MappingSubject {
  sourceName: string;
  headers: string[];
  initial?: ColumnMapping;
}

export interface ColumnMappingDialogProps {
  /**
   * The table being mapped, or null when the dialog is closed. The dialog stays mounted
   * and closes through `open`, so Fluent can restore what it hid from screen readers.
   */
  subject: MappingSubject | null;
  onSave(mapping: ColumnMapping): void;
  onClose(): void;
}

export function ColumnMappingDialog({ subject, onSave, onClose }: ColumnMappingDialogProps) {
  // The last subject stays on screen while the dialog animates closed.
  const last = useRef<MappingSubject | null>(subject);
  if (subject) last.current = subject;
  const shown = subject ?? last.current;
  return (
    <Dialog open={subject !== null} modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        {shown && <MappingForm key={shown.sourceName} subject={shown} onSave={onSave} onClose={onClose} />}
      </DialogSurface>
    </Dialog>
  );
}

function MappingForm({
  subject,
  onSave,
  onClose,
}: { subject: MappingSubject } & Omit<ColumnMappingDialogProps, "subject">) {
  const styles = useStyles();
  const { sourceName, headers, initial } = subject;
  const [draft, setDraft] = useState<MappingDraft>(() => (initial ? { ...initial } : guessMapping(headers)));
  const [tried, setTried] = useState(false);
  const check = checkMapping(draft);
  const choices = [...new Set(headers.map((h) => h.trim()).filter(Boolean))];

  const save = () => {
    setTried(true);
    if (check.ok) onSave(check.mapping);
  };

  return (
    <DialogBody>
      <DialogTitle>Map the columns of {sourceName}</DialogTitle>
      <DialogContent className={styles.fields}>
        {MAPPING_FIELDS.map((info) => (
          <Field key={info.field} label={info.label} hint={info.hint} required={info.required}>
            <Select
              value={draft[info.field] ?? ""}
              onChange={(_, data) => setDraft((d) => ({ ...d, [info.field]: data.value || undefined }))}
            >
              <option value="">{info.required ? "Choose a column" : "None: one per row"}</option>
              {choices.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        {tried && !check.ok && (
          <ul className={styles.problems} role="alert">
            {check.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" onClick={save}>
          Use this mapping
        </Button>
        <Button appearance="secondary" onClick={onClose}>
          Cancel
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
