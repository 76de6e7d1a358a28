import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import Papa from "papaparse";
import { runDemo } from "../../src/cli/demo";

describe("runDemo", () => {
  let root: string;
  let log: jest.SpyInstance;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "demo-"));
    mkdirSync(join(root, "samples"));
    copyFileSync(
      join(__dirname, "..", "..", "samples", "northshire-targets.csv"),
      join(root, "samples", "northshire-targets.csv"),
    );
    log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    await runDemo(root);
  }, 60_000);
  afterAll(() => {
    log.mockRestore();
    rmSync(root, { recursive: true, force: true });
    process.exitCode = undefined;
  });

  it("writes the sample, the workbook and the measures", () => {
    for (const file of [
      "out/sample/northshire-street.csv",
      "out/sample/northshire-targets.csv",
      "out/sample/northshire-population.csv",
      "out/demo-assessment.xlsx",
      "out/demo-measures.csv",
    ]) {
      expect(existsSync(join(root, file))).toBe(true);
    }
    expect(process.exitCode).toBe(0);
  });

  it("assesses the district whose crime falls, and finds the fall", () => {
    const lines = log.mock.calls.map((call) => String(call[0]));
    expect(lines).toContain("Findings for St. Aldric:");
    expect(lines.some((l) => /All crime in St\. Aldric fell by/.test(l))).toBe(true);
    const measures = Papa.parse<Record<string, string>>(readFileSync(join(root, "out", "demo-measures.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    // Counted independently from the generated CSV: St. Aldric's crimes (not ASB) in 2022/23.
    const sample = Papa.parse<string[]>(readFileSync(join(root, "out", "sample", "northshire-street.csv"), "utf8"), {
      skipEmptyLines: true,
    }).data;
    const expected = sample.filter(
      (r) =>
        r[8].startsWith("St. Aldric ") && r[9] !== "Anti-social behaviour" && r[1] >= "2022-04" && r[1] <= "2023-03",
    ).length;
    const found = measures.find(
      (m) => m.area === "St. Aldric" && m.category === "All crime" && m.period === "2022/23" && m.measure === "count",
    );
    expect(Number(found?.value)).toBe(expected);
  });

  it("gives every district a rate per 1,000 residents: its crimes / the synthetic population x 1,000", async () => {
    const read = (file: string) =>
      Papa.parse<string[]>(readFileSync(join(root, "out", ...file.split("/")), "utf8"), { skipEmptyLines: true }).data;
    const sample = read("sample/northshire-street.csv");
    const population = read("sample/northshire-population.csv");
    const measures = read("demo-measures.csv");
    expect(population[0]).toEqual(["Area", "Population", "Source"]);
    expect(population.length - 1).toBe(5);
    for (const [district, residents] of population.slice(1)) {
      // Counted from the generated rows: the district's crimes (not ASB) in 2024/25, the latest complete year.
      const crimes = sample.filter(
        (r) =>
          r[8].startsWith(`${district} `) && r[9] !== "Anti-social behaviour" && r[1] >= "2024-04" && r[1] <= "2025-03",
      ).length;
      const rate = measures.find(
        (m) => m[0] === district && m[1] === "All crime" && m[2] === "2024/25" && m[3] === "rate_per_1000",
      );
      expect(Number(rate?.[4])).toBeCloseTo((crimes / Number(residents)) * 1000, 9);
    }
    // The workbook names the figures as synthetic wherever rates are shown.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(root, "out", "demo-assessment.xlsx"));
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
    expect(texts).toContain("Population (Synthetic demo figures)");
    expect(texts.some((t) => t.includes("Residents: Synthetic demo figures."))).toBe(true);
  });
});
