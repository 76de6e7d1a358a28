import { cellFromExcelJs, rowFromExcelJs } from "./cellValue";

describe("cellFromExcelJs", () => {
  const when = new Date(Date.UTC(2024, 0, 1));
  it.each([
    [null, null],
    [undefined, null],
    ["Knowsley 006A", "Knowsley 006A"],
    [45292, 45292],
    [true, true],
    [when, when],
    [{ richText: [{ text: "Anti-social " }, { font: { bold: true }, text: "behaviour" }] }, "Anti-social behaviour"],
    [{ formula: "A1+1", result: 7 }, 7],
    [{ sharedFormula: "A1", result: "Burglary" }, "Burglary"],
    [{ formula: "NOW()", result: when }, when],
    [{ formula: "A1" }, null],
    [{ text: "police.uk", hyperlink: "https://data.police.uk" }, "police.uk"],
    [{ error: "#N/A" }, "#N/A"],
    [{ formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
  ])("%j -> %j", (value, expected) => {
    expect(cellFromExcelJs(value)).toEqual(expected);
  });
});

describe("rowFromExcelJs", () => {
  it("drops ExcelJS's empty slot 0 and fills gaps with null", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(rowFromExcelJs([, "2024-01", , "Burglary"])).toEqual(["2024-01", null, "Burglary"]);
  });

  it("gives an empty row for anything that is not an array", () => {
    expect(rowFromExcelJs(undefined)).toEqual([]);
  });
});
