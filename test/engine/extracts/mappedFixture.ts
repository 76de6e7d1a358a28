/** Mapped tables for the tests: read as a grid (the cell reader) or as CSV bytes (the byte reader), and the table decoded. */
import Papa from "papaparse";
import {
  CsvExtractReader,
  ExtractReader,
  readGrids,
  type Cell,
  type ColumnMapping,
  type CrimeTable,
  type ReadResult,
} from "../../../src/engine/extracts";

export function readMappedGrid(name: string, rows: Cell[][], mapping: ColumnMapping): ReadResult {
  return readGrids([{ name, kind: "file", rows }], { [name]: mapping }, { asOf: new Date(2026, 0, 15) });
}

/** The grid written as CSV text (cells as text) and read by the byte reader, cut into two chunks at `cut`. */
export function readMappedCsv(name: string, rows: Cell[][], mapping: ColumnMapping, cut = 0): ReadResult {
  const text = Papa.unparse(rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c)))));
  const bytes = new TextEncoder().encode(text);
  const reader = new ExtractReader({ asOf: new Date(2026, 0, 15) });
  const csv = new CsvExtractReader(reader, name, { mapping });
  const at = Math.min(cut, bytes.length);
  csv.push(bytes.subarray(0, at));
  csv.push(bytes.subarray(at));
  csv.end();
  return reader.finish();
}

/** One readable line per row: month|district|force|category|count|subgroup|code|lsoa (name)|flags. */
export function tableLines(table: CrimeTable): string[] {
  const lines: string[] = [];
  for (let i = 0; i < table.length; i++) {
    const m = table.month[i];
    const month = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    const pick = (ids: Int32Array | null | undefined, names: readonly string[] | undefined) =>
      ids && ids[i] >= 0 ? (names ?? [])[ids[i]] : "-";
    const lsoa =
      table.lsoa && table.lsoa[i] >= 0 ? `${table.lsoas?.[table.lsoa[i]]} (${table.lsoaNames?.[table.lsoa[i]]})` : "-";
    const flags = (table.flagNames ?? []).filter((_, bit) => table.flags && (table.flags[i] & (1 << bit)) !== 0);
    lines.push(
      [
        month,
        table.districts[table.district[i]],
        table.forces[table.force[i]],
        table.categories[table.category[i]],
        table.count ? table.count[i] : 1,
        pick(table.subgroup, table.subgroups),
        pick(table.code, table.codes),
        lsoa,
        flags.join("+") || "-",
      ].join("|"),
    );
  }
  return lines;
}

/** Rows read = counted + set aside, for every source and in total. */
export function expectAccountsAddUp(read: ReadResult): void {
  for (const s of read.sources) {
    const setAside = (s.setAside ?? []).reduce((sum, x) => sum + x.count, 0);
    expect(s.rowsRead).toBe(s.rowsKept + setAside);
  }
  const kept = read.sources.reduce((sum, s) => sum + s.rowsKept, 0);
  expect(read.table.length).toBe(kept);
}
