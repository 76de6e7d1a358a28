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
  | "date"
  /** A mapped table's year and month-of-year columns (used together, in place of a date column). */
  | "year"
  | "monthOfYear"
  /** Home Office offence subgroup and offence code (or a mapped table's). */
  | "subgroup"
  | "code"
  /** LSOA code (police.uk `LSOA code`, or a mapped table's column). */
  | "lsoa";

/** Where each field sits in a source, found from its header row. */
export interface Detection {
  format: ExtractFormat;
  /** 0-based index of the header row within the rows scanned. */
  headerRowIndex: number;
  /** 0-based column index of each field the format needs (and optional ones found). */
  columns: Partial<Record<CrimeField, number>>;
  /** The header cells as written. */
  headers: string[];
  /** A mapped table's flag columns: the flag's name, its 0-based column and its header as written. Absent for other formats. */
  flags?: FlagColumn[];
}

export interface FlagColumn {
  name: string;
  column: number;
  header: string;
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
  /**
   * When the closest format is the user's column mapping: the columns it names that
   * the closest row does not have, as the mapping names them.
   */
  missing?: string[];
}

/**
 * A user's mapping of a table's columns (headers, matched in any case) to the
 * fields the engine needs: a date column, or year and month columns; an area; a
 * category; and optionally a count, force, LSOA code and name, offence subgroup, offence
 * code and flag columns.
 */
export interface ColumnMapping {
  /** A date or month column: date cells, date-times, serials, "31/03/2024", "2024-03-31", "Mar-24", "March 2024". */
  date?: string;
  /** In place of `date`: a calendar year column (2024) and a month column (1-12, "Mar", "March"). */
  year?: string;
  month?: string;
  area: string;
  category: string;
  /** Crimes on the row; each row is one crime or incident without it. */
  count?: string;
  force?: string;
  lsoa?: string;
  /** The LSOA's name (e.g. "Middlesbrough 001A"), shown beside its code in the top places; needs `lsoa`. */
  lsoaName?: string;
  subgroup?: string;
  code?: string;
  /** Flag name -> its column: Y/N, Yes/No, 1/0, TRUE/FALSE, or a mark against blanks. */
  flags?: Record<string, string>;
}

/** A column mapping kept by name, so that a refresh (or the next run) reads the same table the same way. */
export interface SavedMapping {
  name: string;
  mapping: ColumnMapping;
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
  /** The flags a mapped table carries (by name): rows of other sources never have them. Absent when none. */
  flags?: string[];
}

/** Rows not counted, grouped by reason, with the first row numbers as examples. */
export interface SetAside {
  reason: string;
  count: number;
  examples: { source: string; row: number }[];
}

/** A flag column's values that are not a flag spelling, with their rows (set aside). */
export interface UnrecognisedFlagValues {
  source: string;
  /** The flag's name and its column's header. */
  flag: string;
  column: string;
  /** Each value as first written, with the rows holding it and the first of their row numbers. */
  values: { value: string; count: number; rows: number[] }[];
}
