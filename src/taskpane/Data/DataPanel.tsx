/**
 * The Data panel: the sources found, which to use, and a column mapping for unrecognised
 * tables, saved by name and offered again for tables with the same columns. A format's
 * many sources (two years of monthly files) make one entry.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useMemo, useState } from "react";
import type { ColumnMapping, SavedMapping } from "../../engine/extracts/types";
import type { DiscoveredSource, LeftOutSource } from "../../workbook/host";
import { Busy } from "../App/Busy";
import { Section } from "../App/Section";
import { fittingMappings } from "./columnMapping";
import { FileOpener } from "./FileOpener";
import { SourceGroupItem } from "./SourceGroupItem";
import { SourceItem } from "./SourceItem";
import { dataEntries } from "./sourceGroups";

// Only some workbooks need it, so the dialog is not part of the first load.
const ColumnMappingDialog = lazy(() =>
  import(/* webpackChunkName: "column-mapping" */ "./ColumnMappingDialog").then((m) => ({
    default: m.ColumnMappingDialog,
  })),
);

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface DataPanelProps {
  mode: "excel" | "file";
  loading: boolean;
  busy: boolean;
  sources: DiscoveredSource[];
  selectedIds: string[];
  mappings: Record<string, ColumnMapping>;
  /** Column mappings saved by name: offered for tables with their columns, and in the mapping dialog. */
  savedMappings: SavedMapping[];
  /** Sources the last run did not count (copies of another), with why. */
  leftOut: LeftOutSource[];
  /** Sources to count even when they look like a copy of another. */
  keepSourceIds: string[];
  onChoose(id: string, chosen: boolean): void;
  onKeep(id: string, kept: boolean): void;
  /** Maps a table's columns; `name`, when given, is the name to save the mapping under. */
  onMap(id: string, mapping: ColumnMapping, name?: string): void;
  onRediscover(): void;
  onOpenFiles?(files: File[]): void;
  /** Source id -> what Settings offers it as ("Population table"), for tables that are not extracts. */
  tableKinds?: ReadonlyMap<string, string>;
}

export function DataPanel(props: DataPanelProps) {
  const styles = useStyles();
  const [mappingId, setMappingId] = useState<string | null>(null);
  const mappingSource = props.sources.find((s) => s.id === mappingId);
  const entries = useMemo(() => dataEntries(props.sources), [props.sources]);
  // Loaded on first use, then kept mounted so it can close properly.
  const [dialogWanted, setDialogWanted] = useState(false);
  const emptyText =
    props.mode === "file"
      ? "Open a police.uk CSV, a Home Office CSP table, or a workbook holding one."
      : "No sheets or tables found. Paste a police.uk extract into a sheet, then choose Look again.";

  return (
    <Section title="Data">
      <div className={styles.actions}>
        {props.onOpenFiles && <FileOpener disabled={props.busy || props.loading} onOpen={props.onOpenFiles} />}
        {props.mode === "excel" && (
          <Button icon={<ArrowClockwiseRegular />} disabled={props.busy || props.loading} onClick={props.onRediscover}>
            Look again
          </Button>
        )}
      </div>
      {props.loading ? (
        <Busy label={props.mode === "file" ? "Reading the file…" : "Looking for extracts…"} />
      ) : props.sources.length === 0 ? (
        <Text>{emptyText}</Text>
      ) : (
        <ul className={styles.list} aria-label="Sheets, tables and files">
          {entries.map((entry) =>
            entry.type === "group" ? (
              <SourceGroupItem
                key={`group:${entry.group.format}`}
                group={entry.group}
                selectedIds={props.selectedIds}
                mappings={props.mappings}
                disabled={props.busy}
                leftOut={props.leftOut}
                keepSourceIds={props.keepSourceIds}
                onChoose={props.onChoose}
                onKeep={props.onKeep}
              />
            ) : (
              <SourceItem
                key={entry.source.id}
                source={entry.source}
                chosen={props.selectedIds.includes(entry.source.id)}
                mapping={props.mappings[entry.source.id]}
                disabled={props.busy}
                onChoose={(chosen) => props.onChoose(entry.source.id, chosen)}
                onMap={() => {
                  setDialogWanted(true);
                  setMappingId(entry.source.id);
                }}
                savedMappings={
                  entry.source.format === null ? fittingMappings(props.savedMappings, entry.source.headers) : []
                }
                onUseSaved={(saved) => props.onMap(entry.source.id, saved.mapping)}
                leftOut={props.leftOut.find((l) => l.sourceId === entry.source.id)}
                kept={props.keepSourceIds.includes(entry.source.id)}
                onKeep={(kept) => props.onKeep(entry.source.id, kept)}
                tableKind={props.tableKinds?.get(entry.source.id)}
              />
            ),
          )}
        </ul>
      )}
      {dialogWanted && (
        <Suspense fallback={<Busy label="Opening the column mapping…" />}>
          <ColumnMappingDialog
            subject={
              mappingSource
                ? {
                    sourceName: mappingSource.name,
                    headers: mappingSource.headers,
                    initial: props.mappings[mappingSource.id],
                  }
                : null
            }
            savedMappings={props.savedMappings}
            onClose={() => setMappingId(null)}
            onSave={(mapping, name) => {
              if (mappingSource) props.onMap(mappingSource.id, mapping, name);
              setMappingId(null);
            }}
          />
        </Suspense>
      )}
    </Section>
  );
}
