/** Highlights as conditional formats, as data: addresses and formulas worked out by hand. */
import { TONE_COLOURS, type TablePlan } from "../../../src/report/plan";
import { DATA_BAR_COLOUR, tableConditionalFormats } from "../../../src/workbook/excel/highlights";

/** Header on 0-based row 4 (Excel row 5), body on Excel rows 6-8, from column B. */
const table = (rows: TablePlan["rows"], highlights: TablePlan["highlights"]): TablePlan => ({
  kind: "table",
  name: "T",
  caption: "c",
  at: { row: 4, col: 1 },
  columns: [
    { header: "Category", format: "text" },
    { header: "Count", format: "integer" },
    { header: "Change %", format: "signedPercent1" },
    { header: "Status", format: "text" },
  ],
  rows,
  highlights,
});
const rows: TablePlan["rows"] = [
  ["Burglary", 100, 0.12, "Red"],
  ["Shoplifting", 40, "new", "Green"],
  ["Robbery", 3, -0.5, "Amber"],
];

describe("tableConditionalFormats", () => {
  it('colours a change by sign with formulas that leave text such as "new" and blanks alone', () => {
    const formats = tableConditionalFormats(
      table(rows, [{ kind: "sign", column: 2, fromRow: 0, toRow: 2, positive: "bad", negative: "good" }]),
    );
    expect(formats).toEqual([
      {
        firstRow: 5,
        lastRow: 7,
        col: 3,
        address: "D6:D8",
        topLeft: "D6",
        rule: { kind: "formula", formula: "AND(ISNUMBER(D6),D6>0)", colours: TONE_COLOURS.bad },
      },
      {
        firstRow: 5,
        lastRow: 7,
        col: 3,
        address: "D6:D8",
        topLeft: "D6",
        rule: { kind: "formula", formula: "AND(ISNUMBER(D6),D6<0)", colours: TONE_COLOURS.good },
      },
    ]);
  });

  it("compares RAG text as a quoted string, inner quotes doubled, over only the rows asked for", () => {
    const [format] = tableConditionalFormats(
      table(rows, [{ kind: "text", column: 3, fromRow: 1, toRow: 2, equals: 'Red "now"', tone: "red" }]),
    );
    expect(format).toMatchObject({ address: "E7:E8", topLeft: "E7" });
    expect(format.rule).toEqual({
      kind: "equals",
      formula: '"Red ""now"""',
      colours: { fill: "FFC7CE", font: "9C0006" },
    });
  });

  it("starts a data bar at zero, so bar lengths compare honestly", () => {
    const [format] = tableConditionalFormats(table(rows, [{ kind: "dataBar", column: 1, fromRow: 0, toRow: 2 }]));
    expect(format.address).toBe("C6:C8");
    expect(format.rule).toEqual({
      kind: "dataBar",
      colour: DATA_BAR_COLOUR,
      start: { type: "number", value: 0 },
      gradient: false,
    });
  });

  it("starts a data bar over negative values at the lowest value, looking only at its own rows", () => {
    const withNegative = table(rows, [
      { kind: "dataBar", column: 2, fromRow: 0, toRow: 2 },
      { kind: "dataBar", column: 2, fromRow: 0, toRow: 1 },
    ]);
    expect(tableConditionalFormats(withNegative).map((f) => f.rule)).toMatchObject([
      { start: { type: "lowest" } },
      { start: { type: "number", value: 0 } },
    ]);
  });
});
