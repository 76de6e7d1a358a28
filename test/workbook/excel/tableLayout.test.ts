import type { TablePlan } from "../../../src/report/plan";
import { noteRow, tableBodyRows, tableColumnNames } from "../../../src/workbook/excel/tableLayout";

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
