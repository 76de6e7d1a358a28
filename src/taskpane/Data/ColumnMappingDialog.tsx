/**
 * Maps an unrecognised table's columns to a date (or a year and a month), area,
 * category and optional count and other columns, plus any flag columns (domestic
 * abuse, hate crime), under a name by which the mapping can be used again.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { ColumnMapping, SavedMapping } from "../../engine/extracts/types";
import {
  MAPPING_FIELDS,
  byYearAndMonth,
  checkMapping,
  draftOf,
  fittingMappings,
  guessMapping,
  type FlagDraft,
  type MappingDraft,
} from "./columnMapping";

const useStyles = makeStyles({
  fields: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    // The list scrolls in a short dialog: without this its buttons were squashed to a sliver (seen at 350 px).
    "& > *": { flexShrink: 0 },
  },
  problems: { color: tokens.colorPaletteRedForeground1, margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  flag: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  flagField: { flexGrow: 1, minWidth: "8em" },
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
  /** Mappings saved by name (in the workbook's settings): those that fit the table are offered. */
  savedMappings?: readonly SavedMapping[];
  /** The mapping, and the name it is saved under (the table's name unless the user gave another). */
  onSave(mapping: ColumnMapping, name: string): void;
  onClose(): void;
}

export function ColumnMappingDialog({ subject, savedMappings, onSave, onClose }: ColumnMappingDialogProps) {
  // The last subject stays on screen while the dialog animates closed.
  const last = useRef<MappingSubject | null>(subject);
  if (subject) last.current = subject;
  const shown = subject ?? last.current;
  return (
    <Dialog open={subject !== null} modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        {shown && (
          <MappingForm
            key={shown.sourceName}
            subject={shown}
            savedMappings={savedMappings ?? []}
            onSave={onSave}
            onClose={onClose}
          />
        )}
      </DialogSurface>
    </Dialog>
  );
}

function MappingForm({
  subject,
  savedMappings,
  onSave,
  onClose,
}: { subject: MappingSubject; savedMappings: readonly SavedMapping[] } & Omit<
  ColumnMappingDialogProps,
  "subject" | "savedMappings"
>) {
  const styles = useStyles();
  const { sourceName, headers, initial } = subject;
  const [draft, setDraft] = useState<MappingDraft>(() => (initial ? draftOf(initial) : guessMapping(headers)));
  const [name, setName] = useState(sourceName);
  const [tried, setTried] = useState(false);
  const check = checkMapping(draft);
  const choices = [...new Set(headers.map((h) => h.trim()).filter(Boolean))];
  const fitting = fittingMappings(savedMappings, headers);
  const flags = draft.flags ?? [];
  const setFlags = (next: FlagDraft[]) => setDraft((d) => ({ ...d, flags: next }));

  const save = () => {
    setTried(true);
    if (check.ok) onSave(check.mapping, name.trim() || sourceName);
  };

  const columnOptions = (blank: string) => (
    <>
      <option value="">{blank}</option>
      {choices.map((header) => (
        <option key={header} value={header}>
          {header}
        </option>
      ))}
    </>
  );

  return (
    <DialogBody>
      <DialogTitle>Map the columns of {sourceName}</DialogTitle>
      <DialogContent className={styles.fields}>
        {fitting.length > 0 && (
          <Field label="Use a saved mapping" hint="Mappings saved in this workbook that fit these columns.">
            <Select
              value=""
              onChange={(_, data) => {
                const picked = fitting.find((m) => m.name === data.value);
                if (!picked) return;
                setDraft(draftOf(picked.mapping));
                setName(picked.name);
              }}
            >
              <option value="">Choose a saved mapping</option>
              {fitting.map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {MAPPING_FIELDS.map((info) => {
          const required = info.field === "date" ? !byYearAndMonth(draft) : info.required;
          return (
            <Field key={info.field} label={info.label} hint={info.hint} required={required}>
              <Select
                value={draft[info.field] ?? ""}
                onChange={(_, data) => setDraft((d) => ({ ...d, [info.field]: data.value || undefined }))}
              >
                {columnOptions(required ? "Choose a column" : info.field === "count" ? "None: one per row" : "None")}
              </Select>
            </Field>
          );
        })}
        {flags.map((flag, i) => (
          <div key={i} className={styles.flag} role="group" aria-label={`Flag ${i + 1}`}>
            <Field className={styles.flagField} label={`Flag ${i + 1} name`} hint="e.g. Domestic abuse" required>
              <Input
                value={flag.name}
                onChange={(_, data) => setFlags(flags.map((f, j) => (j === i ? { ...f, name: data.value } : f)))}
              />
            </Field>
            <Field
              className={styles.flagField}
              label={`Flag ${i + 1} column`}
              hint="Y/N, Yes/No, 1/0, TRUE/FALSE, or a mark against blanks"
              required
            >
              <Select
                value={flag.column}
                onChange={(_, data) => setFlags(flags.map((f, j) => (j === i ? { ...f, column: data.value } : f)))}
              >
                {columnOptions("Choose a column")}
              </Select>
            </Field>
            <Button appearance="subtle" onClick={() => setFlags(flags.filter((_, j) => j !== i))}>
              Remove flag {i + 1}
            </Button>
          </div>
        ))}
        <Button appearance="secondary" onClick={() => setFlags([...flags, { name: "", column: "" }])}>
          Add a flag column
        </Button>
        <Field label="Save the mapping as" hint="The name it is kept under in this workbook, to use again.">
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
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
