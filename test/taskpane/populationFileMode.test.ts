/**
 * File mode with a population table: a CSV or a workbook sheet chosen as the population
 * table puts rates per 1,000 on the Share of region sheet of the downloaded workbook.
 */
import ExcelJS from "exceljs";
import { defaultSettings } from "../../src/engine/assessment/settings";
import { AssessmentError } from "../../src/engine/errors";
import { EngineSession } from "../../src/taskpane/fileMode/engineSession";
import { FileHost } from "../../src/taskpane/fileMode/FileHost";
import type { Reply, Request } from "../../src/taskpane/fileMode/protocol";
import type { WorkerPort } from "../../src/taskpane/fileMode/workerClient";
import { createWorkerHandler } from "../../src/taskpane/fileMode/workerHandler";
import type { RunResult } from "../../src/workbook/host";
import { policeUkCsv, textFile } from "./policeUkFixture";

const noProgress = () => undefined;
const notCancelled = () => false;

// A byte-order mark, CRLF endings, a quoted population with a thousands comma and a blank line.
const CENSUS_CSV =
  '\uFEFFLAD,NAME,COUNTY,REGION,POP11,POP21\r\nE1,Alpha,,,11000,"12,000"\r\n\r\nE2,Beta,,,4000,4800\r\n';

/** Each district's row of the Share of region sheet's district table, by its header. */
async function districtRates(result: RunResult): Promise<Record<string, Record<string, unknown>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(result.download!.data as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Share of region")!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const headerAt = rows.findIndex((r) => r.includes("Crimes per 1,000"));
  if (headerAt < 0) return {};
  const header = rows[headerAt] as string[];
  const out: Record<string, Record<string, unknown>> = {};
  for (const row of rows.slice(headerAt + 1)) {
    if (row[0] !== "Alpha" && row[0] !== "Beta") break;
    out[row[0]] = Object.fromEntries(header.map((h, i) => [h, row[i]]));
  }
  return out;
}

async function populationWorkbook(): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Residents").addRows([
    ["District", "Population"],
    ["Alpha", 12000],
    ["Beta", 4800],
  ]);
  return new File([(await workbook.xlsx.writeBuffer()) as ArrayBuffer], "census.xlsx");
}

// By hand, 2024/25: Alpha 3 burglaries x 12 months = 36 crimes (ASB is not crime) / 12,000 x 1,000 = 3.0;
// Beta 2 x 12 = 24 / 4,800 x 1,000 = 5.0, the higher rate (rank 1).
function expectHandWorkedRates(rates: Record<string, Record<string, unknown>>, populationHeader: string) {
  expect(rates.Alpha[populationHeader]).toBe(12000);
  expect(rates.Alpha["Crimes per 1,000"]).toBeCloseTo(3, 9);
  expect(rates.Alpha["Rate rank"]).toBe(2);
  expect(rates.Beta[populationHeader]).toBe(4800);
  expect(rates.Beta["Crimes per 1,000"]).toBeCloseTo(5, 9);
  expect(rates.Beta["Rate rank"]).toBe(1);
}

describe("file mode with a population table", () => {
  it("reads a census CSV (the newest census column) through FileHost and the worker handler", async () => {
    const session = new EngineSession(7);
    const port: WorkerPort = { onmessage: null, onerror: null, postMessage: (r: Request) => void handle(r) };
    const handle = createWorkerHandler((reply: Reply) => port.onmessage?.({ data: reply }), session);
    const host = new FileHost(port);
    await host.openFiles([textFile("street.csv", policeUkCsv()), textFile("population.csv", CENSUS_CSV)]);
    const listed = await host.discover();
    expect(listed.find((s) => s.id === "population.csv")).toMatchObject({ format: null, rows: 2 });

    const result = await host.run({
      sourceIds: ["street.csv"],
      settings: defaultSettings("Alpha"),
      mappings: {},
      populationSourceId: "population.csv",
      onProgress: noProgress,
      signal: new AbortController().signal,
    });
    expectHandWorkedRates(await districtRates(result), "Population (Census 2021)");
    expect(result.findings.map((f) => f.text).join("\n")).toContain("3.0 crimes per 1,000 residents");
  });

  it("reads a workbook sheet as the population table, and leaves rates out without one", async () => {
    const session = new EngineSession();
    await session.open(textFile("street.csv", policeUkCsv()));
    await session.open(await populationWorkbook());
    const request = { sourceIds: ["street.csv"], settings: defaultSettings("Alpha"), mappings: {} };
    const withRates = await session.run(
      { ...request, populationSourceId: "Residents (census.xlsx)" },
      noProgress,
      notCancelled,
    );
    expectHandWorkedRates(await districtRates(withRates), "Population (population table)");
    expect(await districtRates(await session.run(request, noProgress, notCancelled))).toEqual({});
  });

  it("stops on a population that is not a number, naming the file, row and column", async () => {
    const session = new EngineSession();
    await session.open(textFile("street.csv", policeUkCsv()));
    await session.open(textFile("population.csv", "NAME,POP21\nAlpha,12000\nBeta,unknown\n"));
    const error = await session
      .run(
        {
          sourceIds: ["street.csv"],
          settings: defaultSettings("Alpha"),
          mappings: {},
          populationSourceId: "population.csv",
        },
        noProgress,
        notCancelled,
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentError);
    expect(error).toMatchObject({ source: "population.csv", row: 3, column: "pop21" });
  });
});
