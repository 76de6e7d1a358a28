import Papa from "papaparse";
import { readGrids, POLICE_UK_CRIME_TYPES } from "../../src/engine/extracts";
import {
  describeSample,
  generatePoliceUkCsv,
  generatePoliceUkExtract,
  POLICE_UK_HEADER,
} from "../../src/sample/generateExtract";

const about = describeSample();
const rows = generatePoliceUkExtract();
const data = rows.slice(1);
const col = (name: string) => POLICE_UK_HEADER.indexOf(name);
const [ID, MONTH, LSOA, TYPE] = [col("Crime ID"), col("Month"), col("LSOA name"), col("Crime type")];

describe("generatePoliceUkExtract", () => {
  it("is the same for the same seed and different for another", () => {
    const small = { rows: 3000, seed: 7 };
    expect(generatePoliceUkExtract(small)).toEqual(generatePoliceUkExtract(small));
    expect(generatePoliceUkExtract({ ...small, seed: 8 })).not.toEqual(generatePoliceUkExtract(small));
  });

  it("has the police.uk header and exactly the rows asked for", () => {
    expect(rows[0]).toEqual([
      "Crime ID",
      "Month",
      "Reported by",
      "Falls within",
      "Longitude",
      "Latitude",
      "Location",
      "LSOA code",
      "LSOA name",
      "Crime type",
      "Last outcome category",
      "Context",
    ]);
    expect(data).toHaveLength(60_000);
    expect(generatePoliceUkExtract({ rows: 1234 })).toHaveLength(1235);
  });

  it("covers Apr 2022 to Mar 2025 with exactly one whole month missing", () => {
    const months = new Set(data.map((r) => r[MONTH]));
    expect(months.size).toBe(35);
    expect(about).toMatchObject({ firstMonth: "2022-04", lastMonth: "2025-03" });
    expect(months.has(about.missingMonth)).toBe(false);
    expect([...months].sort()[0]).toBe("2022-04");
    expect([...months].sort()[34]).toBe("2025-03");
  });

  it("has all 14 crime types, at least 4 districts (one with a full stop, one of several words)", () => {
    expect(new Set(data.map((r) => r[TYPE]))).toEqual(new Set(POLICE_UK_CRIME_TYPES));
    const districts = new Set(data.filter((r) => r[LSOA] !== "").map((r) => r[LSOA].replace(/ \S+$/, "")));
    expect(districts).toEqual(new Set([...about.districts, about.neighbourDistrict]));
    expect(about.districts.length).toBeGreaterThanOrEqual(4);
    expect(about.districts).toEqual(expect.arrayContaining(["St. Aldric", "Marsh and Dale"]));
  });

  it("gives ASB rows no Crime ID and every crime a 64-hex ID", () => {
    const asb = data.filter((r) => r[TYPE] === "Anti-social behaviour");
    const crimes = data.filter((r) => r[TYPE] !== "Anti-social behaviour");
    expect(asb.length).toBeGreaterThan(0);
    expect(asb.filter((r) => r[ID] !== "")).toEqual([]);
    expect(crimes.filter((r) => !/^[0-9a-f]{64}$/.test(r[ID]))).toEqual([]);
  });

  it("leaves about 2% of LSOAs blank, strays a handful of rows out of force and repeats a few IDs", () => {
    const blank = data.filter((r) => r[LSOA] === "").length / data.length;
    expect(blank).toBeGreaterThan(0.015);
    expect(blank).toBeLessThan(0.025);
    expect(data.filter((r) => r[LSOA].startsWith("Hambledown ")).length).toBe(about.outOfForceRows);
    expect(about.outOfForceRows).toBeLessThanOrEqual(10);
    const read = readGrids([{ name: "sample", kind: "file", rows }]);
    expect(read.duplicateCrimeIds.count).toBe(about.duplicateCrimeIds);
    expect(about.duplicateCrimeIds).toBeGreaterThan(0);
  });

  it("peaks ASB in October and November", () => {
    const byCalendarMonth = new Array(13).fill(0);
    for (const r of data) if (r[TYPE] === "Anti-social behaviour") byCalendarMonth[Number(r[MONTH].slice(5))]++;
    // Each calendar month appears in 3 years, except the missing one (2 years).
    const missing = Number(about.missingMonth.slice(5));
    const perYear = byCalendarMonth.map((n, m) => n / (m === missing ? 2 : 3));
    const others = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12].map((m) => perYear[m]);
    const peak = Math.min(perYear[10], perYear[11]);
    expect(peak).toBeGreaterThan(1.2 * Math.max(...others));
  });

  it("lets crime in St. Aldric fall about 10% a year", () => {
    // Financial years 2022/23 and 2024/25 are both complete (the missing month is in 2023/24).
    const count = (fyStart: number) =>
      data.filter(
        (r) =>
          r[LSOA].startsWith("St. Aldric ") &&
          r[TYPE] !== "Anti-social behaviour" &&
          r[MONTH] >= `${fyStart}-04` &&
          r[MONTH] <= `${fyStart + 1}-03`,
      ).length;
    const ratio = count(2024) / count(2022);
    expect(ratio).toBeGreaterThan(0.9 * 0.9 * 0.93);
    expect(ratio).toBeLessThan(0.9 * 0.9 * 1.07);
  });

  it("writes CSV text that parses back to the same rows", () => {
    const small = generatePoliceUkExtract({ rows: 2000, seed: 3 });
    const parsed = Papa.parse<string[]>(generatePoliceUkCsv({ rows: 2000, seed: 3 }), { skipEmptyLines: true }).data;
    expect(parsed).toEqual(small);
  });
});
