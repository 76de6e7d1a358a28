/** What a worksheet or a parsed CSV gives the engine: a 2-D array of cells. */
export type Cell = string | number | boolean | Date | null | undefined;

/** The formats the engine recognises. */
export type ExtractFormat = "police-uk" | "home-office-csp" | "mapped";

/** The fields the engine reads from an extract. */
export type CrimeField =
  | "crimeId"
  | "month"
  | "force"
  | "lsoaName"
  | "crimeType"
  | "financialYear"
  | "financialQuarter"
  | "area"
  | "category"
  | "count"
  | "date";

/** Where each field sits in a source, found from its header row. */
export interface Detection {
  format: ExtractFormat;
  /** 0-based index of the header row within the rows scanned. */
  headerRowIndex: number;
  /** 0-based column index of each field the format needs (and optional ones found). */
  columns: Partial<Record<CrimeField, number>>;
  /** The header cells as written. */
  headers: string[];
}

/** A sheet or file that is not an extract, with what was expected and found. */
export interface NotAnExtract {
  format: null;
  expected: string[];
  found: string[];
  /**
   * 1-based row of a header row found below the rows searched (HEADER_SCAN_ROWS),
   * so that the message can say where it is. Absent when there is none.
   */
  headerRow?: number;
  /** Two columns (0-based) of the header row (1-based `row`) with the same header, which a field is read from. */
  duplicate?: { header: string; columns: [number, number]; row: number };
}

/** A user's one-off mapping of a table's columns to the fields the engine needs. */
export interface ColumnMapping {
  date: string;
  area: string;
  category: string;
  count?: string;
  force?: string;
}

/** One read source, for the method and data-quality page. */
export interface SourceSummary {
  name: string;
  kind: "sheet" | "file";
  format: ExtractFormat;
  rowsRead: number;
  rowsKept: number;
  firstMonth: number | null;
  lastMonth: number | null;
  /**
   * True for quarterly counts (Home Office tables): each row sits at the first
   * month of its financial quarter and its count covers the whole quarter.
   * Absent for monthly sources. (Added after the first contract; optional.)
   */
  quarterly?: boolean;
  /**
   * Rows set aside, by reason, in the order first met: rowsRead = rowsKept + the
   * sum of these counts. Always given by the readers (optional only so that
   * summaries made by hand, in tests, need not list them).
   */
  setAside?: { reason: string; count: number }[];
  /** Why the whole source was left out (the same rows as, or a copy of, another source), when it was. */
  leftOut?: string;
  /**
   * A CSV file with values that were not valid UTF-8, read as Windows-1252 (as
   * Excel's "CSV (Comma delimited)" saves them). Absent for UTF-8 files and sheets.
   */
  encoding?: "windows-1252";
  /** A CSV file separated by semicolons or tabs. Absent for commas and sheets. */
  delimiter?: "semicolon" | "tab";
}

/** Rows not counted, grouped by reason, with the first row numbers as examples. */
export interface SetAside {
  reason: string;
  count: number;
  examples: { source: string; row: number }[];
}
