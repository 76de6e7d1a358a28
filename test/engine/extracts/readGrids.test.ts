import { AssessmentError } from "../../../src/engine/errors";
import { ExtractReader, readGrids, detectExtract, isDetection, SET_ASIDE } from "../../../src/engine/extracts";
import type { Cell, CrimeTable, Grid, ReadResult } from "../../../src/engine/extracts";
import { monthIndex } from "../../../src/engine/extracts/crimeTable";

const HEADER = [
  "Crime ID",
  "Month",
  "Reported by",
  "Falls within",
  "Longitude",
  "Latitude",
  "Location",
  "LSOA code",
  "LSOA name",
  "Crime type",
  "Last outcome category",
  "Context",
];
const FORCE = "Merseyside Police";

function row(id: string, month: Cell, lsoa: string, type: string, force = FORCE): Cell[] {
  return [id, month, force, force, "-2.8", "53.4", "On or near Main St", "E01000001", lsoa, type, "", ""];
}

/** Decodes the table back to one readable line per row. */
function rowsOf(table: CrimeTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < table.length; i++) {
    const m = table.month[i];
    out.push(
      `${Math.floor(m / 12)}-${(m % 12) + 1}|${table.districts[table.district[i]]}|${table.forces[table.force[i]]}|${table.categories[table.category[i]]}|${table.count ? table.count[i] : 1}`,
    );
  }
  return out;
}

function grid(name: string, rows: Cell[][], kind: "sheet" | "file" = "sheet"): Grid {
  return { name, kind, rows };
}

describe("readGrids on police.uk rows", () => {
  // Rows 1-2 are a title and a blank; the header is row 3, so data starts at row 4.
  const rows: Cell[][] = [
    ["Merseyside street crime"],
    [],
    HEADER,
    row("a1", "2024-01", "Knowsley 006A", "Burglary"), // row 4
    row("", "2024-01", "Knowsley 010B", "anti-social  BEHAVIOUR"), // 5: ASB, no ID, odd case and spacing
    row("a2", 45323, "St. Helens 012C", "Vehicle crime"), // 6: serial for 1 Feb 2024
    row("a3", new Date(Date.UTC(2024, 2, 1)), "Redcar and Cleveland 001A", "Robbery"), // 7: a Date
    row("a4", "2024-02", "", "Burglary"), // 8: blank LSOA -> set aside
    ["", "", "", "", "", "", "", "", "", "", "", ""], // 9: blank row, skipped silently
    row("a5", "2024-02", "Knowsley 006A", "Fraud"), // 10: unknown crime type
    row("a6", "Febtember", "Knowsley 006A", "Burglary"), // 11: unreadable month
    row("a1", "2024-02", "Knowsley 006A", "Drugs"), // 12: repeats Crime ID a1
    row("a7", "2024-02", "Knowsley 001C", "Drugs", "  Merseyside   Police "), // 13
    [], // 14: an empty array is a blank row too
    row("a8", "2024-03", "   ", "Drugs"), // 15: spaces only count as a blank LSOA
  ];
  let result: ReadResult;
  beforeAll(() => {
    result = readGrids([grid("Crimes", rows)]);
  });

  it("keeps readable rows with district, force and canonical crime type", () => {
    expect(rowsOf(result.table)).toEqual([
      "2024-1|Knowsley|Merseyside Police|Burglary|1",
      "2024-1|Knowsley|Merseyside Police|Anti-social behaviour|1",
      "2024-2|St. Helens|Merseyside Police|Vehicle crime|1",
      "2024-3|Redcar and Cleveland|Merseyside Police|Robbery|1",
      "2024-2|Knowsley|Merseyside Police|Drugs|1",
      "2024-2|Knowsley|Merseyside Police|Drugs|1",
    ]);
    expect(result.table.count).toBeNull();
    expect(result.table.districts).toEqual(["Knowsley", "St. Helens", "Redcar and Cleveland"]);
    expect(result.table.forces).toEqual(["Merseyside Police"]);
  });

  it("sets rows aside with their reasons and row numbers", () => {
    expect(result.setAside).toEqual([
      {
        reason: SET_ASIDE.blankLsoa,
        count: 2,
        examples: [
          { source: "Crimes", row: 8 },
          { source: "Crimes", row: 15 },
        ],
      },
      { reason: SET_ASIDE.unknownCrimeType, count: 1, examples: [{ source: "Crimes", row: 10 }] },
      { reason: SET_ASIDE.unreadableMonth, count: 1, examples: [{ source: "Crimes", row: 11 }] },
    ]);
  });

  it("counts a repeated Crime ID with an example, and ignores blank IDs", () => {
    expect(result.duplicateCrimeIds).toEqual({ count: 1, examples: [{ source: "Crimes", row: 12, crimeId: "a1" }] });
  });

  it("summarises the source: 10 non-blank rows read, 6 kept, Jan to Mar 2024", () => {
    expect(result.sources).toEqual([
      {
        name: "Crimes",
        kind: "sheet",
        format: "police-uk",
        rowsRead: 10,
        rowsKept: 6,
        firstMonth: monthIndex(2024, 1),
        lastMonth: monthIndex(2024, 3),
        setAside: [
          { reason: SET_ASIDE.blankLsoa, count: 2 },
          { reason: SET_ASIDE.unknownCrimeType, count: 1 },
          { reason: SET_ASIDE.unreadableMonth, count: 1 },
        ],
      },
    ]);
  });
});

describe("readGrids on several sources", () => {
  it("appends them into one table, with duplicates found across sources", () => {
    const january = grid("2024-01.csv", [HEADER, row("x", "2024-01", "Knowsley 001A", "Drugs")], "file");
    // A second file with its columns in another order.
    const february = grid(
      "2024-02.csv",
      [
        ["Crime type", "LSOA name", "Falls within", "Month", "Crime ID"],
        ["Robbery", "Sefton 002B", FORCE, "2024-02", "x"],
      ],
      "file",
    );
    const result = readGrids([january, february]);
    expect(rowsOf(result.table)).toEqual([
      "2024-1|Knowsley|Merseyside Police|Drugs|1",
      "2024-2|Sefton|Merseyside Police|Robbery|1",
    ]);
    expect(result.sources.map((s) => [s.name, s.rowsKept])).toEqual([
      ["2024-01.csv", 1],
      ["2024-02.csv", 1],
    ]);
    expect(result.duplicateCrimeIds.examples).toEqual([{ source: "2024-02.csv", row: 2, crimeId: "x" }]);
  });

  it("reads a Home Office table as quarterly counts at each quarter's first month", () => {
    const result = readGrids([
      grid("HO 2024-25", [
        ["Financial Year", "Financial Quarter", "Police Force", "CSP Name", "Offence Group", "Offence Count"],
        ["2024/25", 1, "Cleveland", "Hartlepool", "Robbery", 12],
        ["2024/25", "4", "Cleveland", "Hartlepool", "Theft offences", "1,204"],
        ["2024/25", 5, "Cleveland", "Hartlepool", "Robbery", 3], // no quarter 5
        ["2024/25", 2, "Cleveland", "Hartlepool", "Robbery", "n/a"],
      ]),
    ]);
    expect(rowsOf(result.table)).toEqual([
      "2024-4|Hartlepool|Cleveland|Robbery|12",
      "2025-1|Hartlepool|Cleveland|Theft offences|1204",
    ]);
    expect(result.sources[0]).toMatchObject({ format: "home-office-csp", quarterly: true, rowsRead: 4, rowsKept: 2 });
    expect(result.setAside.map((s) => [s.reason, s.examples[0].row])).toEqual([
      [SET_ASIDE.unreadableQuarter, 4],
      [SET_ASIDE.unreadableCount, 5],
    ]);
  });

  it("back-fills a count of 1 for police.uk rows read before a counted table", () => {
    const result = readGrids([
      grid("street", [HEADER, row("x", "2024-01", "Knowsley 001A", "Drugs")]),
      grid("HO", [
        ["Financial Year", "Financial Quarter", "Police Force", "CSP Name", "Offence Group", "Offence Count"],
        ["2024/25", 1, FORCE, "Knowsley", "Robbery", 7],
      ]),
    ]);
    expect(Array.from(result.table.count ?? [])).toEqual([1, 7]);
  });

  it("reads a mapped table, with a free-text category and the force not stated", () => {
    const mapped = grid("ASB log", [
      ["Date", "Ward", "Type", "Count"],
      ["03/02/2024", "Central", "Noise", 2],
      ["2024-02-10", "Central", "anti-social behaviour", 1],
    ]);
    const result = readGrids([mapped], { "ASB log": { date: "Date", area: "Ward", category: "Type", count: "Count" } });
    expect(rowsOf(result.table)).toEqual([
      "2024-2|Central|Force not stated|Noise|2",
      "2024-2|Central|Force not stated|Anti-social behaviour|1",
    ]);
  });
});

describe("readGrids errors", () => {
  it("names a grid that is not an extract, with the columns expected and found", () => {
    const notes = grid("Notes", [
      ["Ward", "Total"],
      ["Central", 4],
    ]);
    expect(() => readGrids([grid("Crimes", [HEADER, row("x", "2024-01", "Knowsley 001A", "Drugs")]), notes])).toThrow(
      AssessmentError,
    );
    try {
      readGrids([notes]);
    } catch (error) {
      const e = error as AssessmentError;
      expect(e.source).toBe("Notes");
      expect(e.describe()).toMatch(/^"Notes": This sheet is not a crime extract/);
      expect(e.message).toContain("Month, Falls within, LSOA name, Crime type");
      expect(e.message).toContain("Ward, Total");
    }
  });

  it("raises a clear error when there is nothing to read", () => {
    expect(() => readGrids([])).toThrow(/No crime extract was found/);
  });

  it("raises a clear error when every row was set aside", () => {
    expect(() => readGrids([grid("Crimes", [HEADER, row("x", "2024-01", "", "Drugs")])])).toThrow(
      /No crimes or incidents could be read from "Crimes"\. All rows were set aside: 1 location not mapped/,
    );
  });
});

describe("ExtractReader in chunks", () => {
  it("gives the same table as readGrids, with row numbers from each chunk", () => {
    const rows: Cell[][] = [HEADER];
    const types = ["Burglary", "Drugs", "Robbery"];
    for (let i = 0; i < 50; i++)
      rows.push(row(`id${i % 45}`, `2024-0${1 + (i % 3)}`, i % 7 === 0 ? "" : `Knowsley 00${i % 4}A`, types[i % 3]));
    const whole = readGrids([grid("S", rows)]);
    const detection = detectExtract(rows);
    if (!isDetection(detection)) throw new Error("not detected");
    const reader = new ExtractReader();
    reader.addSource("S", "sheet", detection);
    for (let start = 1; start < rows.length; start += 16) reader.addRows(rows.slice(start, start + 16), start + 1);
    const chunked = reader.finish();
    expect(rowsOf(chunked.table)).toEqual(rowsOf(whole.table));
    expect(chunked.setAside).toEqual(whole.setAside);
    expect(chunked.duplicateCrimeIds).toEqual(whole.duplicateCrimeIds);
    // Independently: rows i = 0, 7, ..., 49 have a blank LSOA (8 rows); the first is data row 1 = sheet row 2.
    expect(whole.setAside[0].count).toBe(8);
    expect(whole.setAside[0].examples[0].row).toBe(2);
    // IDs id0..id4 recur at i = 45..49. Row i = 0 (id0) was set aside, so i = 45 is id0's first
    // kept row; i = 49 is itself set aside. Repeats: i = 46, 47, 48.
    expect(whole.duplicateCrimeIds.count).toBe(3);
  });
});
