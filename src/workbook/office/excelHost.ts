/**
 * The task pane's view of Excel (AssessmentHost): discover sources, list areas,
 * load saved settings, run (read -> assess -> plan -> write) and jump to a sheet.
 * Measures and layout stay in the engine and the report plan; this only wires them.
 */
import { assess } from "../../engine/assessment/assess";
import { describeData } from "../../engine/assessment/dataDescription";
import { areaChoices } from "../../engine/measures/area";
import { buildReportPlan } from "../../report/buildReportPlan";
import type { ColumnMapping } from "../../engine/extracts";
import type { AssessmentHost, Progress, RunRequest, RunResult, SavedSettings, Stage } from "../host";
import { describeRun } from "../runResult";
import { discoverSources } from "./discover";
import type { NameClashPolicy } from "./plan/placement";
import { writeReportPlan } from "./plan/writeReportPlan";
import { readPopulation, readWeights } from "./readPopulation";
import { readSources } from "./readSources";
import { throwIfCancelled, type OfficeRuntime } from "./runtime";
import { parseSavedSettings, SETTINGS_KEY } from "./savedSettings";

/** How the run's time is split across the progress bar. */
const STAGE_SPAN: Record<Stage, [number, number]> = { reading: [0, 0.6], computing: [0.6, 0.7], writing: [0.7, 1] };

function reporter(onProgress: (progress: Progress) => void) {
  return (stage: Stage) => (fraction: number, message: string) => {
    const [from, to] = STAGE_SPAN[stage];
    onProgress({ stage, fraction: from + (to - from) * fraction, message });
  };
}

/**
 * A run request may also say what to do when an assessment sheet name is already
 * the user's (see NameClashPolicy); without it the run stops and explains.
 */
export type ExcelRunRequest = RunRequest & { sheetNameClash?: NameClashPolicy };

async function runAssessment(runtime: OfficeRuntime, request: ExcelRunRequest): Promise<RunResult> {
  const { sourceIds, settings, mappings, signal, populationSourceId, weightsSourceId, keepSourceIds, savedMappings } =
    request;
  const progress = reporter(request.onProgress);
  // Small, and read first so that a mistake in it shows before the long read of the extracts.
  const population = populationSourceId ? await readPopulation(runtime, populationSourceId) : undefined;
  const weights = weightsSourceId ? await readWeights(runtime, weightsSourceId) : undefined;
  throwIfCancelled(signal);
  const read = await readSources(runtime, sourceIds, mappings, {
    signal,
    onProgress: progress("reading"),
    keepSourceIds,
  });
  throwIfCancelled(signal);
  progress("computing")(0, "Computing the measures");
  const assessment = assess(read, { ...settings, ...(population && { population }), ...(weights && { weights }) });
  const plan = buildReportPlan(assessment);
  progress("computing")(1, "Laying out the sheets");
  throwIfCancelled(signal);
  const saved: Omit<SavedSettings, "sheets"> = {
    version: 1,
    sourceIds,
    settings,
    mappings,
    ...(populationSourceId && { populationSourceId }),
    ...(weightsSourceId && { weightsSourceId }),
    ...(keepSourceIds?.length && { keepSourceIds }),
    ...(savedMappings?.length && { savedMappings }),
  };
  const written = await writeReportPlan(runtime, plan, {
    signal,
    onProgress: progress("writing"),
    settings: saved,
    nameClash: request.sheetNameClash,
  });
  const sheetOfKey = new Map<string, string>(written.sheets.map((s) => [s.key, s.name]));
  // readSources reads the sources in the order of their ids, one engine source each.
  const names = sourceIds.map((id, i) => ({ id, name: read.sources[i]?.name ?? id }));
  return {
    ...describeRun(assessment, names, (key) => sheetOfKey.get(key) ?? written.sheets[0].name),
    sheetNames: written.sheets.map((s) => s.name),
  };
}

export function createExcelHostWith(runtime: OfficeRuntime): AssessmentHost {
  return {
    mode: "excel",
    discover: () => discoverSources(runtime),
    async listAreas(sourceIds: string[], mappings: Record<string, ColumnMapping>, keepSourceIds?: string[]) {
      const read = await readSources(runtime, sourceIds, mappings, { keepSourceIds });
      return areaChoices(read);
    },
    async describeData(sourceIds: string[], mappings: Record<string, ColumnMapping>, keepSourceIds?: string[]) {
      return describeData(await readSources(runtime, sourceIds, mappings, { keepSourceIds }));
    },
    loadSavedSettings: () =>
      runtime.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
        await context.sync();
        return setting.isNullObject ? null : parseSavedSettings(setting.value);
      }),
    run: (request: ExcelRunRequest) => runAssessment(runtime, request),
    goToSheet: (sheetName: string) =>
      runtime.run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).activate();
        await context.sync();
      }),
  };
}
