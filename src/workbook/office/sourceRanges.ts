/**
 * Sources in a workbook: a sheet (its used range) or an Excel table on a sheet
 * (its range), and the few cells discovery and reading look at first.
 * Source ids: the sheet name, or "Sheet!Table" for a table.
 */
import { AssessmentError } from "../../engine/errors";
import { HEADER_SCAN_ROWS } from "../../engine/extracts";
import { sameName } from "./excelNames";
import type { WorkbookState } from "./workbookState";

/** Header scans look at this many columns at most, so a stray far-right cell cannot bloat the request. */
export const HEADER_SCAN_COLUMNS = 256;

export type SourceRef =
  { id: string; kind: "sheet"; sheet: string } | { id: string; kind: "table"; sheet: string; table: string };

export function tableSourceId(sheet: string, table: string): string {
  return `${sheet}!${table}`;
}

/** Sheet names may contain "!", so an id is a sheet when a sheet has that name, else "Sheet!Table". */
export function findSource(id: string, state: WorkbookState): SourceRef | null {
  const sheet = state.sheets.find((s) => sameName(s.name, id));
  if (sheet) return { id, kind: "sheet", sheet: sheet.name };
  const table = state.tables.find((t) => sameName(tableSourceId(t.sheet, t.name), id));
  return table ? { id, kind: "table", sheet: table.sheet, table: table.name } : null;
}

export function resolveSource(id: string, state: WorkbookState): SourceRef {
  const source = findSource(id, state);
  if (!source) {
    throw new AssessmentError(
      "This sheet or table is no longer in the workbook.",
      "Refresh the list of data on the Data panel and choose the sources again.",
      { source: id },
    );
  }
  return source;
}

/** The cells a source covers: a sheet's used range (values only) or a table's range. */
export function extentOf(context: Excel.RequestContext, source: SourceRef): Excel.Range {
  return source.kind === "sheet"
    ? context.workbook.worksheets.getItem(source.sheet).getUsedRange(true)
    : context.workbook.tables.getItem(source.table).getRange();
}

export interface SourcePeek {
  extent: Excel.Range;
  head: Excel.Range;
}

/** Queues loads of a source's extent and its first rows (where the header is looked for). */
export function peekSource(context: Excel.RequestContext, source: SourceRef): SourcePeek {
  const extent = extentOf(context, source).load("address,rowIndex,columnIndex,rowCount,columnCount");
  const head = extent.getAbsoluteResizedRange(HEADER_SCAN_ROWS, HEADER_SCAN_COLUMNS).load("values");
  return { extent, head };
}
