/** The write's promises: bounded syncs, untouched user sheets, idempotent refresh, and rollback. */
import { FakeExcel, PAYLOAD_LIMIT_BYTES, newWorkbook, snapshotWorkbook, sheetValues } from "../../fakeExcel";
import { AssessmentError } from "../../../src/engine/errors";
import { MAX_WRITE_SYNCS, writeReportPlan } from "../../../src/workbook/office/plan/writeReportPlan";
import { excelWithExtract, fakeRuntime } from "./excelFixture";
import { largePlan, smallPlan, writeOptions } from "./planFixture";

const sheetNames = (excel: FakeExcel) => excel.model.sheets.map((s) => s.name);
const userSheets = (excel: FakeExcel) =>
  snapshotWorkbook(excel.model).sheets.filter((s) => ["Crimes 2023", "My notes"].includes(s.name));

describe("the sync budget", () => {
  it.each([
    ["a small plan", () => smallPlan(), 1],
    ["six sheets of eight 3,000-row tables and charts", () => largePlan(6, 8, 3000), 3],
  ])("writes %s in at most 15 syncs, each request under 5 MB", async (_what, plan, minimumWriteBatches) => {
    const excel = excelWithExtract();
    await writeReportPlan(fakeRuntime(excel), plan(), writeOptions());
    expect(excel.syncCount).toBeLessThanOrEqual(MAX_WRITE_SYNCS);
    expect(Math.max(...excel.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // The large plan must really need several batches, or the bound proves nothing.
    expect(excel.syncs.filter((s) => s.operations.includes("range.values")).length).toBeGreaterThanOrEqual(
      minimumWriteBatches,
    );
  });

  it("keeps every request under 5 MB when the text is not ASCII (Excel counts UTF-8 bytes)", async () => {
    // "€" is one character but three bytes: a batch sized by characters would be nearly three times too big.
    const plan = largePlan(1, 1, 3000);
    for (const block of plan.sheets[0].blocks)
      if (block.kind === "table") block.rows.forEach((row) => (row[0] = "€".repeat(1000)));
    const excel = excelWithExtract();
    await writeReportPlan(fakeRuntime(excel), plan, writeOptions());
    const largest = Math.max(...excel.syncs.map((s) => s.requestBytes));
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.syncs.reduce((sum, s) => sum + s.requestBytes, 0)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("the large plan holds more cell data than one request may carry", () => {
    expect(JSON.stringify(largePlan(6, 8, 3000)).length).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("refuses, before writing, a plan too large for the budget", async () => {
    const excel = excelWithExtract();
    const before = snapshotWorkbook(excel.model);
    await expect(writeReportPlan(fakeRuntime(excel), largePlan(6, 20, 6000), writeOptions())).rejects.toThrow(
      /too large/,
    );
    expect(snapshotWorkbook(excel.model)).toEqual(before);
  });
});

describe("the user's sheets", () => {
  it("are exactly as they were after a write", async () => {
    const excel = excelWithExtract();
    const before = userSheets(excel);
    await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions());
    expect(userSheets(excel)).toEqual(before);
  });

  it("are never overwritten: a clashing name stops the run with advice, changing nothing", async () => {
    const excel = new FakeExcel(newWorkbook({ Data: [["x"]], summary: [["my own summary"]] }));
    const before = snapshotWorkbook(excel.model);
    const error = await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions()).catch((e) => e);
    expect(error).toBeInstanceOf(AssessmentError);
    expect(error.describe()).toMatch(/"summary".*never overwrites a sheet it did not make.*"Summary \(2\)"/);
    expect(snapshotWorkbook(excel.model)).toEqual(before);
  });

  it("can sit beside the assessment when the user chooses suffixed names", async () => {
    const excel = new FakeExcel(newWorkbook({ Data: [["x"]], Summary: [["my own summary"]] }));
    const result = await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions({ nameClash: "suffix" }));
    expect(result.sheets.map((s) => s.name)).toEqual(["Summary (2)", "Trends"]);
    expect(sheetValues(excel.model.sheets[1])).toEqual([["my own summary"]]);
    // Charts bound to the Summary table follow it to its new name.
    const chart = excel.model.sheets.find((s) => s.name === "Trends")!.charts[1];
    expect(chart.series[0].values?.sheet.name).toBe("Summary (2)");
  });

  it("keep their tables: a plan table whose name the user already uses takes a free name", async () => {
    const excel = excelWithExtract();
    const theirs = {
      id: 99,
      name: "TrendsTable",
      area: { sheet: excel.model.sheets[0], r0: 0, c0: 0, rows: 2, cols: 2 },
      hasHeaders: true,
      style: "",
      showBandedRows: false,
    };
    excel.model.sheets[0].tables.push(theirs);
    await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions());
    expect(excel.model.sheets[0].tables).toEqual([theirs]);
    expect(excel.model.sheets.find((s) => s.name === "Trends")!.tables.map((t) => t.name)).toEqual(["TrendsTable_2"]);
  });
});

describe("text that Excel would turn into a value", () => {
  const LABELS = ["Apr 2024", "2025-01", "1,234", "12%", "TRUE", "10:30"];

  it("stays text in headers, table cells, captions and lines of text", async () => {
    const plan = smallPlan();
    const [summary] = plan.sheets;
    const table = summary.blocks.find((b) => b.kind === "table")!;
    if (table.kind !== "table") throw new Error("the small plan's Summary has a table");
    table.columns[1].header = LABELS[1]; // a month header, as the monthly tables have
    table.rows[0][0] = LABELS[0];
    table.caption = LABELS[2];
    LABELS.forEach((text, i) =>
      summary.blocks.push({ kind: "text", at: { row: 30 + i, col: 0 }, text, style: "note" }),
    );
    const excel = excelWithExtract();
    await writeReportPlan(fakeRuntime(excel), plan, writeOptions());
    const values = sheetValues(excel.model.sheets.find((s) => s.name === "Summary")!);
    expect(values.slice(30, 30 + LABELS.length).map((row) => row[0])).toEqual(LABELS);
    expect([values[3][1], values[4][0], values[2][0]]).toEqual([LABELS[1], LABELS[0], LABELS[2]]);
  });
});

describe("refresh", () => {
  it("rebuilds the add-in's sheets in place: same names, no duplicates, user's edits elsewhere kept", async () => {
    const excel = excelWithExtract();
    const runtime = fakeRuntime(excel);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    const first = snapshotWorkbook(excel.model);
    excel.model.sheets[1].values.push(["a note added between runs"]);
    const userBefore = userSheets(excel);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    const second = snapshotWorkbook(excel.model);
    expect(sheetNames(excel)).toEqual(["Crimes 2023", "My notes", "Summary", "Trends"]);
    expect(second.sheets.slice(2)).toEqual(first.sheets.slice(2));
    // The same markers, of the next generation.
    const nextGeneration = first.names.map((n) => ({ ...n, name: n.name.replace("_g1_", "_g2_") }));
    expect(second.names).toEqual(nextGeneration);
    expect(userSheets(excel)).toEqual(userBefore);
  });

  it("keeps the add-in's sheets where the user moved them", async () => {
    const excel = excelWithExtract();
    const runtime = fakeRuntime(excel);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    const summary = excel.model.sheets.splice(2, 1)[0];
    excel.model.sheets.unshift(summary);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    expect(sheetNames(excel)).toEqual(["Summary", "Crimes 2023", "My notes", "Trends"]);
  });

  it("leaves alone an assessment sheet the user renamed to keep, and makes a new one", async () => {
    const excel = excelWithExtract();
    const runtime = fakeRuntime(excel);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    const kept = excel.model.sheets.find((s) => s.name === "Summary")!;
    kept.name = "Summary 2024";
    const keptValues = sheetValues(kept);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    expect(sheetNames(excel)).toEqual(["Crimes 2023", "My notes", "Summary 2024", "Summary", "Trends"]);
    expect(sheetValues(kept)).toEqual(keptValues);
    expect(kept.tables.map((t) => t.name)).toEqual(["SummaryTable"]);
  });

  it("does not take over a user's sheet that took the name of a deleted assessment sheet", async () => {
    const excel = excelWithExtract();
    const runtime = fakeRuntime(excel);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    excel.model.sheets.splice(2, 1); // the user deletes Summary...
    excel.model.sheets.push({
      ...excel.model.sheets[0],
      id: 500,
      name: "Summary",
      tables: [],
      charts: [],
      values: [["mine"]],
    }); // ...and makes their own
    const error = await writeReportPlan(runtime, smallPlan(), writeOptions()).catch((e) => e);
    expect(error.describe()).toMatch(/never overwrites/);
    expect(sheetValues(excel.model.sheets.find((s) => s.name === "Summary")!)).toEqual([["mine"]]);
  });
});

describe("a failed or cancelled write", () => {
  it.each([
    ["adding the second sheet", "worksheets.add", 2],
    ["adding a table", "tables.add", 1],
    ["adding a chart, after tables were made", "charts.add", 2],
    ["the first write of cells", "range.values", 1],
  ])("leaves a new workbook exactly as it was when Excel fails %s", async (_what, operation, occurrence) => {
    const excel = excelWithExtract();
    const before = snapshotWorkbook(excel.model);
    excel.failOnOperation(operation, occurrence);
    const error = await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions()).catch((e) => e);
    expect(error).toBeInstanceOf(AssessmentError);
    expect(error.message).toMatch(/left as it was/);
    expect(snapshotWorkbook(excel.model)).toEqual(before);
  });

  it("leaves last year's assessment in place when a refresh fails", async () => {
    const excel = excelWithExtract();
    const runtime = fakeRuntime(excel);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    const before = snapshotWorkbook(excel.model);
    excel.failOnOperation("charts.add", 3);
    await expect(writeReportPlan(runtime, largePlan(2, 2, 10), writeOptions())).rejects.toThrow(AssessmentError);
    expect(snapshotWorkbook(excel.model)).toEqual(before);
  });

  it("leaves the workbook as it was when cancelled part-way", async () => {
    const excel = excelWithExtract();
    const before = snapshotWorkbook(excel.model);
    const controller = new AbortController();
    const run = writeReportPlan(
      fakeRuntime(excel),
      largePlan(6, 8, 3000),
      writeOptions({
        signal: controller.signal,
        onProgress: (fraction) => fraction > 0 && controller.abort(),
      }),
    );
    await expect(run).rejects.toThrow(/cancelled/);
    expect(excel.syncCount).toBeGreaterThan(2); // it had started writing
    expect(snapshotWorkbook(excel.model)).toEqual(before);
  });

  it("refuses a protected workbook with advice, writing nothing", async () => {
    const excel = excelWithExtract();
    excel.model.protected = true;
    const error = await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions()).catch((e) => e);
    expect(error.describe()).toMatch(/structure is protected.*Unprotect the workbook/);
    expect(excel.syncs.flatMap((s) => s.operations).filter((op) => !op.endsWith(".load"))).toEqual([]);
  });

  it("refuses to rebuild an assessment sheet the user protected", async () => {
    const excel = excelWithExtract();
    const runtime = fakeRuntime(excel);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    excel.model.sheets.find((s) => s.name === "Trends")!.protected = true;
    const error = await writeReportPlan(runtime, smallPlan(), writeOptions()).catch((e) => e);
    expect(error).toMatchObject({ source: "Trends" });
    expect(error.describe()).toMatch(/Unprotect the sheet/);
  });

  it("tidies away sheets left by a run that was cut off", async () => {
    const excel = excelWithExtract();
    const runtime = fakeRuntime(excel);
    excel.failAtSync(3); // the swap never runs, as if Excel closed mid-run
    await expect(writeReportPlan(runtime, smallPlan(), writeOptions())).rejects.toThrow();
    expect(sheetNames(excel).filter((n) => n.startsWith("~SA tmp"))).toHaveLength(2);
    await writeReportPlan(runtime, smallPlan(), writeOptions());
    expect(sheetNames(excel)).toEqual(["Crimes 2023", "My notes", "Summary", "Trends"]);
  });
});
