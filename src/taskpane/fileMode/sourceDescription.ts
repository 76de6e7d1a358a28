/** What the Data panel shows for a sheet or file opened in the browser: from its read, or why it is not an extract. */
import { notAnExtractError, type ReadResult } from "../../engine/extracts";
import { monthKey } from "../../engine/extracts/crimeTable";
import type { Detection, NotAnExtract } from "../../engine/extracts/types";
import type { DiscoveredSource } from "../../workbook/host";

export interface SourceName {
  id: string;
  name: string;
  kind: "sheet" | "file";
}

/** An extract, summarised from reading it alone (its one source in `read`). */
export function extractDescription(base: SourceName, detection: Detection, read: ReadResult): DiscoveredSource {
  const summary = read.sources[0];
  return {
    ...base,
    format: detection.format,
    rows: summary.rowsRead,
    firstMonth: summary.firstMonth === null ? null : monthKey(summary.firstMonth),
    lastMonth: summary.lastMonth === null ? null : monthKey(summary.lastMonth),
    months: monthsWithRows(read),
    districts: [...read.table.districts].sort((a, b) => a.localeCompare(b)),
    forces: [...read.table.forces],
    headers: detection.headers,
  };
}

/** Every month the read counted rows in, in order: a gap inside a file shows on the Data panel. */
function monthsWithRows(read: ReadResult): string[] {
  const seen = new Set<number>();
  for (const month of read.table.month) seen.add(month);
  return [...seen].sort((a, b) => a - b).map(monthKey);
}

/** A table in no known format: its headers, offered for a column mapping. `rows` are those below the header. */
export function notAnExtractDescription(base: SourceName, rows: number, result: NotAnExtract): DiscoveredSource {
  return {
    ...base,
    format: null,
    rows,
    firstMonth: null,
    lastMonth: null,
    districts: [],
    forces: [],
    headers: result.found,
    problem: notAnExtractError(base.name, base.kind, result).message,
  };
}
