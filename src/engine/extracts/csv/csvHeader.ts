/**
 * Finding the header row of a CSV among its first lines. Each physical line is
 * decoded and split with papaparse on its own, so a stray quote above the header
 * cannot swallow it, and row numbers are the lines a text editor shows. Each line
 * is split on commas, semicolons and tabs: the delimiter is the one on which the
 * header matches a format (or the mapping).
 */
import Papa from "papaparse";
import { detectExtract, detectHeaderRow, HEADER_SCAN_ROWS, isDetection, LATE_HEADER_SCAN_ROWS } from "../detect";
import type { ColumnMapping, Detection, NotAnExtract, SourceSummary } from "../types";
import { lineAt } from "./csvBytes";
import { textStart } from "./fileStart";
import { FieldDecoder } from "./textDecoding";

export type Delimiter = "," | ";" | "\t";
const DELIMITERS: Delimiter[] = [",", ";", "\t"];

/** How a delimiter other than the comma is named on the data-quality page. */
export const DELIMITER_NAMES: Record<Delimiter, SourceSummary["delimiter"]> = {
  ",": undefined,
  ";": "semicolon",
  "\t": "tab",
};

/** The header is looked for in at most this many bytes (the file mode reads this much to describe a file). */
export const HEADER_SEARCH_BYTES = 1 << 20;

export interface CsvHeader {
  detection: Detection;
  delimiter: Delimiter;
}

export function isCsvHeader(result: CsvHeader | NotAnExtract): result is CsvHeader {
  return "detection" in result;
}

/** One line (with no line break in it) split into cells. */
export function splitLine(text: string, delimiter: Delimiter): string[] {
  if (text === "") return [];
  if (delimiter !== "," && !text.includes(delimiter)) return [text];
  return Papa.parse<string[]>(text, { delimiter, newline: "\n" }).data[0] ?? [];
}

export class CsvHeaderSearch {
  private readonly rows: Record<Delimiter, string[][]> = { ",": [], ";": [], "\t": [] };
  private bytes = 0;

  constructor(private readonly mapping?: ColumnMapping) {}

  /** Lines added so far. */
  get lines(): number {
    return this.rows[","].length;
  }

  /**
   * Adds the next line: its text and its length in bytes (line ending included).
   * Returns the header when this line is it; what was expected and found when the
   * search is over without one (a duplicated column, a header below the first
   * HEADER_SCAN_ROWS lines, or nothing within reach); null to go on.
   */
  add(text: string, lineBytes: number): CsvHeader | NotAnExtract | null {
    const r = this.lines;
    this.bytes += lineBytes;
    for (const delimiter of DELIMITERS) this.rows[delimiter].push(splitLine(text, delimiter));
    for (const delimiter of DELIMITERS) {
      const found = detectHeaderRow(this.rows[delimiter][r], r, this.mapping);
      if (found === null) continue;
      if (isDetection(found) && r < HEADER_SCAN_ROWS) return { detection: found, delimiter };
      // A duplicated column, or a header too far down: detectExtract says which.
      return detectExtract(this.rows[delimiter], this.mapping) as NotAnExtract;
    }
    return r + 1 >= LATE_HEADER_SCAN_ROWS || this.bytes >= HEADER_SEARCH_BYTES ? this.finish() : null;
  }

  /** What was expected and found, split on the delimiter that gives the closest row the most columns. */
  finish(): NotAnExtract {
    let best: NotAnExtract | null = null;
    for (const delimiter of DELIMITERS) {
      const result = detectExtract(this.rows[delimiter], this.mapping) as NotAnExtract;
      if (best === null || result.found.length > best.found.length) best = result;
    }
    return best as NotAnExtract;
  }
}

/**
 * The header of a CSV from its first bytes (`final` when they are the whole file),
 * found as the CSV reader finds it. Throws an AssessmentError for a file that is
 * not CSV text (see textStart).
 */
export function findCsvHeader(
  bytes: Uint8Array,
  final: boolean,
  source: string,
  mapping?: ColumnMapping,
): CsvHeader | NotAnExtract {
  const search = new CsvHeaderSearch(mapping);
  const decoder = new FieldDecoder();
  for (let pos = textStart(bytes, source); ;) {
    const line = lineAt(bytes, pos, final);
    if (line === null) return search.finish();
    const found = search.add(decoder.decode(bytes, pos, line.end), line.next - pos);
    if (found !== null) return found;
    pos = line.next;
  }
}
