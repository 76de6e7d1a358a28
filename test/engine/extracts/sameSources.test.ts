/**
 * Never counting a source twice: the same rows read twice, a filtered copy beside
 * the full extract (in either order), and repeated Crime IDs above 1% of crimes.
 * Expected counts are worked out by hand from the fixture below.
 */
import {
  detectExtract,
  ExtractReader,
  isDetection,
  readGrids,
  SET_ASIDE,
  type Cell,
  type Grid,
} from "../../../src/engine/extracts";
import { readAsCsv, rowsPerDistrict, street, streetGrid } from "./streetFixture";

const AS_OF = new Date(2025, 5, 15); // June 2025
const M = "Middlesbrough 001A";
const R = "Redcar and Cleveland 002B";

// The full extract: 24 Middlesbrough crimes (m1-m24), 16 Redcar crimes (r1-r16), 3 ASB incidents
// (2 Middlesbrough, 1 Redcar) and one crime with a blank LSOA: 44 rows read, 43 counted.
const fullRows: Cell[][] = [
  ...Array.from({ length: 24 }, (_, i) => street(`m${i + 1}`, "2025-02", M, i % 2 ? "Burglary" : "Shoplifting")),
  ...Array.from({ length: 16 }, (_, i) => street(`r${i + 1}`, "2025-02", R, "Vehicle crime")),
  street("", "2025-02", M, "Anti-social behaviour"),
  street("", "2025-02", M, "Anti-social behaviour"),
  street("", "2025-02", R, "Anti-social behaviour"),
  street("x1", "2025-02", "", "Drugs"),
];
const full = streetGrid("2025-02.csv", fullRows);
// "My area only": the 24 Middlesbrough crimes, one more crime (m99) not in the full extract,
// and the 2 Middlesbrough ASB incidents: 27 rows, 25 Crime IDs, 24 of them in the full extract (96.0%).
const filtered = streetGrid("Middlesbrough only.csv", [
  ...fullRows.slice(0, 24),
  street("m99", "2025-02", M, "Robbery"),
  fullRows[40],
  fullRows[41],
]);
const ONCE = { Middlesbrough: 26, "Redcar and Cleveland": 17 };

describe("the same rows read twice", () => {
  it("counts the same file named twice once: the second reading's rows are all set aside", () => {
    const result = readGrids([full, full], {}, { asOf: AS_OF });
    const single = readGrids([full], {}, { asOf: AS_OF });
    expect(result.table.length).toBe(43);
    expect(rowsPerDistrict(result.table)).toEqual(rowsPerDistrict(single.table));
    expect(rowsPerDistrict(result.table)).toEqual(ONCE);
    expect(result.sources.map((s) => [s.rowsRead, s.rowsKept, s.setAside])).toEqual([
      [44, 43, [{ reason: SET_ASIDE.blankLsoa, count: 1 }]],
      [44, 0, [{ reason: 'Same rows as "2025-02.csv" (counted once)', count: 44 }]],
    ]);
    expect(result.notes).toEqual([
      'Counted once: "2025-02.csv" was read twice (44 rows read), so the second reading\'s rows are set aside.',
    ]);
    expect(result.warnings).toEqual(['"2025-02.csv" was read twice: its rows are counted once.']);
    expect(result.duplicateCrimeIds).toEqual({ count: 0, examples: [] });
  });

  it("counts a copy under another name, its rows in another order, once", () => {
    const copy = streetGrid("2025-02 (1).csv", [...fullRows].reverse());
    const result = readGrids([full, copy], {}, { asOf: AS_OF });
    expect(rowsPerDistrict(result.table)).toEqual(ONCE);
    expect(result.sources[1]).toMatchObject({ rowsRead: 44, rowsKept: 0, leftOut: expect.stringContaining("Same") });
    expect(result.notes).toEqual([
      'Counted once: "2025-02 (1).csv" holds the same rows as "2025-02.csv" (44 rows read), so its rows are set aside.',
    ]);
    // Every row of the copy is set aside for that reason; the copy's blank-LSOA row is not counted again.
    expect(result.setAside).toEqual([
      { reason: SET_ASIDE.blankLsoa, count: 1, examples: [{ source: "2025-02.csv", row: 45 }] },
      {
        reason: 'Same rows as "2025-02.csv" (counted once)',
        count: 44,
        examples: [2, 3, 4, 5, 6].map((row) => ({ source: "2025-02 (1).csv", row })),
      },
    ]);
  });

  it("spots the same rows read from a sheet and from CSV bytes alike", () => {
    const reader = new ExtractReader({ asOf: AS_OF });
    const detection = detectExtract(full.rows);
    if (!isDetection(detection)) throw new Error("not detected");
    reader.addSource("Sheet1", "sheet", detection);
    reader.addRows(full.rows.slice(1), 2);
    readAsCsv(reader, { ...full, name: "copy.csv" });
    const result = reader.finish();
    expect(rowsPerDistrict(result.table)).toEqual(ONCE);
    expect(result.sources.map((s) => s.rowsKept)).toEqual([43, 0]);
  });

  it("needs 20 rows to call two sources without Crime IDs the same (a few rows alike may be chance)", () => {
    const log = (name: string, rows: number): Grid => ({
      name,
      kind: "sheet",
      rows: [["Date", "Ward", "Type"], ...Array.from({ length: rows }, () => ["2025-01-05", "Central", "Noise"])],
    });
    const mapping = { date: "Date", area: "Ward", category: "Type" };
    const few = readGrids([log("A", 19), log("B", 19)], { A: mapping, B: mapping }, { asOf: AS_OF });
    expect(few.table.length).toBe(38);
    const many = readGrids([log("A", 20), log("B", 20)], { A: mapping, B: mapping }, { asOf: AS_OF });
    expect(many.table.length).toBe(20);
  });
});

describe("a filtered copy beside the full extract", () => {
  const note =
    'Left out "Middlesbrough only.csv": 24 of its 25 Crime IDs (96.0%) are also in "2025-02.csv", so it looks like a ' +
    'copy or a filtered part of it. To count it as well, keep it (command line: --keep-source "Middlesbrough only.csv").';

  it.each([
    ["after", [full, filtered]],
    ["before", [filtered, full]],
  ])("is left out when read %s it, with a note naming both", (_, grids) => {
    const result = readGrids(grids, {}, { asOf: AS_OF });
    expect(rowsPerDistrict(result.table)).toEqual(ONCE);
    const copy = result.sources.find((s) => s.name === "Middlesbrough only.csv");
    expect(copy).toMatchObject({
      rowsRead: 27,
      rowsKept: 0,
      setAside: [{ reason: 'Copy or filtered part of "2025-02.csv" (left out)', count: 27 }],
    });
    expect(result.sources.find((s) => s.name === "2025-02.csv")).toMatchObject({ rowsRead: 44, rowsKept: 43 });
    expect(result.notes).toEqual([note]);
    expect(result.warnings).toEqual([
      '"Middlesbrough only.csv" was left out: it looks like a copy or a filtered part of "2025-02.csv" (96.0% of its Crime IDs are there too).',
    ]);
    // Once the copy is left out no Crime ID repeats.
    expect(result.duplicateCrimeIds).toEqual({ count: 0, examples: [] });
  });

  it("is kept when named (any case), doubling exactly its 27 rows", () => {
    const result = readGrids([full, filtered], {}, { asOf: AS_OF, keepSources: ["middlesbrough ONLY.csv"] });
    expect(result.table.length).toBe(43 + 27);
    expect(rowsPerDistrict(result.table)).toEqual({ Middlesbrough: 26 + 27, "Redcar and Cleveland": 17 });
    expect(result.sources.map((s) => s.rowsKept)).toEqual([43, 27]);
    // m1-m24 are read twice; 24 of the 40 + 25 crimes with IDs (36.9%) repeat one, far above 1%.
    expect(result.duplicateCrimeIds.count).toBe(24);
    expect(result.notes).toEqual([]);
    expect(result.warnings).toEqual([
      '24 of the 65 crimes counted (36.9%) repeat a Crime ID already read, in "2025-02.csv" and "Middlesbrough only.csv": ' +
        "check that no crimes were read twice (overlapping extracts, or a file named twice).",
    ]);
  });

  it("leaves the full extract in: its Crime IDs are mostly not in the copy (24 of 40)", () => {
    const result = readGrids([filtered, full], {}, { asOf: AS_OF, keepSources: ["Middlesbrough only.csv"] });
    expect(result.sources.map((s) => s.rowsKept)).toEqual([27, 43]);
  });
});

describe("repeated Crime IDs across sources", () => {
  // A: 100 crimes a1-a100. B: 100 crimes, of which `repeats` re-use a1, a2...: far below a copy (20 shared IDs).
  const A = streetGrid(
    "A.csv",
    Array.from({ length: 100 }, (_, i) => street(`a${i + 1}`, "2025-01", M, "Burglary")),
  );
  const B = (repeats: number) =>
    streetGrid(
      "B.csv",
      Array.from({ length: 100 }, (_, i) => street(i < repeats ? `a${i + 1}` : `b${i + 1}`, "2025-01", R, "Drugs")),
    );

  it("above 1% of crimes (4 of 200 = 2.0%) gives a first-page warning naming the sources", () => {
    const result = readGrids([A, B(4)], {}, { asOf: AS_OF });
    expect(result.table.length).toBe(200);
    expect(result.duplicateCrimeIds.count).toBe(4);
    expect(result.duplicateCrimeIds.examples[0]).toEqual({ source: "B.csv", row: 2, crimeId: "a1" });
    expect(result.warnings).toEqual([
      '4 of the 200 crimes counted (2.0%) repeat a Crime ID already read, in "A.csv" and "B.csv": ' +
        "check that no crimes were read twice (overlapping extracts, or a file named twice).",
    ]);
  });

  it("at exactly 1% (2 of 200) gives no warning, but still counts them", () => {
    const result = readGrids([A, B(2)], {}, { asOf: AS_OF });
    expect(result.duplicateCrimeIds.count).toBe(2);
    expect(result.warnings).toEqual([]);
  });
});
