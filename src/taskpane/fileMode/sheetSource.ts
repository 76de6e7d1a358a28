/** A sheet of a workbook opened in the browser: its grid of cells, read by ExcelJS, held in the worker. */
import { detectExtract, ExtractReader, isDetection, notAnExtractError, type Grid } from "../../engine/extracts";
import type { ColumnMapping } from "../../engine/extracts/types";
import type { FileSource, OpenedSource } from "./fileSource";
import { extractDescription, notAnExtractDescription } from "./sourceDescription";

/** As readGrids reads each grid, into a reader that may hold other sources too. */
function readGridInto(reader: ExtractReader, grid: Grid, mapping: ColumnMapping | undefined): void {
  const detection = detectExtract(grid.rows, mapping);
  if (!isDetection(detection)) throw notAnExtractError(grid.name, grid.kind, detection);
  reader.addSource(grid.name, grid.kind, detection);
  const first = detection.headerRowIndex + 1;
  // Row numbers are 1-based as the user sees them: the header is row headerRowIndex + 1.
  reader.addRowRange(grid.rows, first, grid.rows.length, first + 1);
}

export function openSheet(grid: Grid): OpenedSource {
  const base = { id: grid.name, name: grid.name, kind: grid.kind };
  const source = (description: FileSource["description"]): FileSource => ({
    description,
    bytes: 0,
    readInto: async (reader, mapping) => readGridInto(reader, grid, mapping),
    readCells: async () => grid.rows,
  });
  const detection = detectExtract(grid.rows);
  if (!isDetection(detection)) {
    return { source: source(notAnExtractDescription(base, Math.max(0, grid.rows.length - 1), detection)), read: null };
  }
  const reader = new ExtractReader();
  readGridInto(reader, grid, undefined);
  const read = reader.finish();
  return { source: source(extractDescription(base, detection, read)), read };
}
