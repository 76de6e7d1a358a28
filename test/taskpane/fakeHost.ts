/** A fake AssessmentHost for component tests: scripted answers, recorded calls, a run the test finishes. */
import type { DataDescription } from "../../src/engine/assessment/dataDescription";
import { POLICE_UK_CRIME_TYPES } from "../../src/engine/extracts/crimeTypes";
import type { ColumnMapping } from "../../src/engine/extracts/types";
import type { AssessmentHost, DiscoveredSource, RunRequest, RunResult, SavedSettings } from "../../src/workbook/host";

export function source(over: Partial<DiscoveredSource> & { id: string }): DiscoveredSource {
  return {
    name: over.id,
    kind: "sheet",
    format: "police-uk",
    rows: 1200,
    firstMonth: "2022-04",
    lastMonth: "2025-03",
    districts: ["Knowsley", "Sefton"],
    forces: ["Merseyside Police"],
    headers: [],
    ...over,
  };
}

export const CRIMES = source({
  id: "Crimes",
  rows: 48213,
  districts: ["Knowsley", "Liverpool", "Sefton", "St. Helens", "Wirral"],
});
export const ASB_LOG = source({
  id: "ASB log",
  format: null,
  rows: 310,
  firstMonth: null,
  lastMonth: null,
  districts: [],
  forces: [],
  headers: ["Ref", "Incident date", "Ward", "Incident type"],
  problem: "This sheet is not a crime extract the assessment can read.",
});

export class FakeHost implements AssessmentHost {
  mode: "excel" | "file" = "excel";
  sources: DiscoveredSource[] = [CRIMES, ASB_LOG];
  areas = ["Knowsley", "Liverpool", "Sefton", "St. Helens", "Wirral"];
  /** What describeData answers beside the areas: police.uk's categories, unless a test says otherwise. */
  data: Omit<DataDescription, "areas"> = {
    formats: ["police-uk"],
    categories: [...POLICE_UK_CRIME_TYPES],
    groups: [],
    subgroups: [],
    codes: [],
    flags: [],
  };
  /** When set, what describeData answers for the chosen sources (in place of `data`). */
  dataFor?: (sourceIds: string[]) => Omit<DataDescription, "areas">;
  saved: SavedSettings | null = null;
  runs: RunRequest[] = [];
  /** The pane's questions about the chosen data (describeData; listAreas is recorded here too). */
  dataCalls: { sourceIds: string[]; mappings: Record<string, ColumnMapping>; keepSourceIds?: string[] }[] = [];
  goToSheet = jest.fn<Promise<void>, [string]>(async () => undefined);
  private finishRun: ((result: RunResult) => void) | null = null;
  private failRun: ((error: unknown) => void) | null = null;

  async discover() {
    return this.sources;
  }
  async listAreas(sourceIds: string[], mappings: Record<string, ColumnMapping>, keepSourceIds?: string[]) {
    this.dataCalls.push({ sourceIds, mappings, ...(keepSourceIds && { keepSourceIds }) });
    return this.areas;
  }
  async describeData(sourceIds: string[], mappings: Record<string, ColumnMapping>, keepSourceIds?: string[]) {
    this.dataCalls.push({ sourceIds, mappings, ...(keepSourceIds && { keepSourceIds }) });
    return { areas: this.areas, ...(this.dataFor?.(sourceIds) ?? this.data) };
  }
  async loadSavedSettings() {
    return this.saved;
  }
  run(request: RunRequest): Promise<RunResult> {
    this.runs.push(request);
    return new Promise((resolve, reject) => {
      this.finishRun = resolve;
      this.failRun = reject;
      // A host rejects with AbortError once it has undone its work.
      request.signal.addEventListener("abort", () => {
        const error = new Error("Cancelled");
        error.name = "AbortError";
        reject(error);
      });
    });
  }

  get lastRun(): RunRequest {
    return this.runs[this.runs.length - 1];
  }
  finish(result: RunResult) {
    this.finishRun?.(result);
  }
  fail(error: unknown) {
    this.failRun?.(error);
  }
}

export const RESULT: RunResult = {
  summary: {
    title: "Strategic assessment: Knowsley, 2024/25",
    produced: "Produced 15 January 2026",
    data: "police.uk street-level crime, Apr 2022 to Mar 2025; region: Merseyside Police",
    warnings: ["Only 3 months can be compared with a year earlier (Jan–Mar 2025 and Jan–Mar 2024)."],
    sentences: [
      { text: "Knowsley recorded 12,345 crimes in 2024/25.", sheetName: "Summary" },
      { text: "Crime fell by 14% in 2024/25 compared with 2023/24, from 14,355 to 12,345.", sheetName: "Summary" },
      {
        text: "Knowsley had the lowest share of recorded crime of the 5 districts in Merseyside Police.",
        sheetName: "Summary",
      },
    ],
  },
  basis: {
    used: "financial",
    how: "automatic",
    monthsCompared: { financial: 12, calendar: 3, rolling12: 12 },
    better: null,
  },
  leftOut: [],
  findings: [
    { text: "All crime in Knowsley fell by 14% in 2024/25 compared with 2023/24.", sheetName: "Summary" },
    { text: "Knowsley had 10.0% of all recorded crime in Merseyside Police.", sheetName: "Share of region" },
  ],
  sheetNames: ["Summary", "Trends", "Share of region", "Monthly", "Data quality & method"],
};
