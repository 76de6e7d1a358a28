/**
 * File mode keeps no settings between visits, so the weights table, peers, top places and
 * matrix weights must reach the engine through the worker on every run: the workbook built
 * compares the area with the two peers chosen, by rates worked out by hand.
 */
import ExcelJS from "exceljs";
import { FileHost } from "../../src/taskpane/fileMode/FileHost";
import type { Reply, Request } from "../../src/taskpane/fileMode/protocol";
import type { WorkerPort } from "../../src/taskpane/fileMode/workerClient";
import { createWorkerHandler } from "../../src/taskpane/fileMode/workerHandler";
import { cspRows, csvOf, populationRows, roundTripRequest as request, WEIGHTS_ROWS } from "./homeOfficeFixture";
import { textFile } from "./policeUkFixture";

jest.setTimeout(60_000);

function inProcessWorker(): WorkerPort {
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage: (message: Request) => {
      setTimeout(() => void handle(message), 0);
    },
  };
  const handle = createWorkerHandler((reply: Reply) => setTimeout(() => port.onmessage?.({ data: reply }), 0));
  return port;
}

describe("file mode", () => {
  it("passes them through the worker, and the workbook compares Holm with the two peers", async () => {
    const host = new FileHost(inProcessWorker());
    await host.openFiles([
      textFile("csp.csv", csvOf(cspRows())),
      textFile("population.csv", csvOf(populationRows())),
      textFile("weights.csv", csvOf(WEIGHTS_ROWS)),
    ]);
    const result = await host.run(request({ data: "csp.csv", population: "population.csv", weights: "weights.csv" }));
    expect(result.sheetNames).toEqual(expect.arrayContaining(["Comparisons", "Priorities"]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.download!.data as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    workbook.getWorksheet("Comparisons")!.eachRow((row) => cells.push(...(row.values as unknown[])));
    // By hand: a year of burglaries per 1,000 of 10,000 residents: Holm 4 x 45 = 18.0, Brook 6.0, Ashby 4.0.
    const rowOf = (name: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet("Comparisons")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows.find((r) => r[0] === name || r[1] === name);
    };
    for (const [name, rate] of [
      ["Holm", 18],
      ["Brook", 6],
      ["Ashby", 4],
    ] as const) {
      expect(rowOf(name)).toEqual(expect.arrayContaining([rate]));
    }
    expect(cells).not.toContain("Carr");
  });
});
