import type { ReportPlan, SheetPlan, TablePlan } from "../../../src/report/plan";
import { checkPlanIsWritable } from "../../../src/workbook/xlsx/planChecks";

const table = (overrides: Partial<TablePlan> = {}): TablePlan => ({
  kind: "table",
  name: "Counts",
  caption: "Counts",
  at: { row: 1, col: 0 },
  columns: [{ header: "Area", format: "text" }],
  rows: [["Northtown"]],
  highlights: [],
  ...overrides,
});
const sheetPlan = (name: string, blocks: SheetPlan["blocks"] = []): SheetPlan => ({
  key: "summary",
  name,
  tabColor: "000000",
  columnWidths: [],
  freezeRows: 0,
  blocks,
  print: { landscape: true, fitToWidth: true, title: name },
});
const plan = (...sheets: SheetPlan[]): ReportPlan => ({ title: "t", generator: "g", sheets });

describe("checkPlanIsWritable", () => {
  it("accepts a sound plan", () => {
    expect(() => checkPlanIsWritable(plan(sheetPlan("Summary", [table()])))).not.toThrow();
  });

  it.each([
    ["a sheet name Excel forbids", plan(sheetPlan("Trends: 2024/25")), /not a valid Excel sheet name/],
    ["a sheet name over 31 characters", plan(sheetPlan("A".repeat(32))), /not a valid Excel sheet name/],
    ["two sheets whose names differ only in case", plan(sheetPlan("Summary"), sheetPlan("SUMMARY")), /used twice/],
    [
      "two tables with one name",
      plan(sheetPlan("A", [table()]), sheetPlan("B", [table({ at: { row: 3, col: 0 } })])),
      /table name "Counts" is used twice/,
    ],
    [
      "a table name with a space",
      plan(sheetPlan("A", [table({ name: "Crime counts" })])),
      /not a valid Excel table name/,
    ],
    [
      "a table name that reads as a cell address",
      plan(sheetPlan("A", [table({ name: "TAB1" })])),
      /not a valid Excel table name/,
    ],
    [
      "a table name that reads as an R1C1 address",
      plan(sheetPlan("A", [table({ name: "R2C3" })])),
      /not a valid Excel table name/,
    ],
    [
      "a table with no room for its caption",
      plan(sheetPlan("A", [table({ at: { row: 0, col: 0 } })])),
      /no room for its caption/,
    ],
    ["a row with too few cells", plan(sheetPlan("A", [table({ rows: [[]] })])), /row 0 has 0 cells for 1 columns/],
  ])("rejects %s", (_, badPlan, message) => {
    expect(() => checkPlanIsWritable(badPlan)).toThrow(message);
  });

  it("rejects a chart that points at a sheet the plan does not write", () => {
    const range = { sheet: "Elsewhere", firstRow: 2, lastRow: 3, firstCol: 0, lastCol: 0 };
    const chart = {
      kind: "chart" as const,
      name: "C",
      type: "line" as const,
      title: "C",
      categories: range,
      series: [],
      from: { row: 0, col: 3 },
      to: { row: 10, col: 9 },
      valueFormat: "integer" as const,
    };
    expect(() => checkPlanIsWritable(plan(sheetPlan("A", [table(), chart])))).toThrow(
      /chart "C" refers to "Elsewhere"/,
    );
  });
});
