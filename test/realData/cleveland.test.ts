/**
 * The real data.police.uk files for Cleveland (../shared/data, never copied into
 * the repo), when they are beside the checkout. Expected figures come from a
 * second, naive count over the same files with papaparse, not from the engine.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import Papa from "papaparse";
import { runAssessment } from "../../src/cli/assessCommand";

const shared = join(__dirname, "..", "..", "..", "shared", "data");
const folder = join(shared, "cleveland-street");
const population = join(shared, "population", "lad-population-census2011-2021.csv");
const present = existsSync(folder) && existsSync(population);
if (!present) console.warn("cleveland.test.ts skipped: ../shared/data is not beside this checkout.");

interface Row {
  Month: string;
  "LSOA name": string;
  "Crime type": string;
}

/** Every row of every file, read naively. */
function allRows(): Row[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".csv"))
    .flatMap(
      (f) => Papa.parse<Row>(readFileSync(join(folder, f), "utf8"), { header: true, skipEmptyLines: true }).data,
    );
}

(present ? describe : describe.skip)("Cleveland police.uk files, Middlesbrough, calendar years", () => {
  let dir: string;
  let outcome: Awaited<ReturnType<typeof runAssessment>>;
  let rows: Row[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cleveland-"));
    rows = allRows();
    outcome = await runAssessment({
      inputs: [folder],
      area: "Middlesbrough",
      basis: "calendar",
      population,
      out: join(dir, "assessment.xlsx"),
    });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const district = (r: Row) => r["LSOA name"].replace(/\s+\S+$/, "");
  const count = (year: string, months: string[], asb: boolean) =>
    rows.filter(
      (r) =>
        district(r) === "Middlesbrough" &&
        (r["Crime type"] === "Anti-social behaviour") === asb &&
        r.Month.startsWith(year) &&
        months.includes(r.Month.slice(5)),
    ).length;

  it("reads every row", () => {
    expect(outcome.read.sources.reduce((s, x) => s + x.rowsRead, 0)).toBe(rows.length);
  });

  it("compares Jan-Apr 2025 with Jan-Apr 2024, the months both years hold", () => {
    const c = outcome.assessment.comparison!;
    expect([c.previous.label, c.current.label]).toEqual(["Jan–Apr 2024", "Jan–Apr 2025"]);
    const crime = outcome.assessment.trends.find((t) => t.category === "All crime")!.yearOnYear!;
    const janToApr = ["01", "02", "03", "04"];
    expect([crime.previous, crime.current]).toEqual([count("2024", janToApr, false), count("2025", janToApr, false)]);
    const asb = outcome.assessment.trends.find((t) => t.category === "Anti-social behaviour")!.yearOnYear!;
    expect([asb.previous, asb.current]).toEqual([count("2024", janToApr, true), count("2025", janToApr, true)]);
  });

  it("reports May to December 2024 as missing, not zero", () => {
    const months = outcome.assessment.quality.missingMonths.map((m) => `${Math.floor(m / 12)}-${(m % 12) + 1}`);
    expect(months).toEqual(["2024-5", "2024-6", "2024-7", "2024-8", "2024-9", "2024-10", "2024-11", "2024-12"]);
  });

  it("takes the region from the ONS lookup: Cleveland's four districts; every other district out-of-area, with its rows", () => {
    const region = outcome.assessment.region;
    expect(region.forceArea).toBe("Cleveland");
    const inForce = ["Hartlepool", "Middlesbrough", "Redcar and Cleveland", "Stockton-on-Tees"];
    expect(region.units.map((u) => u.name).sort()).toEqual(inForce);
    const strays = new Map<string, number>();
    for (const d of rows.map(district)) if (d && !inForce.includes(d)) strays.set(d, (strays.get(d) ?? 0) + 1);
    const listed = region.outOfArea.map((o) => [o.district, o.rows]);
    expect(listed.sort()).toEqual([...strays].sort());
    // Hambleton and Scarborough were merged into North Yorkshire in 2023: not in the lookup, so the rule judged them.
    const judged = region.judgedByRule.map((j) => j.district).sort();
    expect(judged).toEqual([...strays.keys()].filter((d) => d !== "County Durham").sort());
    expect(region.judgedByRule.every((j) => !j.inRegion)).toBe(true);
    expect(outcome.assessment.summary.warnings.join(" ")).not.toMatch(/ONS lookup/);
  });

  it("rates use Census 2021 for Middlesbrough, over the whole of 2025 (the latest complete year)", () => {
    const census = Papa.parse<Record<string, string>>(readFileSync(population, "utf8"), { header: true }).data;
    const residents = Number(census.find((r) => r.NAME === "Middlesbrough")!.POP21);
    const area = outcome.assessment.districts.find((d) => d.isArea)!;
    const year = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
    expect(outcome.assessment.lead.label).toBe("2025");
    expect(area.count).toBe(count("2025", year, false));
    expect(area.ratePer1000).toBeCloseTo((count("2025", year, false) / residents) * 1000, 9);
  });
});
