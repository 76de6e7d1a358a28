/** Generate (or Refresh), with determinate progress across reading, computing and writing, and Cancel. */
import { Button, Checkbox, Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, DismissRegular, PlayRegular } from "@fluentui/react-icons";
import type { Progress } from "../../workbook/host";
import { StatusNotice } from "../App/notices";
import { Section } from "../App/Section";
import { clampFraction, progressLabel } from "./stages";
import type { RunStatus } from "./useRun";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  missing: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export interface RunPanelProps {
  mode: "excel" | "file";
  refresh: boolean;
  status: RunStatus;
  progress: Progress | null;
  missing: string[];
  /** Excel only: write beside a user's sheet that has one of the assessment's names. */
  writeBeside: boolean;
  onWriteBesideChange(writeBeside: boolean): void;
  onGenerate(): void;
  onCancel(): void;
}

export function RunPanel(props: RunPanelProps) {
  const { mode, refresh, status, progress, missing, onGenerate, onCancel } = props;
  const styles = useStyles();
  const busy = status === "running" || status === "cancelling";
  const unchanged = mode === "excel" ? "The workbook was not changed." : "Nothing was written.";
  return (
    <Section title={refresh ? "Refresh" : "Generate"}>
      {refresh && (
        <Text>Settings saved in this workbook were loaded. Refresh rebuilds only the assessment sheets.</Text>
      )}
      {mode === "excel" && (
        <Checkbox
          label={`If one of my sheets already has an assessment sheet's name, write beside it (e.g. "Summary (2)")`}
          checked={props.writeBeside}
          disabled={busy}
          onChange={(_, data) => props.onWriteBesideChange(data.checked === true)}
        />
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={refresh ? <ArrowClockwiseRegular /> : <PlayRegular />}
          disabled={busy || missing.length > 0}
          onClick={onGenerate}
        >
          {refresh ? "Refresh" : "Generate"}
        </Button>
        {busy && (
          <Button icon={<DismissRegular />} disabled={status === "cancelling"} onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
      {!busy && missing.length > 0 && (
        <ul className={styles.missing} aria-label="Before you generate">
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {busy && progress && (
        <Field
          label="Progress"
          validationState="none"
          validationMessage={status === "cancelling" ? "Cancelling…" : progressLabel(progress)}
        >
          <ProgressBar value={clampFraction(progress.fraction)} max={1} thickness="large" />
        </Field>
      )}
      {status === "cancelled" && <StatusNotice intent="info" text={`Cancelled. ${unchanged}`} />}
      {status === "done" && (
        <StatusNotice
          intent="success"
          text={mode === "excel" ? "The assessment sheets are ready." : "The assessment workbook is ready to download."}
        />
      )}
    </Section>
  );
}
