/** A mapped sheet read through Office.js: the flag columns are fetched with the fields, and nothing else. */
import { FakeExcel, newWorkbook } from "../../fakeExcel";
import { readSources } from "../../../src/workbook/office/readSources";
import { fakeRuntime } from "./excelFixture";

describe("a mapped sheet in Excel", () => {
  it("reads its date serials, fields and flag columns, and only those columns", async () => {
    const header = ["Ref", "Committed", "Notes", "Beat", "Offence", "Officer", "DA", "Hate"];
    // 45382 is 31 March 2024; 45383.5 is noon on 1 April 2024.
    const rows = [
      ["1", 45382, "x", "North", "Assault", "PC 1", "Y", ""],
      ["2", 45383.5, "y", "North", "Assault", "PC 2", "N", "H"],
      ["3", 45383, "z", "South", "Theft", "PC 3", "", ""],
    ];
    const excel = new FakeExcel(newWorkbook({ Log: [header, ...rows] }));
    const mapping = { date: "Committed", area: "Beat", category: "Offence", flags: { DA: "DA", Hate: "hate" } };
    const read = await readSources(fakeRuntime(excel), ["Log"], { Log: mapping });
    expect(read.table.flagNames).toEqual(["DA", "Hate"]);
    expect(Array.from(read.table.flags ?? [])).toEqual([1, 2, 0]);
    expect(Array.from(read.table.month)).toEqual([2024 * 12 + 2, 2024 * 12 + 3, 2024 * 12 + 3]);
    const columns = new Set(excel.valueReads.filter((r) => r.r0 >= 1).map((r) => `${r.c0}+${r.cols}`));
    expect([...columns].sort()).toEqual(["1+1", "3+2", "6+2"]);
  });
});
