/**
 * --top-places on the command line: parsed by the program, checked (a whole number
 * from 1 to 100, or one message naming the option), and reaching the figures and
 * the Places sheet. The fixture: street-small.csv, whose Aldbury rows lie in one
 * LSOA (E01900001): 12 burglaries and 3 drugs offences in 2024/25.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runAssessment, type AssessOptions } from "../../src/cli/assessCommand";
import { AssessmentError } from "../../src/engine/errors";

const STREET = join(__dirname, "fixtures", "valid", "street-small.csv");

let out: string;
beforeEach(() => (out = mkdtempSync(join(tmpdir(), "top-places-"))));
afterEach(() => {
  rmSync(out, { recursive: true, force: true });
  process.exitCode = undefined;
});

function run(topPlaces?: string) {
  return runAssessment({ inputs: [STREET], area: "Aldbury", out: join(out, "a.xlsx"), topPlaces });
}

describe("--top-places", () => {
  it("sets how many places are listed, 10 when not given", async () => {
    expect((await run()).assessment.places!.topCount).toBe(10);
    const { assessment, sheetNames } = await run(" 3 ");
    expect(assessment.places!.topCount).toBe(3);
    expect(sheetNames).toContain("Places");
    const crime = assessment.places!.measures[0];
    expect(crime.top.map((p) => [p.code, p.count])).toEqual([["E01900001", 15]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, "a.xlsx"));
    const texts: string[] = [];
    workbook.getWorksheet("Places")!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("Top 3 LSOAs for all crime in Aldbury, 2024/25.");
  });

  it.each(["0", "101", "ten", "2.5", "-1"])("refuses %p, naming the option", async (value) => {
    const error = await run(value).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentError);
    expect((error as AssessmentError).column).toBe("--top-places");
    expect((error as AssessmentError).describe()).toBe(
      `column "--top-places": "${value}" is not a number of top places the assessment can list. Give a whole number from 1 to 100, e.g. --top-places 10.`,
    );
  });
});

describe("the program", () => {
  const received: AssessOptions[] = [];
  beforeAll(() => {
    jest.doMock("../../src/cli/assessCommand", () => ({
      ...jest.requireActual("../../src/cli/assessCommand"),
      assessCommand: async (options: AssessOptions) => {
        received.push(options);
        return null;
      },
    }));
  });
  afterAll(() => jest.dontMock("../../src/cli/assessCommand"));

  it("passes --top-places to the run", async () => {
    const argv = process.argv;
    process.argv = ["node", "strategic-assessment", "in", "--area", "Aldbury", "--top-places", "5"];
    try {
      jest.isolateModules(() => require("../../src/cli/program"));
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.argv = argv;
    }
    expect(received.pop()?.topPlaces).toBe("5");
  });
});
