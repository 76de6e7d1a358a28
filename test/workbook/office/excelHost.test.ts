/** The host the task pane uses, run end to end on a synthetic extract through the fake Excel and the real engine. */
import { FakeExcel, newWorkbook, snapshotWorkbook, sheetValues } from "../../fakeExcel";
import { defaultSettings } from "../../../src/engine/assessment/settings";
import { AssessmentError } from "../../../src/engine/errors";
import { describeSample, generatePoliceUkExtract } from "../../../src/sample/generateExtract";
import type { Progress, RunRequest } from "../../../src/workbook/host";
import { createExcelHostWith } from "../../../src/workbook/office";
import { MAX_WRITE_SYNCS } from "../../../src/workbook/office/plan/writeReportPlan";
import { fakeRuntime } from "./excelFixture";

const sample = describeSample({ rows: 6000 });
const area = sample.districts[0];

function excelWithSample(extra: Record<string, string[][]> = {}): FakeExcel {
  return new FakeExcel(
    newWorkbook({ Extract: generatePoliceUkExtract({ rows: 6000 }), "My notes": [["Keep me"]], ...extra }),
  );
}

function request(progress: Progress[] = [], signal = new AbortController().signal): RunRequest {
  return {
    sourceIds: ["Extract"],
    settings: defaultSettings(area),
    mappings: {},
    onProgress: (p) => progress.push(p),
    signal,
  };
}

describe("the Excel host", () => {
  it("discovers the extract and lists its districts", async () => {
    const host = createExcelHostWith(fakeRuntime(excelWithSample()));
    const [extract, notes] = await host.discover();
    expect(extract).toMatchObject({
      id: "Extract",
      format: "police-uk",
      rows: 6000,
      forces: [sample.force],
      firstMonth: sample.firstMonth,
      lastMonth: sample.lastMonth,
    });
    expect(notes.format).toBeNull();
    expect(await host.listAreas(["Extract"], {})).toEqual(expect.arrayContaining(sample.districts));
  });

  it("runs: reads, computes and writes the assessment sheets, with findings linked to them", async () => {
    const excel = excelWithSample();
    const sourceBefore = snapshotWorkbook(excel.model).sheets.slice(0, 2);
    const progress: Progress[] = [];
    let syncsBeforeWriting = 0;
    const result = await createExcelHostWith(fakeRuntime(excel)).run({
      ...request(progress),
      onProgress: (p) => {
        if (p.stage === "computing" && !syncsBeforeWriting) syncsBeforeWriting = excel.syncCount;
        progress.push(p);
      },
    });
    const names = excel.model.sheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(["Extract", "My notes"]);
    expect(names.slice(2)).toEqual(result.sheetNames);
    expect(result.sheetNames).toEqual(expect.arrayContaining(["Summary", "Trends", "Data quality & method"]));
    expect(result.findings.length).toBeGreaterThan(0);
    result.findings.forEach((finding) => expect(result.sheetNames).toContain(finding.sheetName));
    expect(excel.syncCount - syncsBeforeWriting).toBeLessThanOrEqual(MAX_WRITE_SYNCS);
    expect(snapshotWorkbook(excel.model).sheets.slice(0, 2)).toEqual(sourceBefore);
    // The area's name is on the Summary sheet.
    const summary = excel.model.sheets.find((s) => s.name === "Summary")!;
    expect(JSON.stringify(sheetValues(summary))).toContain(area);
  });

  it("reports progress through reading, computing and writing, never going back, ending at 1", async () => {
    const progress: Progress[] = [];
    await createExcelHostWith(fakeRuntime(excelWithSample())).run(request(progress));
    const stages = progress.map((p) => p.stage).filter((stage, i, all) => stage !== all[i - 1]);
    expect(stages).toEqual(["reading", "computing", "writing"]);
    progress.slice(1).forEach((p, i) => expect(p.fraction).toBeGreaterThanOrEqual(progress[i].fraction));
    expect(progress[progress.length - 1].fraction).toBe(1);
  });

  it("saves the settings, and a second run rebuilds the same sheets with no duplicates", async () => {
    const excel = excelWithSample();
    const host = createExcelHostWith(fakeRuntime(excel));
    const first = await host.run(request());
    const saved = await host.loadSavedSettings();
    expect(saved).toMatchObject({
      version: 1,
      sourceIds: ["Extract"],
      settings: { area },
      sheets: first.sheetNames.map((name) => expect.objectContaining({ name })),
    });
    const namesAfterFirst = excel.model.sheets.map((s) => s.name);
    const second = await host.run({ ...request(), settings: saved!.settings, sourceIds: saved!.sourceIds });
    expect(second.sheetNames).toEqual(first.sheetNames);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(namesAfterFirst);
  });

  it("returns no saved settings for a workbook never assessed", async () => {
    expect(await createExcelHostWith(fakeRuntime(excelWithSample())).loadSavedSettings()).toBeNull();
  });

  it("stops with advice on a sheet name the user has, and can write beside it when asked", async () => {
    const excel = excelWithSample({ Trends: [["my own trends"]] });
    const host = createExcelHostWith(fakeRuntime(excel));
    await expect(host.run(request())).rejects.toBeInstanceOf(AssessmentError);
    const result = await host.run({ ...request(), sheetNameClash: "suffix" } as RunRequest);
    expect(result.sheetNames).toContain("Trends (2)");
    expect(sheetValues(excel.model.sheets.find((s) => s.name === "Trends")!)).toEqual([["my own trends"]]);
  });

  it("leaves the workbook as it was when cancelled while reading", async () => {
    const excel = excelWithSample();
    const before = snapshotWorkbook(excel.model);
    const controller = new AbortController();
    const run = createExcelHostWith(fakeRuntime(excel)).run({
      ...request([], controller.signal),
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow(/cancelled/);
    expect(snapshotWorkbook(excel.model)).toEqual(before);
  });

  it("goes to a sheet", async () => {
    const excel = excelWithSample();
    await createExcelHostWith(fakeRuntime(excel)).goToSheet!("My notes");
    expect(excel.model.activeSheet?.name).toBe("My notes");
  });
});
