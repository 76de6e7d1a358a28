/**
 * File mode's engine, as the worker runs it: holds the grids read from the user's files
 * and answers the AssessmentHost questions with the same engine the add-in and CLI use.
 * Kept free of worker messaging so it can be tested directly.
 */
import { assess } from "../../engine/assessment/assess";
import type { AssessmentSettings } from "../../engine/assessment/settings";
import { AssessmentError } from "../../engine/errors";
import { readGrids, type ColumnMapping, type Grid, type ReadResult } from "../../engine/extracts";
import { buildReportPlan } from "../../report/buildReportPlan";
import type { DiscoveredSource, Progress, RunResult } from "../../workbook/host";
import { writeAssessmentXlsx } from "../../workbook/xlsx";
import { describeGrid } from "./describeGrid";

export interface SessionRunRequest {
  sourceIds: string[];
  settings: AssessmentSettings;
  mappings: Record<string, ColumnMapping>;
}

/** Thrown when the page cancels; the pane reads the name, as for an aborted fetch. */
export class Cancelled extends Error {
  override readonly name = "AbortError";
  constructor() {
    super("Cancelled");
  }
}

/** Lets messages (such as a cancel) in between the stages of a long run. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function assessmentFileName(area: string): string {
  const safe = area
    .replace(/[\\/:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return `Strategic assessment - ${safe || "area"}.xlsx`;
}

export class EngineSession {
  private grids: Grid[] = [];
  private sources: DiscoveredSource[] = [];
  /** The last read, reused when Generate follows the area list on the same choice. */
  private lastRead: { key: string; result: ReadResult } | null = null;

  /** Adds grids; one with the same name as an earlier one replaces it (a file opened again). */
  add(grids: Grid[]): void {
    const names = new Set(grids.map((g) => g.name));
    this.grids = [...this.grids.filter((g) => !names.has(g.name)), ...grids];
    this.sources = [...this.sources.filter((s) => !names.has(s.id)), ...grids.map(describeGrid)];
    this.lastRead = null;
  }

  discover(): DiscoveredSource[] {
    return this.sources;
  }

  listAreas(sourceIds: string[], mappings: Record<string, ColumnMapping>): string[] {
    return [...this.read(sourceIds, mappings).table.districts].sort((a, b) => a.localeCompare(b));
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
    await step({ stage: "reading", fraction: 0.05, message: "Reading the extracts" });
    const read = this.read(request.sourceIds, request.mappings);
    await step({ stage: "computing", fraction: 0.35, message: "Computing the figures" });
    const assessment = assess(read, request.settings);
    const plan = buildReportPlan(assessment);
    await step({ stage: "writing", fraction: 0.6, message: "Writing the assessment workbook" });
    const data = await writeAssessmentXlsx(plan);
    await step({ stage: "writing", fraction: 1, message: "Done" });
    const sheetName = (key: string) => plan.sheets.find((s) => s.key === key)?.name ?? plan.sheets[0].name;
    return {
      findings: assessment.findings.map((f) => ({ text: f.text, sheetName: sheetName(f.sheetKey) })),
      sheetNames: plan.sheets.map((s) => s.name),
      download: { fileName: assessmentFileName(assessment.area), data },
    };
  }

  private read(sourceIds: string[], mappings: Record<string, ColumnMapping>): ReadResult {
    const chosen = sourceIds.map((id) => {
      const grid = this.grids.find((g) => g.name === id);
      if (!grid) {
        throw new AssessmentError(`The file "${id}" is no longer open.`, "Open it again with Open workbook or CSV.", {
          source: id,
        });
      }
      return grid;
    });
    if (chosen.length === 0) {
      throw new AssessmentError("No extract is chosen.", "Open a police.uk CSV or a workbook, and tick it under Data.");
    }
    const key = JSON.stringify([sourceIds, sourceIds.map((id) => mappings[id] ?? null)]);
    if (this.lastRead?.key !== key) this.lastRead = { key, result: readGrids(chosen, mappings) };
    return this.lastRead.result;
  }
}
