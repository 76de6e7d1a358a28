/** The task pane: Data, Settings, Generate/Refresh and Results, over one AssessmentHost. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { PriorityDefinition } from "../../engine/assessment/settings";
import type { AssessmentHost, DiscoveredSource } from "../../workbook/host";
import { DataPanel } from "../Data/DataPanel";
import { ResultsPanel } from "../Results/ResultsPanel";
import { downloadWorkbook } from "../Results/downloadWorkbook";
import { whatIsMissing } from "../Run/readiness";
import { RunPanel } from "../Run/RunPanel";
import { isSheetNameClash } from "../Run/sheetNameClash";
import { useRun } from "../Run/useRun";
import { categoriesFor, categoriesWith } from "../Settings/categories";
import { usePriorityProblems } from "../Settings/usePriorityProblems";
import { peersOffered } from "../Settings/peers";
import { populationSources } from "../Settings/populationSources";
import { SettingsPanel } from "../Settings/SettingsPanel";
import { weightsSources } from "../Settings/weightsSources";
import { canOpenFiles } from "../fileMode/canOpenFiles";
import { ErrorNotice } from "./notices";
import { usePaneState } from "./usePaneState";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    paddingInline: tokens.spacingHorizontalL,
    paddingBlockEnd: tokens.spacingVerticalXXL,
    maxWidth: "40rem",
  },
  header: { paddingBlockStart: tokens.spacingVerticalL },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  errors: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

const NO_PRIORITIES: PriorityDefinition[] = [];

function offeredId(offered: DiscoveredSource[], id: string | null): string | null {
  return offered.some((s) => s.id === id) ? id : null;
}

export function Pane({ host }: { host: AssessmentHost }) {
  const styles = useStyles();
  const [state, actions] = usePaneState(host);
  const run = useRun(host);
  const busy = run.status === "running" || run.status === "cancelling";
  const [writeBeside, setWriteBeside] = useState(false);

  const populationOffered = useMemo(() => populationSources(state.sources), [state.sources]);
  const weightsOffered = useMemo(() => weightsSources(state.sources), [state.sources]);
  const tableKinds = useMemo(
    () =>
      new Map([
        ...populationOffered.map((s) => [s.id, "Population table"] as const),
        ...weightsOffered.map((s) => [s.id, "Harm weights table"] as const),
      ]),
    [populationOffered, weightsOffered],
  );
  // A saved choice counts only while that source is still there (and still offered).
  const populationSourceId = offeredId(populationOffered, state.populationSourceId);
  const weightsSourceId = offeredId(weightsOffered, state.weightsSourceId);
  // The population and weights tables are read as such, never counted as crime data too.
  const chosen = state.sources.filter(
    (s) =>
      state.selectedIds.includes(s.id) &&
      (s.format !== null || state.mappings[s.id]) &&
      s.id !== populationSourceId &&
      s.id !== weightsSourceId,
  );
  const categories = useMemo(
    () => categoriesWith(categoriesFor(chosen.map((s) => s.format)), state.data?.categories ?? []),
    [chosen, state.data],
  );
  const priorityProblems = usePriorityProblems(state.settings.priorities ?? NO_PRIORITIES, state.data);
  const latestMonth = chosen.reduce<string | null>(
    (latest, s) => (s.lastMonth && (!latest || s.lastMonth > latest) ? s.lastMonth : latest),
    null,
  );
  const missing = whatIsMissing({
    chosenSources: chosen.length,
    areas: state.areas,
    areasLoading: state.areasLoading,
    settings: state.settings,
    priorityProblems,
    places: state.data?.places === true,
    harmScored: weightsSourceId !== null,
    hasPopulation: populationSourceId !== null,
  });
  const error = run.status === "failed" ? run.error : state.error;

  const generate = (besideUserSheets = writeBeside) => {
    actions.setError(null);
    const ids = chosen.map((s) => s.id);
    const mappings = Object.fromEntries(ids.filter((id) => state.mappings[id]).map((id) => [id, state.mappings[id]]));
    const keepSourceIds = state.keepSourceIds.filter((id) => ids.includes(id));
    const sheetNameClash = host.mode === "excel" ? (besideUserSheets ? "suffix" : "stop") : undefined;
    void run.start({
      sourceIds: ids,
      // The engine reads no clock: the date shown on the Summary is today's, passed in.
      settings: { ...state.settings, producedOn: new Date().toISOString().slice(0, 10) },
      mappings,
      ...(populationSourceId && { populationSourceId }),
      ...(weightsSourceId && { weightsSourceId }),
      ...(keepSourceIds.length > 0 && { keepSourceIds }),
      ...(state.savedMappings.length > 0 && { savedMappings: state.savedMappings }),
      ...(sheetNameClash && { sheetNameClash }),
    });
  };
  const clashAction =
    run.status === "failed" && host.mode === "excel" && isSheetNameClash(run.error)
      ? {
          label: "Write beside my sheet",
          onClick: () => {
            setWriteBeside(true);
            generate(true);
          },
        }
      : undefined;

  const openFiles = canOpenFiles(host)
    ? (files: File[]) => {
        actions.setError(null);
        host.openFiles(files).then(actions.rediscover, actions.setError);
      }
    : undefined;

  const download = run.result?.download;
  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        <h1 className={styles.title}>Strategic Assessment</h1>
        <Text size={200}>
          {host.mode === "excel"
            ? "Builds the assessment sheets in this workbook from the police extracts in it."
            : "Reads a police extract on this computer and builds a new assessment workbook. Nothing is uploaded."}
        </Text>
      </header>
      {error ? (
        <div className={styles.errors}>
          <ErrorNotice
            error={error}
            action={clashAction}
            onDismiss={() => {
              actions.setError(null);
              if (run.status === "failed") run.dismiss();
            }}
          />
        </div>
      ) : null}
      <DataPanel
        mode={host.mode}
        loading={state.loading}
        busy={busy}
        sources={state.sources}
        selectedIds={state.selectedIds}
        mappings={state.mappings}
        savedMappings={state.savedMappings}
        leftOut={run.last?.leftOut ?? []}
        keepSourceIds={state.keepSourceIds}
        onChoose={actions.setSelected}
        onKeep={actions.setKept}
        onMap={actions.setMapping}
        onRediscover={() => void actions.rediscover()}
        onOpenFiles={openFiles}
        tableKinds={tableKinds}
      />
      <SettingsPanel
        settings={state.settings}
        areas={state.areas}
        areasLoading={state.areasLoading}
        categories={categories}
        data={state.data}
        latestMonth={latestMonth}
        disabled={busy}
        onChange={actions.setSettings}
        populationSources={populationOffered}
        populationSourceId={populationSourceId}
        onPopulationChange={actions.setPopulationSource}
        weightsSources={weightsOffered}
        weightsSourceId={weightsSourceId}
        onWeightsChange={actions.setWeightsSource}
        offerPeers={peersOffered(state.data, chosen, state.settings.peers ?? [])}
        lastBasis={run.last?.basis ?? null}
      />
      <RunPanel
        mode={host.mode}
        refresh={state.saved !== null}
        status={run.status}
        progress={run.progress}
        missing={missing}
        writeBeside={writeBeside}
        onWriteBesideChange={setWriteBeside}
        onGenerate={() => generate()}
        onCancel={run.cancel}
      />
      {run.status === "done" && run.result && (
        <ResultsPanel
          result={run.result}
          goToSheet={host.goToSheet ? (sheet) => void host.goToSheet!(sheet).catch(actions.setError) : undefined}
          onDownload={download ? () => downloadWorkbook(download.fileName, download.data) : undefined}
        />
      )}
    </main>
  );
}
