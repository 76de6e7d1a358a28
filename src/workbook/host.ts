/**
 * What the task pane needs from wherever it runs: Excel (Office.js adapter in
 * src/workbook/office) or a file opened in the browser (src/taskpane/fileMode).
 * Components receive a host as a prop, so tests pass a fake.
 */
import type { DataDescription } from "../engine/assessment/dataDescription";
import type { AssessmentSettings } from "../engine/assessment/settings";
import type { ColumnMapping, ExtractFormat, SavedMapping } from "../engine/extracts/types";
import type { BasisDecision } from "../engine/measures/basis";

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
  /**
   * Every month with rows, "2024-01" style, when the whole source was read (file mode).
   * Absent when only its first and last rows were seen (Excel): then only the span is known.
   */
  months?: string[];
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
  /** The sheet or table used as the harm weights table, when one was chosen. */
  weightsSourceId?: string;
  /** Sources counted even though they look like a copy of another (the engine's keepSources). */
  keepSourceIds?: string[];
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
  /**
   * A discovered source (not an extract) to read as the harm weights table (a category
   * or offence code column and a weight column); the host reads it with the engine's
   * weightsFromRows and puts it in settings.weights before assessing.
   */
  weightsSourceId?: string;
  /**
   * Sources to count even when they look like a copy or filtered part of another;
   * the host passes their names to the engine's `keepSources`.
   */
  keepSourceIds?: string[];
  /**
   * Column mappings saved by name, kept with the settings (Excel: in the workbook) so that a
   * refresh offers them again for any table with their columns. Absent when there are none.
   */
  savedMappings?: SavedMapping[];
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

/** Page 1 of the assessment, as the Summary sheet shows it. */
export interface RunSummary {
  /** "Strategic assessment: Middlesbrough, 2025" */
  title: string;
  /** "Produced 15 January 2026", when the run gave the date. */
  produced: string | null;
  /** What the data is and the region: "police.uk street-level crime, Jan 2024 to Dec 2025; region: Cleveland Police" */
  data: string;
  /** Coverage warnings, most important first ("Read this first" on the sheet). */
  warnings: string[];
  /** The 3 to 6 short sentences, each with the sheet that shows its figures. */
  sentences: Finding[];
}

/** A chosen source the run did not count, and why. */
export interface LeftOutSource {
  sourceId: string;
  /** The engine's reason, naming the other source: 'Copy or filtered part of "street.csv" (left out)'. */
  reason: string;
  /**
   * "copy": most of its Crime IDs are in another source, so it was left out; the user may
   * keep it (RunRequest.keepSourceIds). "same": the same rows as another source, counted once.
   */
  kind: "copy" | "same";
}

export interface RunResult {
  /** Page 1: title, warnings and the short sentences. */
  summary: RunSummary;
  /** The longer findings, for the sheets behind page 1. */
  findings: Finding[];
  /** The period basis used, and on "auto" why (the months each basis compares). */
  basis: BasisDecision;
  /** Chosen sources left out as copies of another, or counted once as the same rows. */
  leftOut: LeftOutSource[];
  sheetNames: string[];
  /** File mode only: the new assessment workbook to download. */
  download?: { fileName: string; data: Uint8Array };
}

export interface AssessmentHost {
  mode: "excel" | "file";
  /** Lists the sheets, tables or files that may be extracts. */
  discover(): Promise<DiscoveredSource[]>;
  /** Districts (areas) found across the chosen sources, for the area picker. */
  listAreas(sourceIds: string[], mappings: Record<string, ColumnMapping>, keepSourceIds?: string[]): Promise<string[]>;
  /**
   * What the chosen sources hold: the areas (as listAreas), and the categories, offence
   * groups, subgroups, codes and flags a priority's rules can name (the engine's describeData).
   */
  describeData(
    sourceIds: string[],
    mappings: Record<string, ColumnMapping>,
    keepSourceIds?: string[],
  ): Promise<DataDescription>;
  loadSavedSettings(): Promise<SavedSettings | null>;
  run(request: RunRequest): Promise<RunResult>;
  /** Excel only: activate a sheet (for the links in Results). */
  goToSheet?(sheetName: string): Promise<void>;
}
