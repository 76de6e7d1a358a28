/**
 * A harm weights sheet chosen in either host: harm on the Priorities sheet, the choice
 * saved for Refresh (Excel), and a weights table naming a category the data lacks
 * stopping the run before anything is written.
 */
import ExcelJS from "exceljs";
import { cellValue, FakeExcel, newWorkbook, type Scalar, type WorkbookModel } from "../fakeExcel";
import { defaultSettings } from "../../src/engine/assessment/settings";
import { AssessmentError } from "../../src/engine/errors";
import { EngineSession } from "../../src/taskpane/fileMode/engineSession";
import type { RunRequest } from "../../src/workbook/host";
import { createExcelHostWith } from "../../src/workbook/office";
import { policeUkCsv, textFile } from "../taskpane/policeUkFixture";
import { fakeRuntime } from "./office/excelFixture";

// Every month from Apr 2023 to Mar 2025, Alpha has 3 burglaries and 1 ASB incident, Beta 2 burglaries.
const extract: Scalar[][] = policeUkCsv()
  .trim()
  .split("\n")
  .map((line) => line.split(","));

const WEIGHTS: Scalar[][] = [
  ["Crime type", "CSS"],
  ["Burglary", 50],
];

function request(weightsSourceId?: string): RunRequest {
  return {
    sourceIds: ["Extract"],
    settings: defaultSettings("Alpha"),
    mappings: {},
    ...(weightsSourceId && { weightsSourceId }),
    onProgress: () => undefined,
    signal: new AbortController().signal,
  };
}

/** A written table's body rows. */
function tableRows(model: WorkbookModel, name: string): Scalar[][] {
  const table = model.sheets.flatMap((s) => s.tables).find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  const { sheet, r0, c0, rows, cols } = table.area;
  return Array.from({ length: rows - 1 }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cellValue(sheet, r0 + 1 + r, c0 + c)),
  );
}

// By hand, 2024/25: Alpha 36 burglaries x 50 = 1,800; ASB has no weight.
describe("the Excel host with a weights sheet", () => {
  it("writes harm beside volume and saves the choice, not the weights", async () => {
    const excel = new FakeExcel(newWorkbook({ Extract: extract, Weights: WEIGHTS }));
    const host = createExcelHostWith(fakeRuntime(excel));
    await host.run(request("Weights"));
    const rows = tableRows(excel.model, "SA_Harm");
    expect(rows.find((r) => r[0] === "Burglary")?.slice(0, 3)).toEqual(["Burglary", 36, 1800]);
    expect(rows.find((r) => r[0] === "Anti-social behaviour")?.[2]).toBe("no weight");
    const saved = await host.loadSavedSettings();
    expect(saved?.weightsSourceId).toBe("Weights");
    expect(saved?.settings.weights).toBeUndefined();
  });

  it("stops on a category the data lacks, naming the sheet and row, before writing anything", async () => {
    const excel = new FakeExcel(newWorkbook({ Extract: extract, Weights: [...WEIGHTS, ["Burglery", 1]] }));
    const before = excel.model.sheets.map((s) => s.name);
    const error = await createExcelHostWith(fakeRuntime(excel))
      .run(request("Weights"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentError);
    expect(error).toMatchObject({ source: "Weights", row: 3, column: "Crime type" });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(before);
  });
});

describe("file mode with a weights CSV", () => {
  it("writes harm on the Priorities sheet of the downloaded workbook", async () => {
    const session = new EngineSession();
    await session.open(textFile("street.csv", policeUkCsv()));
    await session.open(textFile("weights.csv", "Crime type,CSS\nBurglary,50\n"));
    const result = await session.run(
      { sourceIds: ["street.csv"], settings: defaultSettings("Alpha"), mappings: {}, weightsSourceId: "weights.csv" },
      () => undefined,
      () => false,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.download!.data as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Priorities")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === "Burglary" && r[2] === 1800)).toBeDefined();
  });
});
