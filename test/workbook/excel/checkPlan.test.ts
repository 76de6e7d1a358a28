/** The one plan check both writers run before writing anything. */
import type { ChartPlan, ReportPlan, SheetPlan, TablePlan } from "../../../src/report/plan";
import { checkPlan } from "../../../src/workbook/excel/checkPlan";
import { smallAssessmentPlan } from "../../fixtures/plans/smallAssessmentPlan";

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
const sheetPlan = (name: string, blocks: SheetPlan["blocks"] = [], overrides: Partial<SheetPlan> = {}): SheetPlan => ({
  key: "summary",
  name,
  tabColor: "000000",
  columnWidths: [],
  freezeRows: 0,
  blocks,
  print: { landscape: true, fitToWidth: true, title: name },
  ...overrides,
});
const text = (row: number, col: number): SheetPlan["blocks"][number] => ({
  kind: "text",
  at: { row, col },
  text: "t",
  style: "note",
});
const plan = (...sheets: SheetPlan[]): ReportPlan => ({ title: "t", generator: "g", sheets });
const line = { sheet: "A", firstRow: 2, lastRow: 3, firstCol: 0, lastCol: 0 };
const chart = (overrides: Partial<ChartPlan> = {}): ChartPlan => ({
  kind: "chart",
  name: "C",
  type: "line",
  title: "C",
  categories: line,
  series: [{ name: "S", nameRef: { ...line, firstRow: 1, lastRow: 1 }, values: line }],
  from: { row: 0, col: 3 },
  to: { row: 10, col: 9 },
  valueFormat: "integer",
  ...overrides,
});

describe("checkPlan", () => {
  it("accepts a sound plan, and the fixture plan", () => {
    expect(() => checkPlan(plan(sheetPlan("A", [table(), chart()])))).not.toThrow();
    expect(() => checkPlan(smallAssessmentPlan)).not.toThrow();
  });

  it("accepts a chart's alt-text note beside a table that ends above it, or with text in other columns", () => {
    const sheet = sheetPlan("A", [table({ at: { row: 8, col: 0 } }), chart({ altText: "All crime: 10" }), text(10, 0)]);
    expect(() => checkPlan(plan(sheet))).not.toThrow();
  });

  it("accepts an empty table (it gets one blank body row)", () => {
    expect(() => checkPlan(plan(sheetPlan("A", [table({ rows: [] })])))).not.toThrow();
  });

  it.each([
    ["no sheets", plan(), /no sheets/],
    ["a sheet name Excel forbids", plan(sheetPlan("Trends: 2024/25")), /sheet name "Trends: 2024\/25".*: \\ \//],
    ["a sheet name over 31 characters", plan(sheetPlan("A".repeat(32))), /longer than 31/],
    ["a sheet name ending in an apostrophe", plan(sheetPlan("Analysts'")), /apostrophe/],
    ["the reserved sheet name History", plan(sheetPlan("history")), /reserved/],
    ["two sheets whose names differ only in case", plan(sheetPlan("Summary"), sheetPlan("SUMMARY")), /two sheets/],
    ["a tab colour that is not hex", plan(sheetPlan("A", [], { tabColor: "#1F3864" })), /tab colour/],
    ["a negative frozen row count", plan(sheetPlan("A", [], { freezeRows: -1 })), /freezes -1 rows/],
    ["a column width of 0", plan(sheetPlan("A", [], { columnWidths: [10, 0] })), /column width/],
    [
      "two tables with one name",
      plan(sheetPlan("A", [table()]), sheetPlan("B", [table({ name: "COUNTS", at: { row: 3, col: 0 } })])),
      /two tables are named "COUNTS"/,
    ],
    ["a table name with a space", plan(sheetPlan("A", [table({ name: "Crime counts" })])), /table name/],
    ["a table name like an A1 address", plan(sheetPlan("A", [table({ name: "TAB1" })])), /cell reference/],
    ["a table name like an R1C1 address", plan(sheetPlan("A", [table({ name: "R2C3" })])), /cell reference/],
    ["a table with no columns", plan(sheetPlan("A", [table({ columns: [], rows: [] })])), /no columns/],
    ["a table on the first row", plan(sheetPlan("A", [table({ at: { row: 0, col: 0 } })])), /no room for its caption/],
    ["a row with too few cells", plan(sheetPlan("A", [table({ rows: [["x"], []] })])), /row 2 of table Counts has 0/],
    [
      "a table that runs off the sheet",
      plan(sheetPlan("A", [table({ at: { row: 1_048_574, col: 0 } })])),
      /does not fit on a sheet/,
    ],
    [
      "a highlight below the last body row",
      plan(sheetPlan("A", [table({ highlights: [{ kind: "dataBar", column: 0, fromRow: 0, toRow: 1 }] })])),
      /highlight on table Counts/,
    ],
    [
      "a highlight on an empty table",
      plan(sheetPlan("A", [table({ rows: [], highlights: [{ kind: "dataBar", column: 0, fromRow: 0, toRow: 0 }] })])),
      /highlight on table Counts/,
    ],
    ["a chart with no series", plan(sheetPlan("A", [table(), chart({ series: [] })])), /chart C has no series/],
    ["a chart with no area", plan(sheetPlan("A", [table(), chart({ to: { row: 0, col: 9 } })])), /chart C.*no area/],
    [
      "a chart on a sheet the plan does not write",
      plan(sheetPlan("A", [table(), chart({ categories: { ...line, sheet: "Elsewhere" } })])),
      /chart C points at "Elsewhere"/,
    ],
    [
      "a chart on a sheet named in another case (the Office writer finds sheets by exact name)",
      plan(sheetPlan("A", [table(), chart({ categories: { ...line, sheet: "a" } })])),
      /chart C points at "a"/,
    ],
    [
      "a chart series over a block of cells",
      plan(sheetPlan("A", [table(), chart({ categories: { ...line, lastCol: 1 } })])),
      /not one row or column/,
    ],
    [
      "two charts with one name on a sheet",
      plan(sheetPlan("A", [table(), chart(), chart({ from: { row: 12, col: 3 }, to: { row: 20, col: 9 } })])),
      /two charts on sheet "A" are named "C"/,
    ],
    ["a negative repeated row count", plan(sheetPlan("A", [], { repeatRows: -2 })), /repeats -2 rows/],
    [
      "lines over a horizontal bar chart (Excel cannot share its axes with a line)",
      plan(sheetPlan("A", [table(), chart({ type: "barClustered", lines: [{ ...chart().series[0], name: "Mean" }] })])),
      /chart C draws lines over a barClustered chart: only a column chart takes them/,
    ],
    [
      "a line over the bars on a sheet the plan does not write",
      plan(
        sheetPlan("A", [
          table(),
          chart({
            type: "columnClustered",
            lines: [{ ...chart().series[0], values: { ...line, sheet: "Elsewhere" } }],
          }),
        ]),
      ),
      /chart C points at "Elsewhere"/,
    ],
    [
      "rows kept together that end before they start",
      plan(sheetPlan("A", [], { keepTogether: [{ fromRow: 5, toRow: 4 }] })),
      /keeps rows 5-4 together/,
    ],
    [
      "a value axis minimum that is not a number",
      plan(sheetPlan("A", [table(), chart({ valueAxisMin: Number.NaN })])),
      /value axis minimum/,
    ],
    [
      "a value axis maximum not above its minimum",
      plan(sheetPlan("A", [table(), chart({ valueAxisMin: 4, valueAxisMax: 4 })])),
      /value axis maximum that is not a number above its minimum/,
    ],
    [
      "a highlighted point past the last category (Office.js would fail the whole batch)",
      plan(sheetPlan("A", [table(), chart({ highlight: { index: 2, colour: "C55A11" } })])),
      /highlights point 2, which is not one of its 2 categories/,
    ],
    [
      "a highlight colour that is not hex",
      plan(sheetPlan("A", [table(), chart({ highlight: { index: 0, colour: "#C55A11" } })])),
      /"#C55A11", which is not hex RGB/,
    ],
    [
      "a chart whose alt-text note would cover a line of text",
      plan(sheetPlan("A", [table(), chart({ altText: "All crime: 10" }), text(10, 4)])),
      /note under chart C .*row 11/,
    ],
    [
      "a chart whose alt-text note would cover a table's body",
      plan(
        sheetPlan("A", [
          table({ at: { row: 9, col: 0 }, rows: [["N"], ["S"]] }),
          chart({ altText: "All crime: 10", from: { row: 0, col: 0 }, to: { row: 10, col: 5 } }),
        ]),
      ),
      /note under chart C/,
    ],
    [
      "a chart whose alt-text note would lie under another chart",
      plan(
        sheetPlan("A", [
          table(),
          chart({ altText: "All crime: 10" }),
          chart({ name: "D", from: { row: 10, col: 0 }, to: { row: 20, col: 5 } }),
        ]),
      ),
      /note under chart C/,
    ],
  ])("rejects %s", (_, badPlan, message) => {
    expect(() => checkPlan(badPlan)).toThrow(message);
  });

  it("lists every fault at once, as a plain Error (a planner bug), not an AssessmentError", () => {
    const bad = plan(sheetPlan("A/B", [table({ name: "Bad name" })]));
    let thrown: unknown;
    try {
      checkPlan(bad);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).name).toBe("Error");
    expect((thrown as Error).message).toMatch(/sheet name "A\/B".*; the table name "Bad name"/);
  });
});
