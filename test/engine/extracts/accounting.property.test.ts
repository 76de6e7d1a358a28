/**
 * Row accounting cannot leak: for random sources with junk rows, bad and typo
 * months, Excel error values, exact and filtered copies, read as cells or as CSV
 * bytes, every source satisfies read = counted + set aside, its rows read equal
 * its non-blank rows (counted here independently), and the table holds exactly
 * the rows counted, none dated out of range.
 */
import fc from "fast-check";
import { AssessmentError } from "../../../src/engine/errors";
import { monthIndex } from "../../../src/engine/extracts/crimeTable";
import { detectExtract, ExtractReader, isDetection, type Cell, type Grid } from "../../../src/engine/extracts";
import { readAsCsv, street, streetGrid } from "./streetFixture";

const AS_OF = monthIndex(2025, 6);
const GOOD_MONTHS = ["2023-01", "2023-07", "2024-01", "2024-02", "2024-12", "2025-06"];
const BAD_MONTHS = ["2199-12", "1999-12", "2030-01", "Febtember", "#N/A", ""];

const cell = {
  id: fc.oneof(
    fc.constant(""),
    fc.integer({ min: 0, max: 150 }).map((i) => `c${i}`),
  ),
  month: fc.constantFrom<Cell>(...GOOD_MONTHS, 45323, ...BAD_MONTHS),
  lsoa: fc.constantFrom("Alpha 001A", "Beta 002B", "", "#REF!"),
  type: fc.constantFrom("Burglary", "Anti-social behaviour", "Fraud", "#N/A"),
};
/** Mostly clean crimes (so that copies have enough Crime IDs to be spotted), some junk, a few blank rows. */
const rowArb: fc.Arbitrary<Cell[]> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom(...GOOD_MONTHS),
        fc.constantFrom("Alpha 001A", "Beta 002B"),
      )
      .map(([i, m, l]) => street(`c${i}`, m, l, "Drugs")),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(cell.id, cell.month, cell.lsoa, cell.type).map(([i, m, l, t]) => street(i, m, l, t)),
  },
  { weight: 1, arbitrary: fc.constant<Cell[]>([]) },
  { weight: 1, arbitrary: fc.constant<Cell[]>(["", "", "", "", ""]) },
);

/** A source, and what to add after it: nothing, an exact copy (rows reversed), or a filtered part. */
const sourceArb = fc.record({
  rows: fc.array(rowArb, { maxLength: 80, size: "max" }),
  copy: fc.constantFrom("none", "none", "exact", "filtered"),
  sameName: fc.boolean(),
  asCsv: fc.boolean(),
});

function isBlankRow(row: Cell[]): boolean {
  return row.every((c) => c === null || c === undefined || String(c).trim() === "");
}

interface Spec {
  rows: Cell[][];
  copy: string;
  sameName: boolean;
  asCsv: boolean;
}

function sourcesOf(specs: Spec[]): { grid: Grid; asCsv: boolean }[] {
  const out: { grid: Grid; asCsv: boolean }[] = [];
  specs.forEach((spec, i) => {
    // The first source always has one readable row, so the read never ends with nothing counted.
    const rows = i === 0 ? [street("first", "2024-01", "Alpha 001A", "Burglary"), ...spec.rows] : spec.rows;
    const name = `s${i}.csv`;
    out.push({ grid: streetGrid(name, rows), asCsv: spec.asCsv });
    const copyName = spec.sameName ? name : `s${i} copy.csv`;
    if (spec.copy === "exact") out.push({ grid: streetGrid(copyName, [...rows].reverse()), asCsv: !spec.asCsv });
    if (spec.copy === "filtered") {
      const part = rows.filter((r) => r[3] !== "Beta 002B");
      out.push({ grid: streetGrid(`s${i} Alpha only.csv`, part), asCsv: spec.asCsv });
    }
  });
  return out;
}

function readAll(sources: { grid: Grid; asCsv: boolean }[], keepSources: string[]) {
  const reader = new ExtractReader({ asOf: AS_OF, keepSources });
  for (const { grid, asCsv } of sources) {
    if (asCsv) {
      readAsCsv(reader, grid);
      continue;
    }
    const detection = detectExtract(grid.rows);
    if (!isDetection(detection)) throw new Error("not detected");
    reader.addSource(grid.name, "sheet", detection);
    reader.addRows(grid.rows.slice(1), 2);
  }
  return reader.finish();
}

describe("row accounting", () => {
  it("never leaks: read = counted + set aside for every source, and the table holds the rows counted", () => {
    fc.assert(
      fc.property(fc.array(sourceArb, { minLength: 1, maxLength: 4 }), fc.boolean(), (specs, keepFirstCopy) => {
        const sources = sourcesOf(specs);
        const keep = keepFirstCopy && sources.length > 1 ? [sources[1].grid.name] : [];
        const read = readAll(sources, keep);
        expect(read.sources).toHaveLength(sources.length);
        read.sources.forEach((summary, i) => {
          const setAside = (summary.setAside ?? []).reduce((sum, r) => sum + r.count, 0);
          expect(summary.rowsRead).toBe(summary.rowsKept + setAside);
          expect(summary.rowsRead).toBe(sources[i].grid.rows.slice(1).filter((r) => !isBlankRow(r)).length);
        });
        const counted = read.sources.reduce((sum, s) => sum + s.rowsKept, 0);
        const setAside = read.setAside.reduce((sum, s) => sum + s.count, 0);
        const rowsRead = read.sources.reduce((sum, s) => sum + s.rowsRead, 0);
        expect(read.table.length).toBe(counted);
        expect(rowsRead).toBe(counted + setAside);
        for (const m of read.table.month) expect(m >= monthIndex(2000, 1) && m <= AS_OF).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});

describe("the accounts check at finish", () => {
  it("throws a plain Error (a bug, not a data problem) when the table holds a row no source counted", () => {
    const reader = new ExtractReader({ asOf: AS_OF });
    const grid = streetGrid("a.csv", [street("x", "2024-01", "Alpha 001A", "Drugs")]);
    const detection = detectExtract(grid.rows);
    if (!isDetection(detection)) throw new Error("not detected");
    reader.addSource(grid.name, "file", detection);
    reader.addRows(grid.rows.slice(1), 2);
    reader.session.builder.push(monthIndex(2024, 1), 0, 0, 0, 1); // bypassing the session's tally
    let thrown: unknown;
    try {
      reader.finish();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(AssessmentError);
    expect((thrown as Error).message).toBe(
      'Row accounts of "a.csv" do not add up: 1 read, 1 counted (2 in the table), 0 set aside.',
    );
  });
});
