/**
 * File mode end to end inside node: FileHost -> messages -> the worker's handler -> the
 * engine -> a workbook, with an in-process stand-in for the Worker.
 */
import ExcelJS from "exceljs";
import { defaultSettings } from "../../src/engine/assessment/settings";
import { FileHost } from "../../src/taskpane/fileMode/FileHost";
import type { Reply, Request } from "../../src/taskpane/fileMode/protocol";
import type { WorkerPort } from "../../src/taskpane/fileMode/workerClient";
import { createWorkerHandler } from "../../src/taskpane/fileMode/workerHandler";
import type { Progress } from "../../src/workbook/host";
import { policeUkCsv, textFile } from "./policeUkFixture";

/** Delivers messages asynchronously, as a real worker does. */
function inProcessWorker(): WorkerPort {
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage: (request: Request) => {
      setTimeout(() => void handle(request), 0);
    },
  };
  const handle = createWorkerHandler((reply: Reply) => setTimeout(() => port.onmessage?.({ data: reply }), 0));
  return port;
}

const noProgress = () => undefined;

describe("FileHost with the worker handler", () => {
  it("describes an opened police.uk CSV", async () => {
    const host = new FileHost(inProcessWorker());
    await host.openFiles([textFile("cleveland.csv", policeUkCsv())]);
    const [source] = await host.discover();
    expect(source).toMatchObject({
      id: "cleveland.csv",
      kind: "file",
      format: "police-uk",
      rows: 144,
      firstMonth: "2023-04",
      lastMonth: "2025-03",
      districts: ["Alpha", "Beta"],
      forces: ["Test Police"],
    });
    expect(await host.listAreas(["cleveland.csv"], {})).toEqual(["Alpha", "Beta"]);
    expect(await host.loadSavedSettings()).toBeNull();
  });

  it("marks a table that is not an extract, with its headers for a mapping", async () => {
    const host = new FileHost(inProcessWorker());
    await host.openFiles([textFile("asb-log.csv", "Ref,Incident date,Ward,Incident type\n1,2024-05-01,North,Noise\n")]);
    const [source] = await host.discover();
    expect(source.format).toBeNull();
    expect(source.headers).toEqual(["Ref", "Incident date", "Ward", "Incident type"]);
    expect(source.problem).toMatch(/not a crime extract/);
  });

  it("generates a new workbook to download, with progress through each stage", async () => {
    const host = new FileHost(inProcessWorker());
    await host.openFiles([textFile("cleveland.csv", policeUkCsv())]);
    const progress: Progress[] = [];
    const result = await host.run({
      sourceIds: ["cleveland.csv"],
      settings: defaultSettings("Alpha"),
      mappings: {},
      onProgress: (p) => progress.push(p),
      signal: new AbortController().signal,
    });
    expect(progress.map((p) => p.stage)).toEqual(["reading", "computing", "writing", "writing"]);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);

    expect(result.download?.fileName).toBe("Strategic assessment - Alpha.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.download!.data.slice().buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(result.sheetNames);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const finding of result.findings) expect(result.sheetNames).toContain(finding.sheetName);
    // Worked by hand from the fixture: Alpha has 3 burglaries a month, 36 a year; Beta 24.
    const text = result.findings.map((f) => f.text).join(" ");
    expect(text).toContain("36 crimes in 2024/25");
    expect(text).toContain("60.0% of all recorded crime in Test Police"); // 36 / (36 + 24)
  });

  it("rejects with AbortError when cancelled, and drops the late result", async () => {
    const host = new FileHost(inProcessWorker());
    await host.openFiles([textFile("cleveland.csv", policeUkCsv())]);
    const controller = new AbortController();
    const running = host.run({
      sourceIds: ["cleveland.csv"],
      settings: defaultSettings("Alpha"),
      mappings: {},
      onProgress: () => controller.abort(),
      signal: controller.signal,
    });
    await expect(running).rejects.toMatchObject({ name: "AbortError" });
  });

  it("passes the engine's AssessmentError through with its advice", async () => {
    const host = new FileHost(inProcessWorker());
    await host.openFiles([textFile("cleveland.csv", policeUkCsv())]);
    const running = host.run({
      sourceIds: ["cleveland.csv"],
      settings: defaultSettings("Alfa"),
      mappings: {},
      onProgress: noProgress,
      signal: new AbortController().signal,
    });
    await expect(running).rejects.toMatchObject({
      name: "AssessmentError",
      message: 'The area "Alfa" is not in the data.',
    });
    await expect(running).rejects.toHaveProperty("advice", expect.stringContaining('Did you mean "Alpha"?'));
  });

  it("reports a file it cannot read and keeps the others", async () => {
    const host = new FileHost(inProcessWorker());
    const opening = host.openFiles([textFile("notes.txt", "hello"), textFile("cleveland.csv", policeUkCsv())]);
    await expect(opening).rejects.toMatchObject({ name: "AssessmentError", source: "notes.txt" });
    expect((await host.discover()).map((s) => s.id)).toEqual(["cleveland.csv"]);
  });
});
