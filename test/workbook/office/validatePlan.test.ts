/** A plan Excel would refuse is stopped before the first sync, so nothing is written. */
import type { ReportPlan } from "../../../src/report/plan";
import { writeReportPlan } from "../../../src/workbook/office/plan/writeReportPlan";
import { excelWithExtract, fakeRuntime } from "./excelFixture";
import { smallPlan, writeOptions } from "./planFixture";

function broken(change: (plan: ReportPlan) => void): ReportPlan {
  const plan = smallPlan();
  change(plan);
  return plan;
}

describe("checking a plan before writing", () => {
  it.each([
    ["a sheet name with a slash", broken((p) => (p.sheets[1].name = "Trends 2023/24")), /sheet name.*: \\ \//],
    ["a sheet name over 31 characters", broken((p) => (p.sheets[1].name = "T".repeat(32))), /longer than 31/],
    ["two sheets named alike but for case", broken((p) => (p.sheets[1].name = "SUMMARY")), /two sheets/],
    [
      "a table name with a space",
      broken((p) => ((p.sheets[0].blocks[2] as { name: string }).name = "Summary table")),
      /table name/,
    ],
    [
      "a table name like a cell",
      broken((p) => ((p.sheets[0].blocks[2] as { name: string }).name = "AB12")),
      /cell reference/,
    ],
    [
      "a body row of the wrong width",
      broken((p) => (p.sheets[0].blocks[2] as { rows: unknown[][] }).rows[1].pop()),
      /row 2 of table SummaryTable/,
    ],
    [
      "a chart on a sheet not in the plan",
      broken((p) => ((p.sheets[1].blocks[2] as { categories: { sheet: string } }).categories.sheet = "Elsewhere")),
      /chart TrendChart/,
    ],
    [
      "a highlight outside its table",
      broken((p) => ((p.sheets[0].blocks[2] as { highlights: { toRow: number }[] }).highlights[0].toRow = 9)),
      /highlight/,
    ],
  ])("refuses %s, without a single sync", async (_what, plan, message) => {
    const excel = excelWithExtract();
    await expect(writeReportPlan(fakeRuntime(excel), plan, writeOptions())).rejects.toThrow(message);
    expect(excel.syncCount).toBe(0);
  });
});
