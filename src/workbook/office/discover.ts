/**
 * Discovery: which sheets and tables hold extracts, with format, rows, months
 * covered, districts and forces. Two syncs whatever the number of sheets: one to
 * list sheets and tables (Office.js cannot address a sheet before knowing it), and
 * one that loads, for every source at once, its used range, its first rows and its
 * last row.
 */
import { detectExtract, isDetection, notAnExtractError, type Cell } from "../../engine/extracts";
import type { DiscoveredSource } from "../host";
import { sameName } from "./excelNames";
import { sampleExtract, trimmed } from "./extractSample";
import type { OfficeRuntime } from "./runtime";
import { HEADER_SCAN_COLUMNS, peekSource, tableSourceId, type SourcePeek, type SourceRef } from "./sourceRanges";
import { readWorkbookState, userSheets, type WorkbookState } from "./workbookState";

interface Peeked {
  source: SourceRef;
  peek: SourcePeek;
  last: Excel.Range;
}

function candidates(state: WorkbookState): SourceRef[] {
  const sheets = userSheets(state);
  const isUserSheet = (name: string) => sheets.some((s) => sameName(s.name, name));
  return [
    ...sheets.map((s): SourceRef => ({ id: s.name, kind: "sheet", sheet: s.name })),
    ...state.tables
      .filter((t) => isUserSheet(t.sheet))
      .map((t): SourceRef => ({ id: tableSourceId(t.sheet, t.name), kind: "table", sheet: t.sheet, table: t.name })),
  ];
}

function describe({ source, peek, last }: Peeked): DiscoveredSource {
  const { rowCount, columnCount } = peek.extent;
  const head = trimmed(peek.head.values, rowCount, columnCount);
  const name = source.kind === "sheet" ? source.sheet : source.table;
  const base = {
    id: source.id,
    name,
    kind: source.kind,
    rows: 0,
    firstMonth: null,
    lastMonth: null,
    districts: [],
    forces: [],
  };
  const detection = detectExtract(head);
  if (!isDetection(detection)) {
    const empty = head.every((row) => row.every((cell) => cell === "" || cell === null || cell === undefined));
    return {
      ...base,
      format: null,
      rows: empty ? 0 : rowCount,
      headers: detection.found,
      problem: notAnExtractError(name, "sheet", detection).message,
    };
  }
  const dataRows = head.slice(detection.headerRowIndex + 1);
  const rows = rowCount - detection.headerRowIndex - 1;
  const lastRow = rows > dataRows.length ? [trimmed(last.values, 1, columnCount)[0]] : [];
  return {
    ...base,
    format: detection.format,
    rows,
    headers: detection.headers,
    ...sampleExtract(detection, [...dataRows, ...lastRow] as Cell[][]),
  };
}

/** A table that is the whole of its sheet's used range would be listed twice; the sheet stands for it. */
function sameAsItsSheet(item: Peeked, all: Peeked[]): boolean {
  if (item.source.kind !== "table") return false;
  const sheet = all.find((other) => other.source.kind === "sheet" && sameName(other.source.sheet, item.source.sheet));
  return sheet !== undefined && sheet.peek.extent.address === item.peek.extent.address;
}

export async function discoverSources(runtime: OfficeRuntime): Promise<DiscoveredSource[]> {
  return runtime.run(async (context) => {
    const state = await readWorkbookState(context);
    const peeked = candidates(state).map((source): Peeked => {
      const peek = peekSource(context, source);
      const last = peek.extent.getLastRow().getAbsoluteResizedRange(1, HEADER_SCAN_COLUMNS).load("values");
      return { source, peek, last };
    });
    await context.sync();
    return peeked.filter((item) => !sameAsItsSheet(item, peeked)).map(describe);
  });
}
