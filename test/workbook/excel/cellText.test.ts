/** Text safety: what each cell holds and in which format, worked out by hand. */
import { cellEntry, textEntry } from "../../../src/workbook/excel/cellText";

describe("text on its own (lines of text, captions, notes, headers)", () => {
  it.each([
    ["a formula-like text", "=SUM(A1)", "@", false],
    ["a month label Excel would make a date", "Apr 2024", "@", false],
    ["a financial year Excel would make a date", "2023/24", "@", false],
    ["text of exactly 255 characters", "x".repeat(255), "@", false],
    ["text of 256 characters, which Excel would show as ####", "x".repeat(256), "General", false],
    ["a long sentence that starts like a formula", `-${"x".repeat(300)}`, "General", true],
    ["a long sentence that starts with @", `@${"x".repeat(300)}`, "General", true],
  ])("keeps %s as text", (_what, text, format, markAsText) => {
    expect(textEntry(text)).toEqual({ value: text, format, markAsText });
  });
});

describe("body cells of a table column", () => {
  it.each([
    ["a count", 1200, "integer", { value: 1200, format: "#,##0" }],
    ["a change", -0.1, "signedPercent1", { value: -0.1, format: "+0.0%;-0.0%;0.0%" }],
    ['"new" in a percentage column', "new", "signedPercent1", { value: "new", format: "@" }],
    ["a blank", null, "pp1", { value: null, format: '+0.0" pp";-0.0" pp";0.0" pp"' }],
    ["a number Excel cannot hold", Number.NaN, "decimal1", { value: null, format: "#,##0.0" }],
    ["an infinite number", Number.POSITIVE_INFINITY, "integer", { value: null, format: "#,##0" }],
    ["extract text that looks like a formula", "=2+3", "text", { value: "=2+3", format: "@" }],
  ] as const)("writes %s", (_what, value, columnFormat, expected) => {
    expect(cellEntry(value, columnFormat)).toEqual({ ...expected, markAsText: false });
  });
});
