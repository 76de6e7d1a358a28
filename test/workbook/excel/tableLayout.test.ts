import type { TablePlan } from "../../../src/report/plan";
import {
  columnAlignment,
  noteRow,
  tableBodyEntries,
  tableBodyRows,
  tableColumnNames,
  tableHeaderEntries,
} from "../../../src/workbook/excel/tableLayout";

const table = (headers: string[], rows: TablePlan["rows"] = []): TablePlan => ({
  kind: "table",
  name: "T",
  caption: "c",
  at: { row: 4, col: 1 },
  columns: headers.map((header) => ({ header, format: "integer" })),
  rows,
  highlights: [],
});

describe("table column names", () => {
  it("keeps distinct headers as they are", () => {
    expect(tableColumnNames(table(["Category", "2023/24", "Change %"]))).toEqual(["Category", "2023/24", "Change %"]);
  });

  it("numbers repeated headers, ignoring case, as Excel does", () => {
    expect(tableColumnNames(table(["Count", "count", "Count"]))).toEqual(["Count", "count 2", "Count 3"]);
  });

  it("names a blank header after its position", () => {
    expect(tableColumnNames(table(["Area", " ", ""]))).toEqual(["Area", "Column2", "Column3"]);
  });
});

describe("table body", () => {
  it("leaves numbers Excel cannot hold blank", () => {
    expect(tableBodyRows(table(["a", "b", "c"], [[1, Number.NaN, Number.POSITIVE_INFINITY]]))).toEqual([
      [1, null, null],
    ]);
  });

  it("gives an empty table one blank row, since Excel needs a body row", () => {
    expect(tableBodyRows(table(["a", "b"]))).toEqual([[null, null]]);
  });

  it("puts the note directly below the last body row", () => {
    // Header on 0-based row 4, body rows 5 and 6, note on 7.
    expect(noteRow(table(["a"], [[1], [2]]))).toBe(7);
    // An empty table's blank row is on 5, so its note goes on 6.
    expect(noteRow(table(["a"]))).toBe(6);
  });
});

describe("table cells", () => {
  it("writes headers as text, made unique", () => {
    expect(tableHeaderEntries(table(["2023/24", "2023/24"]))).toEqual([
      { value: "2023/24", format: "@", markAsText: false },
      { value: "2023/24 2", format: "@", markAsText: false },
    ]);
  });

  it("gives the blank row of an empty table its columns' formats", () => {
    expect(tableBodyEntries(table(["a", "b"]))).toEqual([
      [
        { value: null, format: "#,##0", markAsText: false },
        { value: null, format: "#,##0", markAsText: false },
      ],
    ]);
  });

  it("gives a slice of the body rows, text in a number column as text", () => {
    const entries = tableBodyEntries(table(["a"], [[1], ["new"], [3]]), 1, 2);
    expect(entries).toEqual([[{ value: "new", format: "@", markAsText: false }]]);
  });

  it("aligns text columns left and number columns right, both one step in (LibreOffice ignores a right indent)", () => {
    expect([columnAlignment("text"), columnAlignment("percent1")]).toEqual([
      { horizontal: "left", indent: 1 },
      { horizontal: "right", indent: 1 },
    ]);
  });
});
