/**
 * Reading cells (from a worksheet or a parsed file) into the crime table, one
 * source after another. The Office adapter feeds it in chunks; readGrids feeds
 * whole grids.
 */
import { isBlank, isExcelErrorText } from "./fieldReaders";
import { ReadingSession, type ExtractReadOptions } from "./readingSession";
import type { SourcePlan } from "./sourcePlans";
import type { ReadResult } from "./index";
import type { Cell, Detection } from "./types";

export class ExtractReader {
  /** Shared with the CSV byte reader, which feeds the same table. */
  readonly session: ReadingSession;
  private plan: SourcePlan | null = null;
  private values = new Float64Array(8);

  /** `options`: "today" (rows dated after it are set aside) and sources to keep even when they look like copies. */
  constructor(options: ExtractReadOptions = {}) {
    this.session = new ReadingSession(options);
  }

  /** Starts a source; the rows that follow (addRows) belong to it. */
  addSource(name: string, kind: "sheet" | "file", detection: Detection): void {
    this.plan = this.session.startSource(name, kind, detection);
    this.values = new Float64Array(this.plan.columns.length);
  }

  /** The plan of the source being read (what the CSV byte reader follows). */
  currentPlan(): SourcePlan {
    if (!this.plan) throw new Error("addSource must be called first.");
    return this.plan;
  }

  /**
   * Adds data rows (below the header row) of the current source. `firstRowNumber`
   * is the 1-based row number of rows[0] as the user sees it, for messages.
   * Entirely empty rows are not data and are skipped without comment.
   */
  addRows(rows: Cell[][], firstRowNumber: number): void {
    this.addRowRange(rows, 0, rows.length, firstRowNumber);
  }

  /** As addRows, for rows[from..to) without copying the array; rows[from] is row `firstRowNumber`. */
  addRowRange(rows: Cell[][], from: number, to: number, firstRowNumber: number): void {
    const plan = this.plan;
    if (!plan) throw new Error("addSource must be called before addRows.");
    const { columns, readers, crimeIdColumn } = plan;
    const values = this.values;
    const fieldCount = columns.length;
    const duplicates = this.session.duplicates;
    const source = this.session.sourceName;
    this.session.builder.reserve(to - from);
    if (crimeIdColumn >= 0) duplicates.reserve(to - from);
    for (let r = from; r < to; r++) {
      const row = rows[r];
      if (row === undefined || row === null || isBlankRow(row)) continue;
      for (let f = 0; f < fieldCount; f++) values[f] = readers[f].read(row[columns[f]]);
      const rowNumber = firstRowNumber + (r - from);
      if (plan.accept(values, rowNumber) && crimeIdColumn >= 0) {
        const id = row[crimeIdColumn];
        // An error value (#N/A) is no ID: rows holding it are not repeats, nor a sign of a copy.
        if (!isBlank(id) && !isExcelErrorText(String(id))) duplicates.checkText(String(id), source, rowNumber);
      }
    }
  }

  /**
   * Ends the current source: settles what needs all its rows (a mapped table's flag
   * columns; a date column with no readable date is an AssessmentError naming it).
   * Starting the next source or finishing does this too; calling it as soon as a
   * source is read makes its errors come while it is the one being read.
   */
  endSource(): void {
    this.session.endSource();
  }

  finish(): ReadResult {
    return this.session.finish();
  }
}

function isBlankRow(row: Cell[]): boolean {
  // Real rows almost always have one of their first cells filled, so this stops early.
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}
