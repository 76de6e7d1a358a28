import { parseMappingCsv, readGrids } from "../../src/engine/extracts";
import {
  describeForceExtract,
  FORCE_EXTRACT_HEADER,
  generateForceExtract,
  recordedCrimes,
} from "../../src/sample/generateForceExtract";
import { generatePoliceUkExtract, POLICE_UK_HEADER } from "../../src/sample/generateExtract";
import { DISTRICTS } from "../../src/sample/northshire";
import { OFFENCES, SERIOUS_VIOLENCE_SUBGROUPS } from "../../src/sample/offences";
import { readFileSync } from "fs";
import { join } from "path";

const about = describeForceExtract();
const rows = generateForceExtract();
const data = rows.slice(1);
const col = (name: string) => FORCE_EXTRACT_HEADER.indexOf(name);
const [DATE, DISTRICT, LSOA_CODE, LSOA_NAME] = [
  col("Committed date"),
  col("District"),
  col("LSOA code"),
  col("LSOA name"),
];
const [GROUP, SUBGROUP, CODE, DESCRIPTION] = [
  col("Offence group"),
  col("Offence subgroup"),
  col("HO offence code"),
  col("Offence description"),
];
const [DA, HATE] = [col("DA flag"), col("Hate crime")];

/** [year, month 1-12] of a date as the extract writes it, worked out here without the engine's reader. */
function yearAndMonth(text: string): [number, number] {
  const dayFirst = /^(\d{2})\/(\d{2})\/(\d{4})( \d{2}:\d{2})?$/.exec(text);
  if (dayFirst) return [Number(dayFirst[3]), Number(dayFirst[2])];
  if (!/^\d{5}\.\d{5}$/.test(text)) throw new Error(`Not a date the extract writes: "${text}"`);
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1];
}

/** "2024/25" for a row's date. */
function financialYear(row: string[]): string {
  const [year, month] = yearAndMonth(row[DATE]);
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

const stAldric = data.filter((r) => r[DISTRICT] === "St. Aldric").map((r) => ({ r, year: financialYear(r) }));
const inStAldric = (year: string) => stAldric.filter((x) => x.year === year).map((x) => x.r);
const isSeriousViolence = (r: string[]) => SERIOUS_VIOLENCE_SUBGROUPS.includes(r[SUBGROUP]);

describe("generateForceExtract", () => {
  it("is the same for the same seed and different for another", () => {
    const small = { seed: 7, months: 3, crimesPerMonth: 100 };
    expect(generateForceExtract(small)).toEqual(generateForceExtract(small));
    expect(generateForceExtract({ ...small, seed: 8 })).not.toEqual(generateForceExtract(small));
  });

  it("covers Apr 2022 to Sep 2025 with July 2025 missing, in three forms of date", () => {
    expect(rows[0]).toEqual(FORCE_EXTRACT_HEADER);
    expect(about).toMatchObject({ firstMonth: "2022-04", lastMonth: "2025-09", missingMonth: "2025-07" });
    const months = new Set(data.map((r) => yearAndMonth(r[DATE]).join("-")));
    expect(months.size).toBe(41);
    expect(months.has("2025-7")).toBe(false);
    expect(months.has("2022-4") && months.has("2025-9")).toBe(true);
    const withTime = data.filter((r) => r[DATE].includes(":")).length / data.length;
    const serials = data.filter((r) => !r[DATE].includes("/")).length / data.length;
    expect(withTime).toBeGreaterThan(0.05);
    expect(serials).toBeGreaterThan(0.02);
  });

  it("writes only the offences of the catalogue, each with its own group, subgroup and description", () => {
    const byCode = new Map(OFFENCES.map((o) => [o.code, o]));
    // One expectation over all rows: jest's per-call cost would make 60,000 of them slow.
    const wrong = data.filter((r) => {
      const offence = byCode.get(r[CODE]);
      return (
        !offence ||
        [r[GROUP], r[SUBGROUP], r[DESCRIPTION]].join("|") !==
          [offence.group, offence.subgroup, offence.description].join("|")
      );
    });
    expect(wrong).toEqual([]);
    expect(new Set(data.map((r) => r[SUBGROUP]))).toEqual(new Set(OFFENCES.map((o) => o.subgroup)));
  });

  it("uses the police.uk sample's LSOAs, each code with the same name, and leaves about 1% blank", () => {
    const street = generatePoliceUkExtract().slice(1);
    const [code, name] = [POLICE_UK_HEADER.indexOf("LSOA code"), POLICE_UK_HEADER.indexOf("LSOA name")];
    const nameOfCode = new Map(street.map((r) => [r[code], r[name]]));
    const located = data.filter((r) => r[LSOA_CODE] !== "");
    expect(located.filter((r) => nameOfCode.get(r[LSOA_CODE]) !== r[LSOA_NAME])).toEqual([]);
    expect(located.filter((r) => !r[LSOA_NAME].startsWith(`${r[DISTRICT]} `))).toEqual([]);
    const blank = 1 - located.length / data.length;
    expect(blank).toBeGreaterThan(0.005);
    expect(blank).toBeLessThan(0.015);
  });

  it("concentrates crime: in each district the busiest tenth of LSOAs holds well over a tenth of its crime", () => {
    for (const district of DISTRICTS) {
      const counts = new Map<string, number>();
      for (const r of data)
        if (r[DISTRICT] === district.name && r[LSOA_CODE])
          counts.set(r[LSOA_CODE], (counts.get(r[LSOA_CODE]) ?? 0) + 1);
      const sorted = [...counts.values()].sort((a, b) => b - a);
      const total = sorted.reduce((a, b) => a + b, 0);
      const top = sorted.slice(0, Math.ceil(district.lsoaCount / 10)).reduce((a, b) => a + b, 0);
      expect(top / total).toBeGreaterThan(0.2);
    }
  });

  it("flags domestic abuse on 15-20% of violence and hate crime on about 2% of crime, every aggravated offence a hate crime", () => {
    const violence = data.filter((r) => r[GROUP] === "Violence against the person" || r[GROUP] === "Sexual offences");
    const da = violence.filter((r) => r[DA] === "Y").length / violence.length;
    expect(da).toBeGreaterThan(0.15);
    expect(da).toBeLessThan(0.2);
    expect(new Set(data.map((r) => r[DA]))).toEqual(new Set(["Y", "N"]));
    expect(new Set(data.map((r) => r[HATE]))).toEqual(new Set(["Yes", ""]));
    const hate = data.filter((r) => r[HATE] === "Yes").length / data.length;
    expect(hate).toBeGreaterThan(0.015);
    expect(hate).toBeLessThan(0.035);
    const aggravated = new Set(OFFENCES.filter((o) => o.aggravated).map((o) => o.code));
    expect(data.filter((r) => aggravated.has(r[CODE]) && r[HATE] !== "Yes")).toEqual([]);
  });

  it("tells St. Aldric's story: crime and serious violence falling, domestic abuse flat, hate crime reports rising", () => {
    const count = (year: string, keep: (r: string[]) => boolean = () => true) => inStAldric(year).filter(keep).length;
    const change = (keep?: (r: string[]) => boolean) => count("2024/25", keep) / count("2023/24", keep) - 1;
    expect(change()).toBeLessThan(-0.05);
    expect(change(isSeriousViolence)).toBeLessThan(-0.12);
    expect(change(isSeriousViolence)).toBeGreaterThan(-0.25);
    expect(Math.abs(change((r) => r[DA] === "Y"))).toBeLessThan(0.1);
    const hate = (year: string) => count(year, (r) => r[HATE] === "Yes");
    expect(hate("2023/24")).toBeGreaterThan(hate("2022/23"));
    expect(hate("2024/25")).toBeGreaterThan(hate("2023/24"));
  });

  it("leaves out only the missing month of what the force recorded", () => {
    const recorded = recordedCrimes();
    const missing = recorded.months.indexOf(2025 * 12 + 6);
    const perMonth = recorded.counts.length / recorded.months.length;
    const total = recorded.counts.reduce((a, b) => a + b, 0);
    const inMissing = recorded.counts.slice(missing * perMonth, (missing + 1) * perMonth).reduce((a, b) => a + b, 0);
    expect(inMissing).toBeGreaterThan(0);
    expect(data).toHaveLength(total - inMissing);
  });

  it("reads through the demo's column mapping with every row counted and both flags", () => {
    const mapping = parseMappingCsv(
      readFileSync(join(__dirname, "..", "..", "samples", "northshire-force-mapping.csv"), "utf8"),
      "northshire-force-mapping.csv",
    );
    const small = generateForceExtract({ crimesPerMonth: 200 });
    const read = readGrids([{ name: "force.csv", kind: "file", rows: small }], { "force.csv": mapping });
    expect(read.sources[0]).toMatchObject({ format: "mapped", rowsRead: small.length - 1, rowsKept: small.length - 1 });
    expect(read.table.flagNames).toEqual(["Domestic abuse", "Hate crime"]);
    expect(read.table.districts).toEqual(expect.arrayContaining(DISTRICTS.map((d) => d.name)));
  });
});
