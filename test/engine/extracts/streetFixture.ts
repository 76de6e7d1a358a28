/** Small police.uk grids for the accounting tests: the five columns the engine reads. */
import Papa from "papaparse";
import { CsvExtractReader, type Cell, type ExtractReader, type Grid } from "../../../src/engine/extracts";

export const STREET_HEADER = ["Crime ID", "Month", "Falls within", "LSOA name", "Crime type"];
export const FORCE = "Cleveland Police";

/** One police.uk row: [Crime ID, Month, Falls within, LSOA name, Crime type]. */
export function street(id: string, month: Cell, lsoa: string, type: string, force: Cell = FORCE): Cell[] {
  return [id, month, force, lsoa, type];
}

/** A grid with the header in row 1, so data row i (0-based) is row i + 2. */
export function streetGrid(name: string, rows: Cell[][]): Grid {
  return { name, kind: "file", rows: [STREET_HEADER, ...rows] };
}

/** Reads a grid's text through the CSV byte reader (in one chunk). */
export function readAsCsv(reader: ExtractReader, grid: Grid): void {
  const csv = new CsvExtractReader(reader, grid.name);
  csv.push(new TextEncoder().encode(Papa.unparse(grid.rows.map((r) => r.map((c) => (c == null ? "" : String(c)))))));
  csv.end();
}

/** Rows of the table per district (each row one crime). */
export function rowsPerDistrict(table: {
  length: number;
  district: Int32Array;
  districts: readonly string[];
}): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < table.length; i++) {
    const name = table.districts[table.district[i]];
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
