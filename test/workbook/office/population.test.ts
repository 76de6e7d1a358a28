/**
 * The Excel host with a population sheet chosen: rates per 1,000 on the Share of region
 * sheet, the choice saved for Refresh, two more syncs, and a bad value stopping the run first.
 */
import { cellValue, FakeExcel, newWorkbook, type Scalar, type WorkbookModel } from "../../fakeExcel";
import { defaultSettings } from "../../../src/engine/assessment/settings";
import { AssessmentError } from "../../../src/engine/errors";
import type { RunRequest } from "../../../src/workbook/host";
import { createExcelHostWith } from "../../../src/workbook/office";
import { policeUkCsv } from "../../taskpane/policeUkFixture";
import { fakeRuntime } from "./excelFixture";

// Every month from Apr 2023 to Mar 2025, Alpha has 3 burglaries and 1 ASB incident, Beta 2 burglaries.
const extract: Scalar[][] = policeUkCsv()
  .trim()
  .split("\n")
  .map((line) => line.split(","));

const CENSUS: Scalar[][] = [
  ["LAD", "NAME", "COUNTY", "REGION", "POP11", "POP21"],
  ["E1", "Alpha", "", "", 11000, 12000],
  ["E2", "Beta", "", "", 4000, 4800],
];

function excelWith(population: Scalar[][]): FakeExcel {
  return new FakeExcel(newWorkbook({ Extract: extract, Population: population }));
}

function request(populationSourceId?: string): RunRequest {
  return {
    sourceIds: ["Extract"],
    settings: defaultSettings("Alpha"),
    mappings: {},
    ...(populationSourceId && { populationSourceId }),
    onProgress: () => undefined,
    signal: new AbortController().signal,
  };
}

/** A written table's cells, header row first. */
function tableValues(model: WorkbookModel, name: string): Scalar[][] {
  const table = model.sheets.flatMap((s) => s.tables).find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  const { sheet, r0, c0, rows, cols } = table.area;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cellValue(sheet, r0 + r, c0 + c)),
  );
}

describe("the Excel host with a population table", () => {
  it("writes population, crimes per 1,000 and rate rank by district", async () => {
    const excel = excelWith(CENSUS);
    const host = createExcelHostWith(fakeRuntime(excel));
    const result = await host.run(request("Population"));

    const [header, ...rows] = tableValues(excel.model, "SA_ShareByDistrict");
    expect(header.slice(-3)).toEqual(["Population (Census 2021)", "Crimes per 1,000", "Rate rank"]);
    const column = (title: string) => header.indexOf(title);
    const byDistrict = Object.fromEntries(
      rows.map((r) => [
        r[0],
        [r[column("Population (Census 2021)")], r[column("Crimes per 1,000")], r[column("Rate rank")]],
      ]),
    );
    // By hand, 2024/25: Alpha 3 x 12 = 36 crimes (ASB is not crime) / 12,000 x 1,000 = 3.0;
    // Beta 2 x 12 = 24 / 4,800 x 1,000 = 5.0, the higher rate (rank 1). POP21 is used, not POP11.
    expect(byDistrict.Alpha[0]).toBe(12000);
    expect(byDistrict.Alpha[1]).toBeCloseTo(3, 9);
    expect(byDistrict.Alpha[2]).toBe(2);
    expect(byDistrict.Beta[0]).toBe(4800);
    expect(byDistrict.Beta[1]).toBeCloseTo(5, 9);
    expect(byDistrict.Beta[2]).toBe(1);
    expect(result.findings.map((f) => f.text).join("\n")).toContain("3.0 crimes per 1,000 residents");

    const saved = await host.loadSavedSettings();
    expect(saved?.populationSourceId).toBe("Population");
    expect(saved?.settings.population).toBeUndefined();
  });

  it("reads the population table in two syncs, and leaves the columns out without one", async () => {
    const without = excelWith(CENSUS);
    await createExcelHostWith(fakeRuntime(without)).run(request());
    const syncsWithout = without.syncCount;
    expect(tableValues(without.model, "SA_ShareByDistrict")[0]).not.toContain("Crimes per 1,000");
    expect((await createExcelHostWith(fakeRuntime(without)).loadSavedSettings())?.populationSourceId).toBeUndefined();

    const withPopulation = excelWith(CENSUS);
    await createExcelHostWith(fakeRuntime(withPopulation)).run(request("Population"));
    expect(withPopulation.syncCount - syncsWithout).toBe(2);
  });

  it("stops on a population that is not a number, naming the row and column, before writing anything", async () => {
    const excel = excelWith([...CENSUS.slice(0, 2), ["E2", "Beta", "", "", 4000, "n/a"]]);
    const before = excel.model.sheets.map((s) => s.name);
    const error = await createExcelHostWith(fakeRuntime(excel))
      .run(request("Population"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentError);
    expect(error).toMatchObject({ source: "Population", row: 3, column: "pop21" });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(before);
  });
});
