/**
 * A field holding one of Excel's error values (#N/A, #REF!...) sets its row aside
 * as "Excel error value" in every format, whether read from cells or from CSV bytes:
 * "#N/A" must never become a district, a crime type or a month.
 */
import {
  ExtractReader,
  isExcelErrorText,
  readGrids,
  SET_ASIDE,
  type Cell,
  type ReadResult,
} from "../../../src/engine/extracts";
import { readAsCsv, street, streetGrid } from "./streetFixture";

const AS_OF = new Date(2025, 5, 15);
const M = "Middlesbrough 001A";

// Rows 2-6 each hold an error value in a field the engine reads; row 7 is clean.
const rows: Cell[][] = [
  street("e1", "#N/A", M, "Burglary"), // month
  street("e2", "2025-01", "#REF!", "Burglary"), // LSOA name
  street("e3", "2025-01", M, "#N/A"), // crime type
  street("e4", "2025-01", M, "Burglary", "#DIV/0!"), // force
  street("e5", "2025-01", M, " #n/a "), // any case, spaces around
  street("e6", "2025-01", M, "Burglary"),
];
const grid = streetGrid("errors.csv", rows);

function expectErrorsSetAside(read: ReadResult): void {
  expect(read.setAside).toEqual([
    {
      reason: SET_ASIDE.excelError,
      count: 5,
      examples: [2, 3, 4, 5, 6].map((row) => ({ source: "errors.csv", row })),
    },
  ]);
  expect(read.sources[0]).toMatchObject({ rowsRead: 6, rowsKept: 1 });
  expect(read.table.districts).toEqual(["Middlesbrough"]);
  expect(read.table.categories).toEqual(["Burglary"]);
  expect(read.table.forces).toEqual(["Cleveland Police"]);
}

describe("Excel error values", () => {
  it("set a grid's rows aside, in the month, LSOA name, crime type and force columns", () => {
    expectErrorsSetAside(readGrids([grid], {}, { asOf: AS_OF }));
  });

  it("set a CSV file's rows aside alike (through the CSV byte reader)", () => {
    const reader = new ExtractReader({ asOf: AS_OF });
    readAsCsv(reader, grid);
    expectErrorsSetAside(reader.finish());
  });

  it("set aside a Home Office row with an error for its count (not an unreadable count)", () => {
    const read = readGrids(
      [
        {
          name: "HO",
          kind: "sheet",
          rows: [
            ["Financial Year", "Financial Quarter", "Police Force", "CSP Name", "Offence Group", "Offence Count"],
            ["2024/25", 1, "Cleveland", "Hartlepool", "Robbery", "#VALUE!"],
            ["2024/25", 1, "Cleveland", "#N/A", "Robbery", 4],
            ["2024/25", 1, "Cleveland", "Hartlepool", "Robbery", 7],
          ],
        },
      ],
      {},
      { asOf: AS_OF },
    );
    expect(read.setAside.map((s) => [s.reason, s.count, s.examples.map((e) => e.row)])).toEqual([
      [SET_ASIDE.excelError, 2, [2, 3]],
    ]);
    expect(read.table.districts).toEqual(["Hartlepool"]);
  });

  it("set aside a mapped table's row with an error for its area", () => {
    const read = readGrids(
      [
        {
          name: "ASB log",
          kind: "sheet",
          rows: [
            ["Date", "Ward", "Type"],
            ["2025-01-04", "#N/A", "Noise"],
            ["2025-01-05", "Central", "Noise"],
          ],
        },
      ],
      { "ASB log": { date: "Date", area: "Ward", category: "Type" } },
      { asOf: AS_OF },
    );
    expect(read.setAside).toEqual([
      { reason: SET_ASIDE.excelError, count: 1, examples: [{ source: "ASB log", row: 2 }] },
    ]);
    expect(read.table.districts).toEqual(["Central"]);
  });
});

describe("isExcelErrorText", () => {
  it.each([
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
    " #ref! ",
  ])("knows %s", (text) => {
    expect(isExcelErrorText(text)).toBe(true);
  });

  it.each(["N/A", "#N/A text", "#hashtag", "#", "", "Burglary"])("does not take %p for one", (text) => {
    expect(isExcelErrorText(text)).toBe(false);
  });
});
