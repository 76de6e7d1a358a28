/**
 * Reading extracts: recognise a format from its header row, then read rows into
 * the columnar crime table, setting aside (and reporting) rows that cannot be read.
 */
import type { CrimeTable } from "./crimeTable";
import type { Cell, SetAside, SourceSummary, UnrecognisedFlagValues } from "./types";

export interface DuplicateCrimeIds {
  count: number;
  examples: { source: string; row: number; crimeId: string }[];
}

export interface ReadResult {
  table: CrimeTable;
  sources: SourceSummary[];
  setAside: SetAside[];
  duplicateCrimeIds: DuplicateCrimeIds;
  /**
   * What reading decided, for the data-quality page: sources counted once or
   * left out as copies, rows dated out of range. (Always given by the readers;
   * optional only so that results made by hand, in tests, need not.)
   */
  notes?: string[];
  /** The same decisions, and repeated Crime IDs above 1% of crimes, said briefly for the first page. */
  warnings?: string[];
  /** Flag columns holding values that are not flag spellings (those rows are set aside). Absent when none. */
  unrecognisedFlags?: UnrecognisedFlagValues[];
}

export interface Grid {
  name: string;
  kind: "sheet" | "file";
  rows: Cell[][];
}

export type { CrimeTable } from "./crimeTable";
export * from "./types";

export { columnsRead, detectExtract, isDetection, HEADER_SCAN_ROWS } from "./detect";
export { ExtractReader } from "./extractReader";
export { readGrids } from "./readGrids";
export { CsvExtractReader } from "./csv/csvExtractReader";
export { notAnExtractError } from "./notAnExtract";
export { POLICE_UK_CRIME_TYPES, ANTI_SOCIAL_BEHAVIOUR, canonicalCrimeType } from "./crimeTypes";
export type { PoliceUkCrimeType } from "./crimeTypes";
export { districtOfLsoaName } from "./district";
export { SET_ASIDE } from "./setAsideReasons";
export { FORCE_NOT_STATED } from "./readingSession";
export type { ExtractReadOptions } from "./readingSession";
export { isExcelErrorText } from "./fieldReaders";
export { parseTargetsCsv, periodLabel, TARGET_COLUMNS } from "./targetsCsv";
export { mappingProblems, parseMapOption, parseMappingCsv, MAPPING_FIELD_NAMES } from "./mappingText";
export { parsePrioritiesCsv, PRIORITY_COLUMNS } from "./prioritiesCsv";
