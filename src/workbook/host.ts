/**
 * What the task pane needs from wherever it runs: Excel (Office.js adapter in
 * src/workbook/office) or a file opened in the browser (src/taskpane/fileMode).
 * Components receive a host as a prop, so tests pass a fake.
 */
import type { AssessmentSettings } from "../engine/assessment/settings";
import type { ColumnMapping, ExtractFormat, SavedMapping } from "../engine/extracts/types";

/** A sheet, table or file that may hold an extract. */
export interface DiscoveredSource {
  /** Stable id: the sheet name, "Sheet!Table", or the file name. */
  id: string;
  name: string;
  kind: "sheet" | "table" | "file";
  /** Null when the header row is not one the engine recognises. */
  format: ExtractFormat | null;
  /** Data rows below the header. */
  rows: number;
  /** "2024-01" style, when known from the first rows; null otherwise. */
  firstMonth: string | null;
  lastMonth: string | null;
  /** Districts and forces seen in the rows scanned. */
  districts: string[];
  forces: string[];
  /** For a source that is not an extract: the headers found, to offer a column mapping. */
  headers: string[];
  /** Why it is not an extract, when format is null. */
  problem?: string;
}

/** Settings saved with the workbook: what a refresh next year repeats. */
export interface SavedSettings {
  version: 1;
  sourceIds: string[];
  settings: AssessmentSettings;
  mappings: Record<string, ColumnMapping>;
  /**
   * Column mappings saved by name, offered again for any table with their columns
   * (the mapping dialog's "Use a saved mapping"). Absent in settings saved before them.
   */
  savedMappings?: SavedMapping[];
  /** The sheet or table used as the population table for rates per 1,000, when one was chosen. */
  populationSourceId?: string;
  /** The add-in's own sheets, in order, by their key. */
  sheets: { key: string; name: string }[];
}

export type Stage = "reading" | "computing" | "writing";

export interface Progress {
  stage: Stage;
  /** 0 to 1 across the whole run. */
  fraction: number;
  message: string;
}

export interface RunRequest {
  sourceIds: string[];
  settings: AssessmentSettings;
  mappings: Record<string, ColumnMapping>;
  /**
   * A discovered source (not an extract) to read as the population table for rates
   * per 1,000 residents; the host puts it in settings.population before assessing.
   */
  populationSourceId?: string;
  onProgress: (progress: Progress) => void;
  signal: AbortSignal;
  /**
   * Excel only: when one of the add-in's sheet names is already used by a sheet
   * the user made, "stop" (the default) explains and writes nothing; "suffix"
   * writes beside it as "Summary (2)" and remembers that name for refresh.
   */
  sheetNameClash?: "stop" | "suffix";
}

export interface Finding {
  text: string;
  /** The sheet that holds the figures behind the sentence. */
  sheetName: string;
}

export interface RunResult {
  findings: Finding[];
  sheetNames: string[];
  /** File mode only: the new assessment workbook to download. */
  download?: { fileName: string; data: Uint8Array };
}

export interface AssessmentHost {
  mode: "excel" | "file";
  /** Lists the sheets, tables or files that may be extracts. */
  discover(): Promise<DiscoveredSource[]>;
  /** Districts (areas) found across the chosen sources, for the area picker. */
  listAreas(sourceIds: string[], mappings: Record<string, ColumnMapping>): Promise<string[]>;
  loadSavedSettings(): Promise<SavedSettings | null>;
  run(request: RunRequest): Promise<RunResult>;
  /** Excel only: activate a sheet (for the links in Results). */
  goToSheet?(sheetName: string): Promise<void>;
}
