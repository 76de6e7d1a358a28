import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import Papa from "papaparse";
import { assessCommand, runAssessment } from "../../src/cli/assessCommand";
import { AssessmentError } from "../../src/engine/errors";

const fixture = (kind: "valid" | "invalid", name: string) => join(__dirname, "fixtures", kind, name);
/** Extracts go in `dir`; outputs in `outDir`, as a run refuses to write into a folder it reads. */
let dir: string;
let outDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "assess-cli-"));
  outDir = mkdtempSync(join(tmpdir(), "assess-cli-out-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  process.exitCode = undefined;
});

function copyInto(folder: string, ...paths: string[]): void {
  for (const path of paths) copyFileSync(path, join(folder, path.split(/[\\/]/).pop() as string));
}

async function failure(promise: Promise<unknown>): Promise<AssessmentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("expected the run to fail");
}

describe("runAssessment on a folder", () => {
  it("writes the workbook and the measures CSV from the hand-worked extract", async () => {
    copyInto(dir, fixture("valid", "street-small.csv"));
    const out = join(outDir, "result", "assessment.xlsx");
    const measures = join(outDir, "measures.csv");
    const outcome = await runAssessment({ inputs: [dir], area: "Aldbury", out, measures });

    // 54 data rows; one has a blank LSOA.
    expect(outcome.read.sources).toEqual([
      expect.objectContaining({ name: "street-small.csv", rowsRead: 54, rowsKept: 53 }),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(outcome.sheetNames);
    expect(outcome.sheetNames).toEqual(expect.arrayContaining(["Summary", "Trends"]));

    const rows = Papa.parse<Record<string, string>>(readFileSync(measures, "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const value = (category: string, period: string, measure: string) =>
      rows.find((r) => r.area === "Aldbury" && r.category === category && r.period === period && r.measure === measure)
        ?.value;
    // By hand: Aldbury has 12 burglaries in 2023/24; 12 burglaries + 3 drugs offences in 2024/25.
    expect(value("All crime", "2023/24", "count")).toBe("12");
    expect(value("All crime", "2024/25", "count")).toBe("15");
    expect(Number(value("All crime", "2024/25", "change_pct"))).toBeCloseTo(25, 6);
    expect(value("Anti-social behaviour", "2024/25", "count")).toBe("2");
    // Share of region: Aldbury 15 of 15 + 12 (St. Bede's robberies) = 55.6%.
    expect(Number(value("All crime", "2024/25", "share_of_region_pct"))).toBeCloseTo((15 / 27) * 100, 6);
    expect(Object.keys(rows[0])).toEqual(["area", "category", "period", "measure", "value"]);
  });

  it("computes rates per 1,000 from a --population table", async () => {
    copyInto(dir, fixture("valid", "street-small.csv"));
    const population = join(dir, "population.csv");
    writeFileSync(population, "LAD,NAME,COUNTY,REGION,POP11,POP21\nE1,Aldbury,,,2900,3000\nE2,St. Bede,,,5900,6000\n");
    const outcome = await runAssessment({ inputs: [dir], area: "Aldbury", out: join(outDir, "a.xlsx"), population });
    // By hand: Aldbury 15 crimes in 2024/25 / 3,000 x 1,000 = 5.0; St. Bede 12 / 6,000 x 1,000 = 2.0.
    const rate = (d: string) => outcome.assessment.districts.find((x) => x.district === d)?.ratePer1000;
    expect(rate("Aldbury")).toBeCloseTo(5, 9);
    expect(rate("St. Bede")).toBeCloseTo(2, 9);
    expect(outcome.read.sources.map((s) => s.name)).toEqual(["street-small.csv"]);
  });

  it("reads a rise as good for --higher-is-better categories, and refuses one not in the data", async () => {
    copyInto(dir, fixture("valid", "street-small.csv"));
    const outcome = await runAssessment({
      inputs: [dir],
      area: "Aldbury",
      out: join(outDir, "a.xlsx"),
      higherIsBetter: ["drugs"],
    });
    expect(outcome.assessment.trends.find((t) => t.category === "Drugs")?.polarity).toBe("higherIsBetter");
    expect(outcome.assessment.trends.find((t) => t.category === "Burglary")?.polarity).toBe("lowerIsBetter");
    const error = await failure(
      runAssessment({ inputs: [dir], area: "Aldbury", out: join(outDir, "b.xlsx"), higherIsBetter: ["Hate crime"] }),
    );
    expect(error.message).toContain('"Hate crime" is not a category');
    expect(error.advice).toContain("Burglary");
  });

  it("reads an .xlsx workbook: header below a title, Date months, a notes sheet skipped", async () => {
    const csvRows = Papa.parse<string[]>(readFileSync(fixture("valid", "street-small.csv"), "utf8"), {
      skipEmptyLines: true,
    }).data;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["Pasted from police.uk"]);
    const sheet = workbook.addWorksheet("Street");
    sheet.addRow(["Testshire street crime"]);
    sheet.addRow([]);
    sheet.addRow(csvRows[0]);
    for (const row of csvRows.slice(1)) {
      const [year, month] = row[1].split("-").map(Number);
      sheet.addRow([row[0], new Date(Date.UTC(year, month - 1, 1)), ...row.slice(2)]);
    }
    sheet.getColumn(2).numFmt = "mmm-yy";
    const path = join(dir, "street.xlsx");
    await workbook.xlsx.writeFile(path);

    const outcome = await runAssessment({ inputs: [path], area: "aldbury", out: join(outDir, "a.xlsx") });
    expect(outcome.read.sources).toEqual([
      expect.objectContaining({ name: "street.xlsx: Street", kind: "sheet", rowsRead: 54, rowsKept: 53 }),
    ]);
    // The blank LSOA row is sheet row 3 (header) + its place among the data rows (54th) = 57.
    expect(outcome.read.setAside[0].examples).toEqual([{ source: "street.xlsx: Street", row: 57 }]);
    expect(outcome.notes).toEqual(['Skipped sheet "Notes" in street.xlsx: it is not a crime extract.']);
    expect(outcome.assessment.area).toBe("Aldbury");
  });

  it("skips a CSV in a folder that is not an extract, with a note, and leaves the targets file alone", async () => {
    copyInto(
      dir,
      fixture("valid", "street-small.csv"),
      fixture("invalid", "ward-totals.csv"),
      fixture("valid", "targets-all-crime.csv"),
    );
    const outcome = await runAssessment({
      inputs: [dir],
      area: "Aldbury",
      targets: join(dir, "targets-all-crime.csv"),
      out: join(outDir, "a.xlsx"),
    });
    expect(outcome.read.sources.map((s) => s.name)).toEqual(["street-small.csv"]);
    expect(outcome.notes).toEqual([
      expect.stringMatching(/^Skipped ward-totals\.csv: "ward-totals\.csv": This file is not a crime extract/),
    ]);
    expect(outcome.assessment.settings.targets).toHaveLength(1);
  });
});

describe("runAssessment: bad input", () => {
  it("lists the districts there are, with the closest match, for an unknown area", async () => {
    const error = await failure(
      runAssessment({ inputs: [fixture("valid", "street-small.csv")], area: "St Bead", out: join(outDir, "a.xlsx") }),
    );
    expect(error.describe()).toContain('The area "St Bead" is not in the data.');
    expect(error.describe()).toContain("Aldbury, St. Bede");
    expect(error.describe()).toContain('Did you mean "St. Bede"?');
  });

  it("names a file that is not an extract, with the columns expected and found", async () => {
    const error = await failure(
      runAssessment({ inputs: [fixture("invalid", "ward-totals.csv")], area: "Central", out: join(outDir, "a.xlsx") }),
    );
    expect(error.source).toBe("ward-totals.csv");
    expect(error.message).toMatch(/Month, Falls within, LSOA name, Crime type.*Ward, Month, Total/);
  });

  it("names the targets file, row and column of a bad target", async () => {
    const error = await failure(
      runAssessment({
        inputs: [fixture("valid", "street-small.csv")],
        area: "Aldbury",
        targets: fixture("invalid", "targets-bad-method.csv"),
        out: join(outDir, "a.xlsx"),
      }),
    );
    expect([error.source, error.row, error.column]).toEqual(["targets-bad-method.csv", 3, "method"]);
  });

  it("rejects a file type it cannot read, and a missing path", async () => {
    const xls = join(dir, "old.xls");
    writeFileSync(xls, "x");
    expect((await failure(runAssessment({ inputs: [xls], area: "A", out: join(outDir, "a.xlsx") }))).message).toMatch(
      /Only \.csv and \.xlsx files can be read, not \.xls/,
    );
    expect(
      (await failure(runAssessment({ inputs: [join(dir, "nope.csv")], area: "A", out: join(outDir, "a.xlsx") })))
        .message,
    ).toMatch(/does not exist/);
  });

  it("leaves no output, no temporary file and the inputs untouched when a run fails", async () => {
    copyInto(dir, fixture("valid", "street-small.csv"));
    const input = join(dir, "street-small.csv");
    const before = { bytes: readFileSync(input), mtime: statSync(input).mtimeMs };
    const out = join(outDir, "assessment.xlsx");
    writeFileSync(out, "last year's workbook");
    const error = await failure(
      runAssessment({ inputs: [dir], area: "Nowhere", out, measures: join(outDir, "m.csv") }),
    );
    expect(error.message).toMatch(/The area "Nowhere" is not in the data/);
    expect(readdirSync(dir)).toEqual(["street-small.csv"]);
    expect(readdirSync(outDir)).toEqual(["assessment.xlsx"]);
    expect(readFileSync(out, "utf8")).toBe("last year's workbook");
    expect(readFileSync(input)).toEqual(before.bytes);
    expect(statSync(input).mtimeMs).toBe(before.mtime);
  });

  it("refuses to write over a file it was asked to read", async () => {
    copyInto(dir, fixture("valid", "street-small.csv"));
    const input = join(dir, "street-small.csv");
    const error = await failure(
      runAssessment({ inputs: [input], area: "Aldbury", out: join(outDir, "x.xlsx"), measures: input }),
    );
    expect(error.message).toMatch(/--measures would write over the extract/);
    expect(readFileSync(input, "utf8")).toBe(readFileSync(fixture("valid", "street-small.csv"), "utf8"));
  });
});

describe("assessCommand", () => {
  it("prints one clear error line and sets exit code 1 for bad input", async () => {
    const out: string[] = [];
    const err: string[] = [];
    await assessCommand(
      { inputs: [fixture("valid", "street-small.csv")], area: "Nowhere", out: join(outDir, "a.xlsx") },
      { out: (l) => out.push(l), err: (l) => err.push(l) },
    );
    expect(process.exitCode).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^Error: The area "Nowhere" is not in the data\. Districts found: Aldbury, St\. Bede\./);
  });

  it("prints what it read and wrote, and the findings, with exit code 0", async () => {
    const out: string[] = [];
    await assessCommand(
      { inputs: [fixture("valid", "street-small.csv")], area: "Aldbury", out: join(outDir, "a.xlsx") },
      { out: (l) => out.push(l), err: () => undefined },
    );
    expect(process.exitCode).toBe(0);
    expect(out[0]).toBe(
      "Read 54 rows from 1 source (police.uk street-level crime, Apr 2023 to Mar 2025); 1 set aside, 0 repeated Crime IDs.",
    );
    expect(out[1]).toMatch(/^Wrote .*a\.xlsx \(Summary, /);
    expect(out).toContain("Findings for Aldbury:");
  });
});
