/**
 * File mode end to end inside node: FileHost -> messages -> the worker's handler -> the
 * engine -> a workbook, with an in-process stand-in for the Worker.
 */
import ExcelJS from "exceljs";
import { defaultSettings } from "../../src/engine/assessment/settings";
import { EngineSession } from "../../src/taskpane/fileMode/engineSession";
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

/**
 * Delivers messages at once. Chromium's worker takes a message while it waits for the
 * next slice of a file; node's in-memory Blob never makes it wait, so a message queued
 * with setTimeout would only arrive after the whole file was read.
 */
function immediateWorker(session: EngineSession): WorkerPort {
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage: (request: Request) => void handle(request),
  };
  const handle = createWorkerHandler((reply: Reply) => port.onmessage?.({ data: reply }), session);
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
    // Mapped, it is read with the mapping: the wards are the areas.
    const mapping = { date: "Incident date", area: "Ward", category: "Incident type" };
    expect(await host.listAreas(["asb-log.csv"], { "asb-log.csv": mapping })).toEqual(["North"]);
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

  it("stops reading a CSV between chunks when cancelled in the worker", async () => {
    const host = new FileHost(immediateWorker(new EngineSession(64)));
    const text = policeUkCsv();
    const file = new File([text], "cleveland.csv");
    let slices = 0;
    const counted = {
      name: file.name,
      size: file.size,
      slice: (a?: number, b?: number) => (slices++, file.slice(a, b)),
    };
    await host.openFiles([counted as unknown as File]);
    await host.openFiles([textFile("other.csv", "Ref\n1\n")]); // so the run reads the fixture again
    slices = 0;
    const controller = new AbortController();
    const progress: Progress[] = [];
    const running = host.run({
      sourceIds: ["cleveland.csv"],
      settings: defaultSettings("Alpha"),
      mappings: {},
      onProgress: (p) => {
        progress.push(p);
        if (p.fraction > 0.05) controller.abort(); // after the first chunk
      },
      signal: controller.signal,
    });
    await expect(running).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 50)); // time for a read that did not stop to go on
    expect(file.size / 64).toBeGreaterThan(200);
    expect(slices).toBeLessThanOrEqual(3); // the chunk read, and those read ahead of it
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
