/**
 * A Refresh that can always recover: Excel may stop a batch after any of its
 * operations and keeps the ones before (no rollback). For every such cut, in the
 * build batches, the swap batch and the rollback, the next Refresh must leave no
 * orphan, must not take anything of the add-in's for the user's, and must not touch
 * the user's sheets.
 */
import fc from "fast-check";
import { FakeExcel, newWorkbook, snapshotWorkbook, type TableModel } from "../../fakeExcel";
import { AssessmentError } from "../../../src/engine/errors";
import type { ReportPlan } from "../../../src/report/plan";
import { discoverSources } from "../../../src/workbook/office/discover";
import { writeReportPlan } from "../../../src/workbook/office/plan/writeReportPlan";
import { EXTRACT_HEADER, extractRows, fakeRuntime } from "./excelFixture";
import { smallPlan, writeOptions } from "./planFixture";

const USER_SHEETS = ["Crimes 2023", "My notes", "Trends 2023", "Targets"];
const PLAN_SHEETS = ["Summary", "Trends"];

/** Next year's plan: different words, so a test can tell the new assessment from last year's. */
function nextYearPlan(): ReportPlan {
  const plan = smallPlan();
  const title = plan.sheets[0].blocks[0];
  if (title.kind === "text") title.text = "Strategic assessment: Knowsley, next year";
  return plan;
}

/**
 * The user's workbook after last year's assessment: an extract, notes with a table
 * and a defined name of their own, last year's Trends renamed to keep (it still
 * carries the add-in's marker), and a sheet of their own made afterwards.
 */
async function lastYearsWorkbook(): Promise<FakeExcel> {
  const excel = new FakeExcel(
    newWorkbook({
      "Crimes 2023": [EXTRACT_HEADER, ...extractRows(30)],
      "My notes": [
        ["Area", "Note"],
        ["Knowsley", "=not a formula, just typed text in the fake"],
      ],
    }),
  );
  const notes = excel.model.sheets[1];
  const table: TableModel = {
    id: 90,
    name: "MyNotes",
    area: { sheet: notes, r0: 0, c0: 0, rows: 2, cols: 2 },
    hasHeaders: true,
    style: "TableStyleLight1",
    showBandedRows: true,
  };
  notes.tables.push(table);
  excel.model.names.push({
    name: "MyArea",
    formula: "",
    area: { ...table.area, r0: 1, rows: 1, cols: 1 },
    comment: "",
    visible: true,
  });
  await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions());
  excel.model.sheets.find((s) => s.name === "Trends")!.name = "Trends 2023";
  const targets = newWorkbook({
    Targets: [
      ["Priority", "Target"],
      ["Burglary", -0.05],
    ],
  }).sheets[0];
  targets.id = 91;
  excel.model.sheets.push(targets);
  return excel;
}

type Snapshot = ReturnType<typeof snapshotWorkbook>;
const sheetsNamed = (snapshot: Snapshot, names: string[]) => snapshot.sheets.filter((s) => names.includes(s.name));
const userNames = (snapshot: Snapshot) => snapshot.names.filter((n) => !n.name.startsWith("StrategicAssessment_"));

/** A clean refresh of last year's workbook, to compare recovered workbooks with. */
async function reference() {
  const excel = await lastYearsWorkbook();
  const before = excel.syncCount;
  await writeReportPlan(fakeRuntime(excel), nextYearPlan(), writeOptions());
  const syncs = excel.syncs.slice(before);
  return { snapshot: snapshotWorkbook(excel.model), syncs };
}

/** What every workbook must look like after a successful refresh; returns what differs. */
function problemsAfterRefresh(excel: FakeExcel, expected: Snapshot, userBefore: Snapshot): string[] {
  const problems: string[] = [];
  const now = snapshotWorkbook(excel.model);
  const names = now.sheets.map((s) => s.name);
  if ([...names].sort().join("|") !== [...USER_SHEETS, ...PLAN_SHEETS].sort().join("|"))
    problems.push(`sheets are ${names.join(", ")}`);
  const userOrder = names.filter((n) => USER_SHEETS.includes(n));
  if (userOrder.join("|") !== USER_SHEETS.join("|")) problems.push(`user's sheets reordered: ${userOrder.join(", ")}`);
  if (JSON.stringify(sheetsNamed(now, USER_SHEETS)) !== JSON.stringify(sheetsNamed(userBefore, USER_SHEETS)))
    problems.push("a user's sheet changed");
  if (JSON.stringify(userNames(now)) !== JSON.stringify(userNames(userBefore))) problems.push("a user's name changed");
  if (JSON.stringify(sheetsNamed(now, PLAN_SHEETS)) !== JSON.stringify(sheetsNamed(expected, PLAN_SHEETS)))
    problems.push("the assessment sheets differ from a clean refresh's");
  problems.push(...bookkeepingProblems(now));
  return problems;
}

/** Markers and settings agree: one marker of the committed generation per listed sheet, pointing at it, and no other. */
function bookkeepingProblems(snapshot: Snapshot): string[] {
  const stored = JSON.parse(String(new Map(snapshot.settings).get("strategicAssessment")));
  const markers = snapshot.names.filter((n) => n.name.startsWith("StrategicAssessment_"));
  const expected = (stored.sheets as { key: string; name: string }[]).map((s) => ({
    name: `StrategicAssessment_g${stored.generation}_${s.key}`,
    // Excel quotes a sheet name in a formula only when it must.
    formula: /^\w+$/.test(s.name) ? `=${s.name}!$A$1` : `='${s.name}'!$A$1`,
    visible: false,
  }));
  const problems: string[] = [];
  if (JSON.stringify(markers) !== JSON.stringify(expected))
    problems.push(`markers ${JSON.stringify(markers)} for settings ${JSON.stringify(stored.sheets)}`);
  if (stored.pending?.length) problems.push(`generations still pending: ${stored.pending}`);
  return problems;
}

describe("a refresh cut off mid-swap", () => {
  it("is repaired by the next refresh, wherever the swap stopped", async () => {
    const { snapshot: expected, syncs } = await reference();
    const swap = syncs[syncs.length - 1];
    // The swap deletes, renames, moves and commits: a cut anywhere in that is worth testing.
    expect(swap.operations).toEqual(expect.arrayContaining(["worksheet.delete", "worksheet.name", "settings.add"]));
    const problems: string[] = [];
    for (let k = 0; k <= swap.operations.length; k++) {
      const excel = await lastYearsWorkbook();
      const userBefore = snapshotWorkbook(excel.model);
      const runtime = fakeRuntime(excel);
      excel.failAfter(excel.syncCount + syncs.length, k);
      const cut = await writeReportPlan(runtime, nextYearPlan(), writeOptions()).catch((e) => e);
      if (!(cut instanceof AssessmentError) || !/swapped in/.test(cut.message))
        problems.push(`k=${k}: the cut run ended with ${cut}`);
      // In between, nothing of the add-in's is offered as the user's data.
      const offered = (await discoverSources(runtime)).map((s) => s.id.replace(/!.*/, ""));
      const foreign = offered.filter((id) => !USER_SHEETS.includes(id));
      if (foreign.length) problems.push(`k=${k}: offered as data: ${foreign.join(", ")}`);
      const recovered = await writeReportPlan(runtime, nextYearPlan(), writeOptions()).catch((e) => e);
      if (recovered instanceof Error) problems.push(`k=${k}: the next refresh failed: ${recovered.message}`);
      else problems.push(...problemsAfterRefresh(excel, expected, userBefore).map((p) => `k=${k}: ${p}`));
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

describe("a refresh that fails while building", () => {
  it("leaves the workbook exactly as it was, wherever a build batch stopped", async () => {
    const { syncs } = await reference();
    // The first sync reads the workbook; the last is the swap; the rest build.
    const builds = syncs.slice(1, -1);
    expect(builds.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const [b, build] of builds.entries()) {
      for (let k = 0; k <= build.operations.length; k++) {
        const excel = await lastYearsWorkbook();
        const before = snapshotWorkbook(excel.model);
        excel.failAfter(excel.syncCount + 2 + b, k);
        const error = await writeReportPlan(fakeRuntime(excel), nextYearPlan(), writeOptions()).catch((e) => e);
        if (!/left as it was/.test(String(error?.message))) problems.push(`batch ${b}, k=${k}: ${error}`);
        if (JSON.stringify(snapshotWorkbook(excel.model)) !== JSON.stringify(before))
          problems.push(`batch ${b}, k=${k}: the workbook changed`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

describe("refreshes cut off again and again", () => {
  it("end in a clean assessment after one uninterrupted refresh, whatever was cut before", async () => {
    const { snapshot: expected } = await reference();
    // A cut: the run's Nth sync (counting its rollback's) stops after k operations; past its last sync, no cut.
    // A run may be cut twice: its build, then its tidy-up.
    const cut = fc.record({ sync: fc.integer({ min: 1, max: 6 }), after: fc.integer({ min: 0, max: 120 }) });
    const run = fc.array(cut, { minLength: 1, maxLength: 2 });
    await fc.assert(
      fc.asyncProperty(fc.array(run, { minLength: 1, maxLength: 4 }), async (runs) => {
        const excel = await lastYearsWorkbook();
        const userBefore = snapshotWorkbook(excel.model);
        const runtime = fakeRuntime(excel);
        for (const cuts of runs) {
          const start = excel.syncCount;
          cuts.forEach(({ sync, after }) => excel.failAfter(start + sync, after));
          await writeReportPlan(runtime, nextYearPlan(), writeOptions()).catch(() => undefined);
          excel.clearFailures();
        }
        await writeReportPlan(runtime, nextYearPlan(), writeOptions());
        expect(problemsAfterRefresh(excel, expected, userBefore)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe("a build cut off with no tidy-up (Excel closed)", () => {
  it("is repaired by the next refresh, wherever the build stopped", async () => {
    const { snapshot: expected, syncs } = await reference();
    const build = syncs[1];
    const problems: string[] = [];
    for (let k = 0; k <= build.operations.length; k++) {
      const excel = await lastYearsWorkbook();
      const userBefore = snapshotWorkbook(excel.model);
      const runtime = fakeRuntime(excel);
      excel.failAfter(excel.syncCount + 2, k);
      excel.failAfter(excel.syncCount + 3, 0); // the tidy-up never runs
      await writeReportPlan(runtime, nextYearPlan(), writeOptions()).catch(() => undefined);
      const offered = (await discoverSources(runtime)).map((s) => s.id.replace(/!.*/, ""));
      const foreign = offered.filter((id) => !USER_SHEETS.includes(id));
      if (foreign.length) problems.push(`k=${k}: offered as data: ${foreign.join(", ")}`);
      const recovered = await writeReportPlan(runtime, nextYearPlan(), writeOptions()).catch((e) => e);
      if (recovered instanceof Error) problems.push(`k=${k}: the next refresh failed: ${recovered.message}`);
      else problems.push(...problemsAfterRefresh(excel, expected, userBefore).map((p) => `k=${k}: ${p}`));
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

describe("a failed build whose tidy-up is cut off too", () => {
  it("is repaired by the next refresh, wherever the tidy-up stopped", async () => {
    const { snapshot: expected } = await reference();
    // A dry run: the build fails, then the rollback reads (sync 3) and deletes (sync 4).
    const dry = await lastYearsWorkbook();
    const start = dry.syncCount;
    dry.failAfter(start + 2, 5);
    await writeReportPlan(fakeRuntime(dry), nextYearPlan(), writeOptions()).catch(() => undefined);
    const tidyUp = dry.syncs[start + 3];
    expect(tidyUp.operations).toEqual(expect.arrayContaining(["worksheet.delete", "namedItem.delete"]));
    const problems: string[] = [];
    for (let k = 0; k <= tidyUp.operations.length; k++) {
      const excel = await lastYearsWorkbook();
      const userBefore = snapshotWorkbook(excel.model);
      excel.failAfter(excel.syncCount + 2, 5);
      excel.failAfter(excel.syncCount + 4, k);
      await writeReportPlan(fakeRuntime(excel), nextYearPlan(), writeOptions()).catch(() => undefined);
      const recovered = await writeReportPlan(fakeRuntime(excel), nextYearPlan(), writeOptions()).catch((e) => e);
      if (recovered instanceof Error) problems.push(`k=${k}: the next refresh failed: ${recovered.message}`);
      else problems.push(...problemsAfterRefresh(excel, expected, userBefore).map((p) => `k=${k}: ${p}`));
    }
    expect(problems).toEqual([]);
  }, 60_000);
});

describe("markers the add-in did not leave in this workbook's bookkeeping", () => {
  it("leave a sheet copied in from another assessed workbook alone, and are removed", async () => {
    const excel = await lastYearsWorkbook();
    // Copying a sheet between workbooks brings the names that point at it.
    const copied = newWorkbook({ "Summary 2022": [["last year's summary, from another workbook"]] }).sheets[0];
    copied.id = 92;
    excel.model.sheets.push(copied);
    const foreign = { name: "StrategicAssessment_g7_summary", formula: "", comment: "", visible: false };
    excel.model.names.push({ ...foreign, area: { sheet: copied, r0: 0, c0: 0, rows: 1, cols: 1 } });
    const before = snapshotWorkbook(excel.model).sheets.find((s) => s.name === "Summary 2022");
    await writeReportPlan(fakeRuntime(excel), nextYearPlan(), writeOptions());
    const after = snapshotWorkbook(excel.model);
    expect(after.sheets.find((s) => s.name === "Summary 2022")).toEqual(before);
    expect(after.names.map((n) => n.name)).not.toContain(foreign.name);
    expect(bookkeepingProblems(after)).toEqual([]);
  });

  it("do not make a never-assessed workbook's sheet the add-in's", async () => {
    const excel = new FakeExcel(newWorkbook({ Data: [["x"]], Summary: [["copied in"]] }));
    const summary = excel.model.sheets[1];
    excel.model.names.push({
      name: "StrategicAssessment_g1_summary",
      formula: "",
      area: { sheet: summary, r0: 0, c0: 0, rows: 1, cols: 1 },
      comment: "",
      visible: false,
    });
    const error = await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions()).catch((e) => e);
    expect(error.describe()).toMatch(/never overwrites a sheet it did not make/);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data", "Summary"]);
  });
});

describe("a workbook assessed before generations", () => {
  /** Last year's workbook as the previous scheme wrote it: markers by key only, settings without a generation. */
  async function previousSchemeWorkbook(): Promise<FakeExcel> {
    const excel = await lastYearsWorkbook();
    excel.model.names.forEach((n) => (n.name = n.name.replace(/_g1_/, "_")));
    const stored = JSON.parse(String(excel.model.settings.get("strategicAssessment")));
    delete stored.generation;
    excel.model.settings.set("strategicAssessment", JSON.stringify(stored));
    // And a temporary sheet left by one of its runs that was cut off before the swap.
    const leftover = newWorkbook({ "~SA tmp 1": [["half-built"]] }).sheets[0];
    leftover.id = 93;
    excel.model.sheets.push(leftover);
    excel.model.names.push({
      name: "StrategicAssessment_tmp_1",
      formula: "",
      area: { sheet: leftover, r0: 0, c0: 0, rows: 1, cols: 1 },
      comment: "",
      visible: false,
    });
    return excel;
  }

  it("is recognised: its sheets are replaced, its left-over removed, and its markers remade", async () => {
    const { snapshot: expected } = await reference();
    const excel = await previousSchemeWorkbook();
    expect(excel.model.names.map((n) => n.name)).toEqual([
      "MyArea",
      "StrategicAssessment_summary",
      "StrategicAssessment_trends",
      "StrategicAssessment_tmp_1",
    ]);
    const userBefore = snapshotWorkbook(excel.model);
    await writeReportPlan(fakeRuntime(excel), nextYearPlan(), writeOptions());
    expect(problemsAfterRefresh(excel, expected, userBefore)).toEqual([]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual([
      ...USER_SHEETS.slice(0, 2),
      ...PLAN_SHEETS,
      ...USER_SHEETS.slice(2),
    ]);
  });
});
