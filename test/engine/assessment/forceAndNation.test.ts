/**
 * Force and England and Wales rates on a Home Office table holding every
 * partnership (CSP) of the ONS lookup, with generated counts and a census-style
 * table of districts. The expected rates are worked here a second, simpler way:
 * straight from the lookup file, a partnership's population is the sum of its
 * districts unless one of them is split between partnerships or has no figure.
 */
import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import { assess } from "../../../src/engine/assessment/assess";
import { populationFromRows } from "../../../src/engine/assessment/population";
import { defaultSettings } from "../../../src/engine/assessment/settings";
import { readGrids, type Cell } from "../../../src/engine/extracts";

const LOOKUP = Papa.parse<string[]>(
  readFileSync(join(__dirname, "../../../src/engine/lookups/lad24-csp24-pfa24.csv"), "utf8"),
  { skipEmptyLines: true },
).data.slice(1);

/** Partnership name -> its force area and districts; district -> how many partnerships it is in. */
const partnerships = new Map<string, { force: string; districts: string[] }>();
const splitCount = new Map<string, number>();
for (const [, lad, , csp, force] of LOOKUP) {
  const entry = partnerships.get(csp) ?? { force, districts: [] };
  entry.districts.push(lad);
  partnerships.set(csp, entry);
  splitCount.set(lad, (splitCount.get(lad) ?? 0) + 1);
}
const names = [...partnerships.keys()];

const HEADER = ["Financial Year", "Financial Quarter", "Police Force", "CSP Name", "Offence Group", "Offence Count"];
const burglaries = (i: number) => (i % 7) + 1;
const robberies = (i: number) => i % 3;

function homeOfficeRows(only: (name: string) => boolean = () => true): Cell[][] {
  const rows: Cell[][] = [HEADER];
  names.forEach((csp, i) => {
    if (!only(csp)) return;
    for (const q of [1, 2, 3, 4]) {
      rows.push(["2023/24", q, partnerships.get(csp)!.force, csp, "Burglary", burglaries(i)]);
      rows.push(["2023/24", q, partnerships.get(csp)!.force, csp, "Robbery", robberies(i)]);
    }
  });
  rows.push(["2023/24", 1, "Cleveland", "Unassigned Cleveland", "Burglary", 100]);
  return rows;
}

/** Every district 50,000 + 100 x its place in the lookup; Hartlepool blank. */
const districts = [...new Set(LOOKUP.map((row) => row[1]))];
const residentsOfDistrict = (lad: string) => (lad === "Hartlepool" ? null : 50_000 + 100 * districts.indexOf(lad));
const population = populationFromRows(
  [["NAME", "POP21"], ...districts.map((lad) => [lad, String(residentsOfDistrict(lad) ?? "")])],
  "census.csv",
);

/** The simple way: null when a district is split or has no figure. */
function partnershipResidents(csp: string): number | null {
  const lads = partnerships.get(csp)!.districts;
  if (lads.some((lad) => splitCount.get(lad)! > 1 || residentsOfDistrict(lad) === null)) return null;
  return lads.reduce((sum, lad) => sum + residentsOfDistrict(lad)!, 0);
}

function expectedRate(members: string[], count: (i: number) => number): number {
  const rated = members.filter((csp) => partnershipResidents(csp) !== null);
  const crimes = rated.reduce((sum, csp) => sum + 4 * count(names.indexOf(csp)), 0);
  const residents = rated.reduce((sum, csp) => sum + partnershipResidents(csp)!, 0);
  return (crimes / residents) * 1000;
}

describe("force and England and Wales rates, where the data hold every area", () => {
  const a = assess(readGrids([{ name: "CSP table", kind: "sheet", rows: homeOfficeRows() }]), {
    ...defaultSettings("Middlesbrough"),
    population,
  });
  const f = a.forceAndNation;
  const cleveland = names.filter((csp) => partnerships.get(csp)!.force === "Cleveland");

  it("sees every partnership of the lookup in the table", () => {
    expect(names).toHaveLength(314);
    expect(f).toMatchObject({
      holdsEveryArea: true,
      partnershipsPresent: 314,
      partnershipsInLookup: 314,
      problem: null,
    });
    expect(f.leftOut).toEqual(["Unassigned Cleveland"]);
  });

  it("gives the area's, its force's and the nation's rate for each category, over the areas with a population", () => {
    const row = (category: string) => f.rows.find((r) => r.category === category)!;
    expect(row("Burglary").area).toBeCloseTo(expectedRate(["Middlesbrough"], burglaries), 12);
    expect(row("Burglary").force).toBeCloseTo(expectedRate(cleveland, burglaries), 12);
    expect(row("Burglary").nation).toBeCloseTo(expectedRate(names, burglaries), 12);
    expect(row("Robbery").nation).toBeCloseTo(expectedRate(names, robberies), 12);
    const both = (i: number) => burglaries(i) + robberies(i);
    expect(row("All crime").force).toBeCloseTo(expectedRate(cleveland, both), 12);
    expect(row("All crime").nation).toBeCloseTo(expectedRate(names, both), 12);
  });

  it("lists the areas without a population: Hartlepool (blank) and every partnership taking part of a split district", () => {
    expect(f.forceAreas).toEqual(["Middlesbrough", "Redcar and Cleveland", "Stockton-on-Tees"]);
    expect(f.forceWithoutPopulation.map((x) => x.name)).toEqual(["Hartlepool"]);
    const expectedWithout = names.filter((csp) => partnershipResidents(csp) === null).sort();
    expect(f.nationWithoutPopulation.map((x) => x.name).sort()).toEqual(expectedWithout);
    expect(expectedWithout).toEqual(expect.arrayContaining(["Aylesbury Vale", "Bournemouth", "Dorset", "Allerdale"]));
    expect(f.nationAreas).toHaveLength(314 - expectedWithout.length);
  });

  it("uses the partnerships' populations for the Share sheet's rates too", () => {
    const redcar = a.districts.find((d) => d.district === "Redcar and Cleveland")!;
    expect(redcar.population).toBe(partnershipResidents("Redcar and Cleveland"));
    expect(a.rates!.missing).toEqual(["Hartlepool"]);
  });

  it("says how the rates were made on the method page", () => {
    expect(a.method).toContainEqual(
      expect.stringContaining(
        "for Cleveland, its 3 areas (less Hartlepool: no population); for England and Wales, the",
      ),
    );
  });
});

describe("where the data do not hold every area", () => {
  it("gives no force or national rates and says why", () => {
    const rows = homeOfficeRows((csp) => partnerships.get(csp)!.force === "Cleveland");
    const a = assess(readGrids([{ name: "CSP table", kind: "sheet", rows }]), {
      ...defaultSettings("Middlesbrough"),
      population,
    });
    expect(a.forceAndNation.holdsEveryArea).toBe(false);
    expect(a.forceAndNation.rows).toEqual([]);
    expect(a.forceAndNation.problem).toMatch(/^The data hold 4 of the 314 partnerships of England and Wales/);
    expect(a.method).toContainEqual(
      expect.stringMatching(/^Force and England and Wales rates: not given\. The data hold 4/),
    );
  });
});
