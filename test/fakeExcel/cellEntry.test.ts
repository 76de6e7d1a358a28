/** The fake enters text as Excel does: a General cell turns numbers, dates, percentages and booleans into values. */
import { cellKey, FakeExcel, newWorkbook, sheetValues } from "./index";

/**
 * Date serials worked out by hand from one anchor Excel shows for 1 Jan 2024, 45292:
 * 1 Apr 2024 = 45292 + 31 (Jan) + 29 (Feb, leap) + 31 (Mar) = 45383; 1 Jan 2025 = 45292 + 366 = 45658.
 */
const APR_2024 = 45383;
const JAN_2025 = 45658;

async function enter(text: string, format?: string) {
  const excel = new FakeExcel(newWorkbook({ Data: [] }));
  await excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Data").getRange("A1");
    if (format) cell.numberFormat = [[format]];
    cell.values = [[text]];
  });
  const sheet = excel.model.sheets[0];
  return { value: sheetValues(sheet)[0][0], format: sheet.numberFormats.get(cellKey(0, 0)) ?? "General" };
}

describe("text written to a General cell", () => {
  it.each([
    ["a month and year", "Apr 2024", APR_2024, "mmm-yy"],
    ["a month in full and year", "April 2024", APR_2024, "mmm-yy"],
    ["a year and month", "2025-01", JAN_2025, "mmm-yy"],
    ["an ISO date", "2024-04-01", APR_2024, "m/d/yyyy"],
    ["a day, month and year", "1 Apr 2024", APR_2024, "d-mmm-yy"],
    ["a number with thousands separators", "1,234", 1234, "#,##0"],
    ["a decimal with thousands separators", "1,234.5", 1234.5, "#,##0.00"],
    ["a percentage", "12%", 0.12, "0%"],
    ["a percentage with decimals", "12.5%", 0.125, "0.00%"],
    ["TRUE", "TRUE", true, "General"],
    ["false, in any case", "false", false, "General"],
    ["a time of day", "10:30", 10.5 / 24, "h:mm"],
    ["a number with leading zeros", "0123", 123, "General"],
  ])("becomes a value: %s", async (_what, text, value, format) => {
    expect(await enter(text)).toEqual({ value, format });
  });

  it.each([
    ["a month that does not exist", "2025-13"],
    ["a day that does not exist", "30 Feb 2024"],
    ["a financial year", "2024/25"],
    ["a district", "Knowsley 006A"],
  ])("stays text when Excel would not read it: %s", async (_what, text) => {
    expect(await enter(text)).toEqual({ value: text, format: "General" });
  });

  it("converts in a cell with a number format too, keeping that format", async () => {
    expect(await enter("12%", "#,##0")).toEqual({ value: 0.12, format: "#,##0" });
  });
});

describe("text written to a text-formatted cell", () => {
  it.each(["Apr 2024", "2025-01", "1,234", "12%", "TRUE", "10:30", "0123"])("stays text: %s", async (text) => {
    expect(await enter(text, "@")).toEqual({ value: text, format: "@" });
  });

  it("stays text after Excel's apostrophe prefix, which is not shown", async () => {
    expect(await enter("'Apr 2024")).toEqual({ value: "Apr 2024", format: "General" });
  });
});
