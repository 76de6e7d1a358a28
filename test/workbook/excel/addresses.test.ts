import {
  cellAddress,
  columnLetters,
  quotedSheetName,
  rangeAddress,
  sheetRangeFormula,
} from "../../../src/workbook/excel/addresses";

describe("columnLetters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });
});

describe("addresses", () => {
  it("turns 0-based row and column into A1", () => expect(cellAddress(0, 0)).toBe("A1"));
  it("writes a range", () => expect(rangeAddress(10, 0, 14, 9)).toBe("A11:J15"));
  it("writes a single cell range as one cell", () => expect(rangeAddress(3, 2, 3, 2)).toBe("C4"));
});

describe("sheet names in formulas", () => {
  it.each([
    ["Summary", "'Summary'"],
    ["Share of region", "'Share of region'"],
    ["Analyst's trends", "'Analyst''s trends'"],
    ["''", "''''''"],
  ])("%s is quoted as %s", (name, quoted) => {
    expect(quotedSheetName(name)).toBe(quoted);
  });

  it("gives an absolute, quoted range for a chart series", () => {
    const range = { sheet: "Analyst's trends", firstRow: 3, lastRow: 5, firstCol: 1, lastCol: 1 };
    expect(sheetRangeFormula(range)).toBe("'Analyst''s trends'!$B$4:$B$6");
  });

  it("gives a single absolute cell for a series name", () => {
    expect(sheetRangeFormula({ sheet: "Trends", firstRow: 2, lastRow: 2, firstCol: 2, lastCol: 2 })).toBe(
      "'Trends'!$C$3",
    );
  });
});
