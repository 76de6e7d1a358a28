/**
 * File mode's engine, as the worker runs it: holds the sources opened from the
 * user's files (a CSV as its File, a workbook's sheets as grids) and answers the
 * AssessmentHost questions with the same engine the add-in and CLI use.
 * Kept free of worker messaging so it can be tested directly.
 */
import { assess } from "../../engine/assessment/assess";
import { describeData, type DataDescription } from "../../engine/assessment/dataDescription";
import { weightsFromRows } from "../../engine/assessment/harmWeights";
import { populationFromRows } from "../../engine/assessment/population";
import type { AssessmentSettings } from "../../engine/assessment/settings";
import { AssessmentError } from "../../engine/errors";
import { areaChoices } from "../../engine/measures/area";
import type { ColumnMapping, ReadResult } from "../../engine/extracts";
import { buildReportPlan } from "../../report/buildReportPlan";
import type { DiscoveredSource, Progress, RunResult } from "../../workbook/host";
import { describeRun } from "../../workbook/runResult";
import { writeAssessmentXlsx } from "../../workbook/xlsx";
import { CHUNK_BYTES } from "./blobChunks";
import { Cancelled } from "./cancelled";
import type { FileSource, OpenedSource } from "./fileSource";
import { openFile } from "./openFile";
import type { OpenedFile } from "./protocol";
import { readSources, type ReadSourcesOptions } from "./readSources";

export { Cancelled } from "./cancelled";

export interface SessionRunRequest {
  sourceIds: string[];
  settings: AssessmentSettings;
  mappings: Record<string, ColumnMapping>;
  /** An opened sheet or CSV to read as the population table for rates per 1,000. */
  populationSourceId?: string;
  /** An opened sheet or CSV to read as the harm weights table. */
  weightsSourceId?: string;
  /** Opened sources to count even when they look like a copy of another. */
  keepSourceIds?: string[];
}

/** Lets messages (such as a cancel) in between the stages of a long run. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const READ_ONLY: ReadSourcesOptions = { isCancelled: () => false, onFraction: () => undefined };

export function assessmentFileName(area: string): string {
  const safe = area
    .replace(/[\\/:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return `Strategic assessment - ${safe || "area"}.xlsx`;
}

/** What a read depends on: the sources, their mappings and which of them are kept even when copies. */
function readKey(sourceIds: string[], mappings: Record<string, ColumnMapping>, keepSourceIds: string[]): string {
  const kept = sourceIds.filter((id) => keepSourceIds.includes(id));
  return JSON.stringify([sourceIds, sourceIds.map((id) => mappings[id] ?? null), kept]);
}

export class EngineSession {
  private sources: FileSource[] = [];
  /**
   * The last read, reused when Generate follows the area list on the same choice. A
   * promise, so that a second call for the same choice waits for the read under way.
   */
  private lastRead: { key: string; result: Promise<ReadResult> } | null = null;

  /** `chunkBytes`: how much of a CSV is read at a time (tests use a few bytes). */
  constructor(private readonly chunkBytes = CHUNK_BYTES) {}

  /** Reads and adds a file the user opened. */
  async open(file: OpenedFile): Promise<void> {
    this.add(await openFile(file, this.chunkBytes));
  }

  /** A source with the same id as an earlier one replaces it (a file opened again). */
  add(opened: OpenedSource[]): void {
    const ids = new Set(opened.map((o) => o.source.description.id));
    this.sources = [...this.sources.filter((s) => !ids.has(s.description.id)), ...opened.map((o) => o.source)];
    // One extract opened alone is chosen alone at first: the read that described it is that choice's read.
    const only = opened.length === 1 ? opened[0] : null;
    this.lastRead = only?.read
      ? { key: readKey([only.source.description.id], {}, []), result: Promise.resolve(only.read) }
      : null;
  }

  discover(): DiscoveredSource[] {
    return this.sources.map((s) => s.description);
  }

  async listAreas(
    sourceIds: string[],
    mappings: Record<string, ColumnMapping>,
    keepSourceIds: string[] = [],
  ): Promise<string[]> {
    const read = await this.read(sourceIds, mappings, READ_ONLY, keepSourceIds);
    return areaChoices(read);
  }

  /** What the chosen sources hold (areas, categories, groups, subgroups, codes, flags), from the same read as a run. */
  async describeData(
    sourceIds: string[],
    mappings: Record<string, ColumnMapping>,
    keepSourceIds: string[] = [],
  ): Promise<DataDescription> {
    return describeData(await this.read(sourceIds, mappings, READ_ONLY, keepSourceIds));
  }

  async run(
    request: SessionRunRequest,
    onProgress: (progress: Progress) => void,
    isCancelled: () => boolean,
  ): Promise<RunResult> {
    const step = async (progress: Progress) => {
      onProgress(progress);
      await breathe();
      if (isCancelled()) throw new Cancelled();
    };
    const message = "Reading the extracts";
    await step({ stage: "reading", fraction: 0.05, message });
    // Small, and read first so that a mistake in it shows before the long read of the extracts.
    const population = request.populationSourceId ? await this.population(request.populationSourceId) : undefined;
    const weights = request.weightsSourceId ? await this.weights(request.weightsSourceId) : undefined;
    const read = await this.read(
      request.sourceIds,
      request.mappings,
      {
        isCancelled,
        onFraction: (done) => onProgress({ stage: "reading", fraction: 0.05 + 0.3 * done, message }),
      },
      request.keepSourceIds,
    );
    await step({ stage: "computing", fraction: 0.35, message: "Computing the figures" });
    const assessment = assess(read, {
      ...request.settings,
      ...(population && { population }),
      ...(weights && { weights }),
    });
    const plan = buildReportPlan(assessment);
    await step({ stage: "writing", fraction: 0.6, message: "Writing the assessment workbook" });
    const data = await writeAssessmentXlsx(plan);
    await step({ stage: "writing", fraction: 1, message: "Done" });
    const sheetName = (key: string) => plan.sheets.find((s) => s.key === key)?.name ?? plan.sheets[0].name;
    const names = this.find(request.sourceIds).map((s) => ({ id: s.description.id, name: s.description.name }));
    return {
      ...describeRun(assessment, names, sheetName),
      sheetNames: plan.sheets.map((s) => s.name),
      download: { fileName: assessmentFileName(assessment.area), data },
    };
  }

  private async weights(id: string) {
    const [source] = this.find([id]);
    return weightsFromRows(await source.readCells(), source.description.name);
  }

  private async population(id: string) {
    const [source] = this.find([id]);
    return populationFromRows(await source.readCells(), source.description.name);
  }

  private find(sourceIds: string[]): FileSource[] {
    return sourceIds.map((id) => {
      const source = this.sources.find((s) => s.description.id === id);
      if (!source) {
        throw new AssessmentError(`The file "${id}" is no longer open.`, "Open it again with Open workbook or CSV.", {
          source: id,
        });
      }
      return source;
    });
  }

  /** The chosen sources read into one table; exposed for tests. */
  async read(
    sourceIds: string[],
    mappings: Record<string, ColumnMapping>,
    options: ReadSourcesOptions,
    keepSourceIds: string[] = [],
  ): Promise<ReadResult> {
    const chosen = this.find(sourceIds);
    if (chosen.length === 0) {
      throw new AssessmentError("No extract is chosen.", "Open a police.uk CSV or a workbook, and tick it under Data.");
    }
    const key = readKey(sourceIds, mappings, keepSourceIds);
    if (this.lastRead?.key === key) return this.lastRead.result;
    // The engine knows sources by name.
    const keepSources = chosen.filter((s) => keepSourceIds.includes(s.description.id)).map((s) => s.description.name);
    const result = readSources(chosen, mappings, { ...options, keepSources });
    const entry = { key, result };
    this.lastRead = entry;
    // A failed or cancelled read is not kept: the next call reads again.
    result.catch(() => {
      if (this.lastRead === entry) this.lastRead = null;
    });
    return result;
  }
}
