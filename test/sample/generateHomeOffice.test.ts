import { readFileSync } from "fs";
import { join } from "path";
import { populationFromRows } from "../../src/engine/assessment/population";
import { readGrids } from "../../src/engine/extracts";
import { FORCE_EXTRACT_HEADER, generateForceExtract } from "../../src/sample/generateForceExtract";
import {
  generateHomeOfficeTable,
  generatePeerPopulation,
  HOME_OFFICE_FORCE,
  HOME_OFFICE_HEADER,
  OTHER_FORCES,
  PEER_GROUP,
} from "../../src/sample/generateHomeOffice";
import { DISTRICTS } from "../../src/sample/northshire";
import { OFFENCES } from "../../src/sample/offences";
import { generatePopulation } from "../../src/sample/population";

const table = generateHomeOfficeTable();
const data = table.slice(1);
const col = (name: string) => HOME_OFFICE_HEADER.indexOf(name);
const [YEAR, QUARTER, FORCE, CSP, CODE, COUNT] = [
  col("Financial Year"),
  col("Financial Quarter"),
  col("Police Force"),
  col("CSP Name"),
  col("Offence Code"),
  col("Offence Count"),
];
const otherNames = OTHER_FORCES.flatMap((f) => f.partnerships);

describe("generateHomeOfficeTable", () => {
  it("has the open-data header and a row for every quarter, partnership and offence", () => {
    expect(table[0]).toEqual(HOME_OFFICE_HEADER);
    // 2022/23 Q1 to 2025/26 Q2: 14 quarters; 5 Northshire partnerships and 18 others; every offence.
    expect(data).toHaveLength(14 * (5 + 18) * OFFENCES.length);
    const quarters = new Set(data.map((r) => `${r[YEAR]} Q${r[QUARTER]}`));
    expect([...quarters][0]).toBe("2022/23 Q1");
    expect([...quarters][13]).toBe("2025/26 Q2");
    expect(new Set(data.map((r) => r[FORCE]))).toEqual(
      new Set([HOME_OFFICE_FORCE, "Fernshire", "Calderwick", "Westmarch"]),
    );
    expect(data.filter((r) => !/^\d+$/.test(r[COUNT]))).toEqual([]);
  });

  it("counts Northshire's partnerships from the force extract by quarter, with the month the extract lacks", () => {
    // The force extract's rows counted by hand into quarters: "2024/25 Q3" <- October to December 2024.
    const extract = generateForceExtract().slice(1);
    const [date, district, code] = ["Committed date", "District", "HO offence code"].map((h) =>
      FORCE_EXTRACT_HEADER.indexOf(h),
    );
    const fromExtract = new Map<string, number>();
    for (const r of extract) {
      let [year, month] = [0, 0];
      const dayFirst = /^\d{2}\/(\d{2})\/(\d{4})/.exec(r[date]);
      if (dayFirst) [year, month] = [Number(dayFirst[2]), Number(dayFirst[1])];
      else {
        const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(r[date])) * 86_400_000);
        [year, month] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
      }
      const fy = month >= 4 ? year : year - 1;
      const key = `${fy}/${String((fy + 1) % 100).padStart(2, "0")} ${1 + Math.floor(((month + 8) % 12) / 3)} ${r[district]} ${r[code]}`;
      fromExtract.set(key, (fromExtract.get(key) ?? 0) + 1);
    }
    const northshire = data.filter((r) => r[FORCE] === HOME_OFFICE_FORCE);
    const differ = (r: string[]) =>
      Number(r[COUNT]) - (fromExtract.get(`${r[YEAR]} ${r[QUARTER]} ${r[CSP]} ${r[CODE]}`) ?? 0);
    // Every quarter but the one holding July 2025 agrees exactly; that one holds July's crimes as well.
    expect(northshire.filter((r) => !(r[YEAR] === "2025/26" && r[QUARTER] === "2") && differ(r) !== 0)).toEqual([]);
    const july = northshire.filter((r) => r[YEAR] === "2025/26" && r[QUARTER] === "2").map(differ);
    expect(Math.min(...july)).toBeGreaterThanOrEqual(0);
    expect(july.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });

  it("names no real place: no partnership or force is in the ONS lookup", () => {
    const lookup = readFileSync(
      join(__dirname, "..", "..", "src", "engine", "lookups", "lad24-csp24-pfa24.csv"),
      "utf8",
    );
    const names = new Set(
      lookup
        .split(/\r?\n/)
        .slice(1)
        .flatMap((line) => line.split(",").filter((_, i) => i % 2 === 1 || i === 4))
        .map((n) => n.trim().toLowerCase()),
    );
    for (const name of [
      ...otherNames,
      ...OTHER_FORCES.map((f) => f.force),
      HOME_OFFICE_FORCE,
      ...DISTRICTS.map((d) => d.name),
    ])
      expect(names.has(name.toLowerCase())).toBe(false);
  });

  it("reads as a Home Office table with every row counted", () => {
    const read = readGrids([{ name: "home-office.csv", kind: "file", rows: table }]);
    expect(read.sources[0]).toMatchObject({ format: "home-office-csp", rowsRead: data.length, rowsKept: data.length });
    expect(read.table.districts).toEqual(expect.arrayContaining([...otherNames, ...DISTRICTS.map((d) => d.name)]));
  });
});

describe("generatePeerPopulation", () => {
  const population = generatePeerPopulation();

  it("gives every partnership of the table residents, Northshire's as the demo's population table does", () => {
    expect(population.slice(0, 6)).toEqual(generatePopulation());
    expect(new Set(population.slice(1).map((r) => r[0]))).toEqual(new Set(data.map((r) => r[CSP])));
    const read = populationFromRows(population, "partnership-population.csv");
    expect(read.year).toBe("Synthetic demo figures");
    expect(Object.keys(read.byDistrict)).toHaveLength(23);
  });

  it("lists peers that are all in the table, without St. Aldric itself", () => {
    const csps = new Set(data.map((r) => r[CSP]));
    expect(PEER_GROUP.filter((p) => !csps.has(p))).toEqual([]);
    expect(PEER_GROUP).not.toContain("St. Aldric");
    expect(new Set(PEER_GROUP).size).toBe(PEER_GROUP.length);
  });
});
