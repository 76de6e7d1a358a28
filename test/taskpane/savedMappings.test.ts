/**
 * Named column mappings and what the data holds, through both hosts: the Excel host saves
 * the named mappings and priorities in the workbook for a refresh; both hosts describe a
 * mapped table with flags alike (one engine function); damaged saved entries are dropped.
 */
import { defaultSettings, type AssessmentSettings } from "../../src/engine/assessment/settings";
import type { ColumnMapping, SavedMapping } from "../../src/engine/extracts/types";
import { withSavedMapping } from "../../src/taskpane/App/usePaneState";
import { FileHost } from "../../src/taskpane/fileMode/FileHost";
import type { Reply, Request } from "../../src/taskpane/fileMode/protocol";
import type { WorkerPort } from "../../src/taskpane/fileMode/workerClient";
import { createWorkerHandler } from "../../src/taskpane/fileMode/workerHandler";
import type { RunRequest } from "../../src/workbook/host";
import { createExcelHostWith } from "../../src/workbook/office";
import { parseSavedSettings } from "../../src/workbook/office/savedSettings";
import { FakeExcel, newWorkbook } from "../fakeExcel";
import { fakeRuntime } from "../workbook/office/excelFixture";
import { forceLogCsv, forceLogRows } from "./forceLogFixture";
import { textFile } from "./policeUkFixture";

const MAPPING: ColumnMapping = {
  date: "Date",
  area: "Ward",
  category: "Offence",
  flags: { "Domestic abuse": "DA flag", "Hate crime": "Hate flag" },
};
const NAMED: SavedMapping = { name: "Force records export", mapping: MAPPING };

describe("withSavedMapping", () => {
  const a: SavedMapping = { name: "Council log", mapping: { date: "When", area: "Ward", category: "Type" } };
  it.each([
    ["adds a new name at the end", [a], "Force records export", [a, NAMED]],
    [
      "replaces one of the same name in any case",
      [a, NAMED],
      " force RECORDS export ",
      [a, { ...NAMED, name: "force RECORDS export" }],
    ],
  ])("%s", (_, saved, name, expected) => {
    expect(withSavedMapping(saved, name, MAPPING)).toEqual(expected);
  });
});

describe("parseSavedSettings: savedMappings", () => {
  const base = { version: 1, sourceIds: ["a"], settings: defaultSettings("X"), mappings: {}, sheets: [] };
  const byYear = { name: "By year", mapping: { year: "Yr", month: "Mth", area: "Ward", category: "Type" } };
  it.each([
    ["keeps whole ones", [NAMED, byYear], [NAMED, byYear]],
    ["drops one with no name", [{ ...NAMED, name: " " }, byYear], [byYear]],
    ["drops one with no area column", [{ name: "x", mapping: { date: "D", category: "C" } }], undefined],
    ["drops a year with no month", [{ name: "x", mapping: { year: "Y", area: "A", category: "C" } }], undefined],
    ["drops a column that is not text", [{ name: "x", mapping: { date: 3, area: "A", category: "C" } }], undefined],
    ["drops flags that are not columns", [{ name: "x", mapping: { ...MAPPING, flags: ["DA"] } }], undefined],
    ["drops a list that is not one", "Force records export", undefined],
    ["gives none when there were none", undefined, undefined],
  ])("%s", (_, savedMappings, expected) => {
    expect(parseSavedSettings(JSON.stringify({ ...base, savedMappings }))?.savedMappings).toEqual(expected);
  });
});

const DOMESTIC_ABUSE = {
  name: "Domestic abuse",
  rules: [{ kind: "flag" as const, value: "Domestic abuse" }],
  polarity: "higherIsBetter" as const,
};

function request(sourceId: string, settings: AssessmentSettings): RunRequest {
  return {
    sourceIds: [sourceId],
    settings,
    mappings: { [sourceId]: MAPPING },
    savedMappings: [NAMED],
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

const EXPECTED_DATA = {
  areas: ["North", "South"],
  formats: ["mapped"],
  categories: ["Assault", "Theft"],
  groups: [],
  subgroups: [],
  codes: [],
  flags: ["Domestic abuse", "Hate crime"],
};

describe("the Excel host", () => {
  it("describes a mapped sheet's areas, categories and flags", async () => {
    const host = createExcelHostWith(fakeRuntime(new FakeExcel(newWorkbook({ Log: forceLogRows() }))));
    expect(await host.describeData(["Log"], { Log: MAPPING })).toEqual(EXPECTED_DATA);
  });

  it("saves the named mappings and the priorities for a refresh, and counts the priority", async () => {
    const excel = new FakeExcel(newWorkbook({ Log: forceLogRows() }));
    const host = createExcelHostWith(fakeRuntime(excel));
    const settings = { ...defaultSettings("North"), basis: "financial" as const, priorities: [DOMESTIC_ABUSE] };
    const result = await host.run(request("Log", settings));
    // By hand (forceLogFixture): North's flagged rows are 12 in 2023/24 and 24 in 2024/25.
    expect(result.findings.map((f) => f.text).join(" ")).toMatch(
      /Reports of domestic abuse in North rose by 100(\.0)?% in 2024\/25 compared with 2023\/24, from 12 to 24/,
    );
    const saved = await createExcelHostWith(fakeRuntime(excel)).loadSavedSettings();
    expect(saved?.savedMappings).toEqual([NAMED]);
    expect(saved?.settings.priorities).toEqual([DOMESTIC_ABUSE]);
    expect(saved?.mappings).toEqual({ Log: MAPPING });
  });
});

describe("file mode", () => {
  it("describes the same CSV as Excel describes the sheet", async () => {
    const host = new FileHost(inProcessWorker());
    await host.openFiles([textFile("force-log.csv", forceLogCsv())]);
    expect(await host.describeData(["force-log.csv"], { "force-log.csv": MAPPING })).toEqual(EXPECTED_DATA);
  });
});
