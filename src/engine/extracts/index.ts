/**
 * Reading extracts: recognise a format from its header row, then read rows into
 * the columnar crime table, setting aside (and reporting) rows that cannot be read.
 *
 * CONTRACT (implementation in progress): the signatures below are what the rest
 * of the code relies on.
 */
import type { CrimeTable } from "./crimeTable";
import type { Cell, ColumnMapping, Detection, NotAnExtract, SetAside, SourceSummary } from "./types";

export interface DuplicateCrimeIds {
  count: number;
  examples: { source: string; row: number; crimeId: string }[];
}

export interface ReadResult {
  table: CrimeTable;
  sources: SourceSummary[];
  setAside: SetAside[];
  duplicateCrimeIds: DuplicateCrimeIds;
}

export interface Grid {
  name: string;
  kind: "sheet" | "file";
  rows: Cell[][];
}

export type { CrimeTable } from "./crimeTable";
export * from "./types";
