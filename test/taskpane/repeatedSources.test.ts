/**
 * Both hosts through the real engine: the run result carries page 1, the basis used and
 * the sources left out as copies, by the pane's ids; keepSourceIds reaches the engine's
 * keepSources by name (an Excel table's id is "Sheet!Table", its name "Table") and is
 * saved for Refresh.
 */
import { defaultSettings } from "../../src/engine/assessment/settings";
import { FileHost } from "../../src/taskpane/fileMode/FileHost";
import type { Reply, Request } from "../../src/taskpane/fileMode/protocol";
import type { WorkerPort } from "../../src/taskpane/fileMode/workerClient";
import { createWorkerHandler } from "../../src/taskpane/fileMode/workerHandler";
import type { AssessmentHost, RunRequest, RunResult } from "../../src/workbook/host";
import { createExcelHostWith } from "../../src/workbook/office";
import { parseSavedSettings } from "../../src/workbook/office/savedSettings";
import { FakeExcel, newWorkbook, type Scalar } from "../fakeExcel";
import { fakeRuntime } from "../workbook/office/excelFixture";
import { policeUkCsv, textFile } from "./policeUkFixture";

/** The fixture's rows for Alpha only: a "my area" copy of the force's extract. */
function alphaOnlyCsv(): string {
  const [header, ...rows] = policeUkCsv().trimEnd().split("\n");
  return [header, ...rows.filter((row) => row.includes(",Alpha 001A,"))].join("\n") + "\n";
}

function grid(csv: string): Scalar[][] {
  return csv
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));
}

function request(sourceIds: string[], keepSourceIds?: string[]): RunRequest {
  return {
    sourceIds,
    settings: defaultSettings("Alpha"),
    mappings: {},
    ...(keepSourceIds && { keepSourceIds }),
    onProgress: () => undefined,
    signal: new AbortController().signal,
  };
}

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

async function fileHost(): Promise<AssessmentHost> {
  const host = new FileHost(inProcessWorker());
  await host.openFiles([
    textFile("street.csv", policeUkCsv()),
    textFile("alpha-only.csv", alphaOnlyCsv()),
    textFile("street copy.csv", policeUkCsv()),
  ]);
  return host;
}

/** "Street" is the whole extract; on "Notes", below a line of text, the table "AlphaOnly" holds Alpha's rows. */
function excelHost(): { host: AssessmentHost; excel: FakeExcel } {
  const alpha = grid(alphaOnlyCsv());
  const excel = new FakeExcel(newWorkbook({ Street: grid(policeUkCsv()), Notes: [["My area's rows"], [], ...alpha] }));
  const notes = excel.model.sheets[1];
  notes.tables.push({
    id: 7,
    name: "AlphaOnly",
    area: { sheet: notes, r0: 2, c0: 0, rows: alpha.length, cols: alpha[0].length },
    hasHeaders: true,
    style: "",
    showBandedRows: true,
  });
  return { host: createExcelHostWith(fakeRuntime(excel)), excel };
}

const sentences = (result: RunResult) => result.summary.sentences.map((s) => s.text).join(" ");

describe.each([
  ["file mode", "street.csv", "alpha-only.csv", fileHost],
  ["Excel", "Street", "Notes!AlphaOnly", async () => excelHost().host],
])("%s", (_, full, copy, makeHost) => {
  it("returns page 1, the basis used, and a filtered copy left out, by the pane's id", async () => {
    const host = await makeHost();
    const result = await host.run(request([full, copy]));
    expect(result.leftOut).toEqual([
      { sourceId: copy, reason: `Copy or filtered part of "${full}" (left out)`, kind: "copy" },
    ]);
    expect(result.summary.title).toBe("Strategic assessment: Alpha, 2024/25");
    // By hand: Alpha has 3 burglaries a month, 36 in 2024/25; the copy's are not counted again.
    expect(sentences(result)).toContain("Alpha recorded 36 crimes in 2024/25");
    expect(result.summary.warnings.join(" ")).toContain(`left out`);
    for (const sentence of result.summary.sentences) expect(sentence.sheetName).toBe("Summary");
    expect(result.sheetNames).toContain("Summary");
    // Apr 2023 to Mar 2025: financial years compare all 12 months of 2024/25 with 2023/24.
    expect(result.basis).toMatchObject({ used: "financial", how: "automatic" });
    expect(result.basis.monthsCompared.financial).toBe(12);
  });

  it("counts the copy when the request keeps it (not reusing the read that left it out)", async () => {
    const host = await makeHost();
    await host.run(request([full, copy]));
    const result = await host.run(request([full, copy], [copy]));
    expect(result.leftOut).toEqual([]);
    // Counted twice on purpose: 36 + 36.
    expect(sentences(result)).toContain("Alpha recorded 72 crimes in 2024/25");
    expect(await host.listAreas([full, copy], {}, [copy])).toEqual(["Alpha", "Beta"]);
  });
});

describe("file mode: the same file under another name", () => {
  it("is counted once, and said to be the same rows, not a copy to keep", async () => {
    const host = await fileHost();
    const result = await host.run(request(["street.csv", "street copy.csv"]));
    expect(result.leftOut).toEqual([
      { sourceId: "street copy.csv", reason: 'Same rows as "street.csv" (counted once)', kind: "same" },
    ]);
    expect(sentences(result)).toContain("Alpha recorded 36 crimes in 2024/25");
  });

  it("lists each opened file's months", async () => {
    const [street, alpha] = await (await fileHost()).discover();
    expect(street.months).toHaveLength(24);
    expect(street.months?.[0]).toBe("2023-04");
    expect(alpha.months).toEqual(street.months);
  });
});

describe("Excel: the kept copy is saved for Refresh", () => {
  it("saves keepSourceIds with the settings, and none when nothing is kept", async () => {
    const { host } = excelHost();
    await host.run(request(["Street", "Notes!AlphaOnly"], ["Notes!AlphaOnly"]));
    expect((await host.loadSavedSettings())?.keepSourceIds).toEqual(["Notes!AlphaOnly"]);
    await host.run(request(["Street", "Notes!AlphaOnly"]));
    expect((await host.loadSavedSettings())?.keepSourceIds).toBeUndefined();
  });
});

describe("parseSavedSettings: keepSourceIds", () => {
  const base = { version: 1, sourceIds: ["a"], settings: defaultSettings("X"), sheets: [] };
  it.each([
    [
      ["a", "b"],
      ["a", "b"],
    ],
    [["a", 3, "", null], ["a"]],
    ["a", undefined],
    [[], undefined],
    [undefined, undefined],
  ])("%j -> %j", (keepSourceIds, expected) => {
    expect(parseSavedSettings(JSON.stringify({ ...base, keepSourceIds }))?.keepSourceIds).toEqual(expected);
  });
});
