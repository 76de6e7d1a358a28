import { plainCell } from "../../src/cli/readXlsxFile";

describe("plainCell (ExcelJS values as plain cells)", () => {
  const date = new Date(Date.UTC(2024, 0, 1));
  it.each([
    ["text", "Burglary", "Burglary"],
    ["a number", 45292, 45292],
    ["a date", date, date],
    ["a formula's result", { formula: "A1", result: "2024-01" }, "2024-01"],
    ["a shared formula's result", { sharedFormula: "A1", result: 3 }, 3],
    ["rich text", { richText: [{ text: "Knowsley " }, { text: "006A" }] }, "Knowsley 006A"],
    ["a hyperlink's text", { text: "Crime ID", hyperlink: "https://example.org" }, "Crime ID"],
    ["an error", { error: "#N/A" }, null],
    ["nothing", undefined, null],
  ])("reads %s", (_, value, expected) => {
    expect(plainCell(value)).toEqual(expected);
  });
});
