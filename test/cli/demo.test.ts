import ExcelJS from "exceljs";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import Papa from "papaparse";
import { prioritiesWithoutFlags, runDemo } from "../../src/cli/demo";
import { SERIOUS_VIOLENCE_SUBGROUPS } from "../../src/sample/offences";

/** A CSV of out/ as rows (header first). */
function readOut(root: string, file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(join(root, "out", ...file.split("/")), "utf8"), { skipEmptyLines: true })
    .data;
}

/** A figure of a tidy measures CSV: area,category,period,measure,value. */
function measure(rows: string[][], category: string, period: string, name: string): number {
  const found = rows.find((m) => m[0] === "St. Aldric" && m[1] === category && m[2] === period && m[3] === name);
  return Number(found?.[4]);
}

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((w) => w.name);
}

describe("runDemo", () => {
  let root: string;
  let log: jest.SpyInstance;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "demo-"));
    cpSync(join(__dirname, "..", "..", "samples"), join(root, "samples"), { recursive: true });
    log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    await runDemo(root);
  }, 180_000);
  afterAll(() => {
    log.mockRestore();
    rmSync(root, { recursive: true, force: true });
    process.exitCode = undefined;
  });

  it("writes the inputs beside the samples, and three workbooks with their measures", () => {
    for (const file of [
      "out/sample/northshire-street.csv",
      "out/sample/northshire-targets.csv",
      "out/sample/northshire-population.csv",
      "out/sample/northshire-force-extract.csv",
      "out/sample/northshire-force-mapping.csv",
      "out/sample/northshire-priorities.csv",
      "out/sample/northshire-weights.csv",
      "out/sample/northshire-theme-targets.csv",
      "out/sample/home-office-crime-by-csp.csv",
      "out/sample/partnership-population.csv",
      "out/sample/northshire-priorities-without-flags.csv",
      "out/sample/st-aldric-peers.csv",
      "out/demo-assessment.xlsx",
      "out/demo-measures.csv",
      "out/demo-themes.xlsx",
      "out/demo-themes-measures.csv",
      "out/demo-peers.xlsx",
      "out/demo-peers-measures.csv",
    ]) {
      expect(existsSync(join(root, file))).toBe(true);
    }
    expect(process.exitCode).toBe(0);
    const lines = log.mock.calls.map((call) => String(call[0]));
    expect(lines[lines.length - 1]).toMatch(
      /The demo wrote:\n.*demo-assessment\.xlsx.*\n.*demo-themes\.xlsx.*\n.*demo-peers\.xlsx/,
    );
  });

  it("puts every sheet a workbook of its kind shows in each", async () => {
    const names = (file: string) => sheetNames(join(root, "out", file));
    expect(await names("demo-assessment.xlsx")).toEqual(
      expect.arrayContaining(["Summary", "Trends", "Share of region", "Monthly", "Targets", "Data quality & method"]),
    );
    expect(await names("demo-themes.xlsx")).toEqual([
      "Summary",
      "Trends",
      "Share of region",
      "Monthly",
      "Priorities",
      "Places",
      "Serious violence",
      "Domestic abuse",
      "Hate crime",
      "Acquisitive crime",
      "Targets",
      "Data quality & method",
    ]);
    // Quarterly Home Office counts have no Monthly sheet; the peers give a Comparisons sheet.
    expect(await names("demo-peers.xlsx")).toEqual(
      expect.arrayContaining(["Summary", "Trends", "Share of region", "Comparisons", "Data quality & method"]),
    );
  });

  it("counts the themes from the force extract's rows: serious violence, domestic abuse, hate crime", () => {
    const extract = readOut(root, "sample/northshire-force-extract.csv");
    const col = (name: string) => extract[0].indexOf(name);
    const [date, district, subgroup, da, hate] = [
      col("Committed date"),
      col("District"),
      col("Offence subgroup"),
      col("DA flag"),
      col("Hate crime"),
    ];
    // 2024/25 by hand: dd/mm/yyyy text (with or without a time) or an Excel date-time serial.
    const in2024to25 = (text: string) => {
      const dayFirst = /^\d{2}\/(\d{2})\/(\d{4})/.exec(text);
      const key = dayFirst
        ? `${dayFirst[2]}-${dayFirst[1]}`
        : new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000).toISOString().slice(0, 7);
      return key >= "2024-04" && key <= "2025-03";
    };
    const rows = extract.slice(1).filter((r) => r[district] === "St. Aldric" && in2024to25(r[date]));
    const measures = readOut(root, "demo-themes-measures.csv");
    const count = (category: string) => measure(measures, category, "2024/25", "count");
    expect(count("All crime")).toBe(rows.length);
    expect(count("Serious violence")).toBe(rows.filter((r) => SERIOUS_VIOLENCE_SUBGROUPS.includes(r[subgroup])).length);
    expect(count("Domestic abuse")).toBe(rows.filter((r) => r[da] === "Y").length);
    expect(count("Hate crime")).toBe(rows.filter((r) => r[hate] === "Yes").length);
    // The story the demo tells: serious violence falls, and significantly.
    expect(measure(measures, "Serious violence", "2024/25", "change_pct")).toBeLessThan(-10);
    const significance = measures.find(
      (m) => m[0] === "St. Aldric" && m[1] === "Serious violence" && m[2] === "2024/25" && m[3] === "significance",
    );
    expect(significance?.[4]).toBe("significant decrease");
    // Harm: each row's made-up demo weight by its Home Office offence code, summed by hand.
    const weights = new Map(
      readOut(root, "sample/northshire-weights.csv")
        .slice(1)
        .map((w) => [w[0], Number(w[1])]),
    );
    const code = col("HO offence code");
    const harm = rows.reduce((sum, r) => sum + (weights.get(r[code]) ?? 0), 0);
    expect(harm).toBeGreaterThan(0);
    expect(measure(measures, "All crime", "2024/25", "harm")).toBe(harm);
  });

  it("counts St. Aldric in the Home Office table as the table's rows add up, the month the extract lacks included", () => {
    const table = readOut(root, "sample/home-office-crime-by-csp.csv");
    const sum = (year: string) =>
      table
        .slice(1)
        .filter((r) => r[0] === year && r[3] === "St. Aldric")
        .reduce((total, r) => total + Number(r[8]), 0);
    const measures = readOut(root, "demo-peers-measures.csv");
    expect(measure(measures, "All crime", "2024/25", "count")).toBe(sum("2024/25"));
    // A complete year agrees with the force extract's count; 2025/26 holds July 2025, which the extract lacks.
    const themes = readOut(root, "demo-themes-measures.csv");
    expect(measure(measures, "All crime", "2024/25", "count")).toBe(measure(themes, "All crime", "2024/25", "count"));
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

  it("compares St. Aldric with its peers: the group's mean of rates per 1,000 and its rank, worked from the table", () => {
    const table = readOut(root, "sample/home-office-crime-by-csp.csv").slice(1);
    const population = new Map(
      readOut(root, "sample/partnership-population.csv")
        .slice(1)
        .map((r) => [r[0], Number(r[1])]),
    );
    const peers = readOut(root, "sample/st-aldric-peers.csv")
      .slice(1)
      .map((r) => r[0]);
    expect(peers).toHaveLength(14);
    // Each member's crimes in 2024/25 (every offence: the table holds no ASB) per 1,000 residents.
    const rate = (csp: string) =>
      (table.filter((r) => r[0] === "2024/25" && r[3] === csp).reduce((sum, r) => sum + Number(r[8]), 0) /
        population.get(csp)!) *
      1000;
    const rates = ["St. Aldric", ...peers].map(rate);
    const measures = readOut(root, "demo-peers-measures.csv");
    expect(measure(measures, "All crime", "2024/25", "peer_group_mean")).toBeCloseTo(
      rates.reduce((a, b) => a + b, 0) / rates.length,
      9,
    );
    expect(measure(measures, "All crime", "2024/25", "peer_rank")).toBe(rates.filter((r) => r > rates[0]).length + 1);
    expect(measure(measures, "All crime", "2024/25", "peer_group_size")).toBe(15);
  });
});

describe("prioritiesWithoutFlags", () => {
  it("drops every priority with a flag rule (a Home Office table has no flags), whole", () => {
    const text = [
      "priority,kind,value,polarity",
      "Serious violence,subgroup,Homicide,",
      "Domestic abuse,flag,Domestic abuse,higherIsBetter",
      "VAWG,subgroup,Stalking and harassment,",
      "VAWG,flag,Domestic abuse,",
      '"Acquisitive crime, all",category,Robbery,',
      "vawg,subgroup,Rape,",
    ].join("\n");
    expect(prioritiesWithoutFlags(text)).toBe(
      [
        "priority,kind,value,polarity",
        "Serious violence,subgroup,Homicide,",
        '"Acquisitive crime, all",category,Robbery,',
        "",
      ].join("\n"),
    );
  });
});
