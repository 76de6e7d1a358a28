/** A fake AssessmentHost for component tests: scripted answers, recorded calls, a run the test finishes. */
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
  saved: SavedSettings | null = null;
  runs: RunRequest[] = [];
  listAreasCalls: { sourceIds: string[]; mappings: Record<string, ColumnMapping> }[] = [];
  goToSheet = jest.fn<Promise<void>, [string]>(async () => undefined);
  private finishRun: ((result: RunResult) => void) | null = null;
  private failRun: ((error: unknown) => void) | null = null;

  async discover() {
    return this.sources;
  }
  async listAreas(sourceIds: string[], mappings: Record<string, ColumnMapping>) {
    this.listAreasCalls.push({ sourceIds, mappings });
    return this.areas;
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
  findings: [
    { text: "All crime in Knowsley fell by 14% in 2024/25 compared with 2023/24.", sheetName: "Summary" },
    { text: "Knowsley had 10.0% of all recorded crime in Merseyside Police.", sheetName: "Share of region" },
  ],
  sheetNames: ["Summary", "Trends", "Share of region", "Monthly", "Data quality & method"],
};
