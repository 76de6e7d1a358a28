import { assess } from "../../../src/engine/assessment/assess";
import { populationFromRows } from "../../../src/engine/assessment/population";
import { defaultSettings } from "../../../src/engine/assessment/settings";
import { AssessmentError } from "../../../src/engine/errors";
import { months, readOf, type Tuple } from "../tableOf";

const F = "Testshire Police";
const tuples: Tuple[] = [
  ...months("2023-04", "2024-03").map((m): Tuple => [m, "Brook", F, "Other theft"]),
  ["2023-05", "Ashby", F, "Shoplifting", 34],
  ["2023-06", "Carr", F, "Burglary", 50],
];

describe("population and rates per 1,000", () => {
  it("reads the census file's newest column", () => {
    const p = populationFromRows(
      [
        ["LAD", "NAME", "COUNTY", "REGION", "POP11", "POP21"],
        ["E1", "Ashby", "", "", "9,000", "10,000"],
      ],
      "population.csv",
    );
    expect(p).toEqual({ year: "Census 2021", byDistrict: { ashby: 10000 } });
  });

  it("names the figures by a Source column when there is one", () => {
    const p = populationFromRows(
      [
        ["Area", "Population", "Source"],
        ["Ashby", "10000", "Synthetic demo figures"],
        ["Brook", "2000", "Synthetic demo figures"],
      ],
      "pop.csv",
    );
    expect(p).toEqual({ year: "Synthetic demo figures", byDistrict: { ashby: 10000, brook: 2000 } });
  });

  it("names the row and column of a bad population", () => {
    try {
      populationFromRows(
        [
          ["Area", "Population"],
          ["Ashby", "10000"],
          ["Brook", "n/a"],
        ],
        "pop.csv",
      );
      throw new Error("expected an error");
    } catch (e) {
      expect(e).toBeInstanceOf(AssessmentError);
      expect((e as AssessmentError).row).toBe(3);
      expect((e as AssessmentError).column).toBe("population");
    }
  });

  it("rates: Ashby 34 / 10,000 = 3.4, Brook 12 / 2,000 = 6.0, Carr 50 / 50,000 = 1.0", () => {
    const population = { year: "Census 2021", byDistrict: { Ashby: 10000, brook: 2000, CARR: 50000 } };
    const a = assess(readOf(tuples), { ...defaultSettings("Ashby"), population });
    const rate = (d: string) => a.districts.find((x) => x.district === d)!;
    expect(rate("Ashby").ratePer1000).toBeCloseTo(3.4, 12);
    expect(rate("Brook").ratePer1000).toBeCloseTo(6, 12);
    expect(rate("Carr").ratePer1000).toBeCloseTo(1, 12);
    expect(rate("Ashby").rateRank).toBe(2);
    expect(a.findings.map((f) => f.text)).toContain(
      "Ashby recorded 3.4 crimes per 1,000 residents in 2023/24 (population: Census 2021), the second highest rate of the 3 districts in Testshire Police.",
    );
  });
});
