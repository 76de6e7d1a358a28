/**
 * Places on a hand-worked table: Ashby (the area) and Brook, three complete
 * financial years (Brook has one vehicle crime every month, so every month is
 * present). Ashby's rows, by LSOA:
 *
 *                 2021/22   2022/23   2023/24 (lead)
 *   Burglary A1       7         5        10 (4 flagged DA)
 *            A2       2         8         6
 *            A3       4         3         3 (1 flagged DA)
 *            A4       -         -         1
 *            A5       1         -         -
 *     no LSOA         -         -         2 (1 flagged DA)
 *   ASB      A2                            4
 *            A3                            4
 *
 * The area's LSOAs are A1 to A5 (A5 is named only in 2021/22): five.
 */
import { assess } from "../../../src/engine/assessment/assess";
import { DEFAULT_HOTSPOT_COUNT, hotspotCount } from "../../../src/engine/assessment/places";
import { defaultSettings, type AssessmentSettings } from "../../../src/engine/assessment/settings";
import type { PlaceMeasure } from "../../../src/engine/assessment/types";
import { AssessmentError } from "../../../src/engine/errors";
import { months } from "../tableOf";
import { placesRead, type PlaceTuple } from "../placesFixture";

const DA = "Domestic abuse";

function tuples(): PlaceTuple[] {
  return [
    ...months("2021-04", "2024-03").map((m): PlaceTuple => [m, "Brook", "B1", "Vehicle crime"]),
    ["2021-06", "Ashby", "A1", "Burglary", 7],
    ["2021-06", "Ashby", "A2", "Burglary", 2],
    ["2021-06", "Ashby", "A3", "Burglary", 4],
    ["2021-06", "Ashby", "A5", "Burglary", 1],
    ["2022-06", "Ashby", "A1", "Burglary", 5],
    ["2022-06", "Ashby", "A2", "Burglary", 8],
    ["2022-06", "Ashby", "A3", "Burglary", 3],
    ["2023-06", "Ashby", "A1", "Burglary", 6],
    ["2023-06", "Ashby", "A1", "Burglary", 4, [DA]],
    ["2023-06", "Ashby", "A2", "Burglary", 6],
    ["2023-06", "Ashby", "A3", "Burglary", 2],
    ["2023-06", "Ashby", "A3", "Burglary", 1, [DA]],
    ["2023-06", "Ashby", "A4", "Burglary", 1],
    ["2023-06", "Ashby", null, "Burglary", 1],
    ["2023-06", "Ashby", null, "Burglary", 1, [DA]],
    ["2023-07", "Ashby", "A2", "Anti-social behaviour", 4],
    ["2023-07", "Ashby", "A3", "Anti-social behaviour", 4],
  ];
}

const settings: AssessmentSettings = {
  ...defaultSettings("Ashby"),
  priorities: [{ name: DA, rules: [{ kind: "flag", value: DA }], polarity: "higherIsBetter" }],
};

function placesOf(extra: Partial<AssessmentSettings> = {}) {
  return assess(placesRead(tuples(), [DA], "mapped"), { ...settings, ...extra });
}

function measure(category: string, extra: Partial<AssessmentSettings> = {}): PlaceMeasure {
  return placesOf(extra).places!.measures.find((m) => m.category === category)!;
}

describe("places", () => {
  const a = placesOf();

  it("counts the area's LSOAs as those named on its rows in any month, and its measures in order", () => {
    expect(a.lead.label).toBe("2023/24");
    expect(a.places!.lsoaCount).toBe(5);
    expect(a.places!.topCount).toBe(DEFAULT_HOTSPOT_COUNT);
    expect(a.places!.repeatPeriods).toEqual(["2021/22", "2022/23", "2023/24"]);
    expect(a.places!.measures.map((m) => m.category)).toEqual(["All crime", "Anti-social behaviour", DA]);
  });

  it("lists the top places with their count, rank, like-for-like change and share of the located count", () => {
    const crime = measure("All crime");
    // 20 burglaries with an LSOA in 2023/24 (10 + 6 + 3 + 1), and 2 without; 4 of the 5 LSOAs have any.
    expect([crime.located, crime.unlocated, crime.withAny]).toEqual([20, 2, 4]);
    expect(crime.top.map((p) => [p.code, p.name, p.rank, p.count, p.sharePct])).toEqual([
      ["A1", "Ashby 001A", 1, 10, 50],
      ["A2", "Ashby 002A", 2, 6, 30],
      ["A3", "Ashby 003A", 3, 3, 15],
      ["A4", "Ashby 004A", 4, 1, 5],
    ]);
    const [a1, a2, a3, a4] = crime.top.map((p) => p.change!);
    // A1: 5 -> 10, +100%; exact test: 2 x P(X <= 5) for X ~ Bin(15, 1/2) = 2 x 4,944 / 32,768 = 0.302, may be chance.
    expect([a1.previous, a1.current, a1.changePct, a1.significance]).toEqual([5, 10, 100, "no significant change"]);
    expect(a1.pValue).toBeCloseTo((2 * 4944) / 32768, 12);
    expect([a2.previous, a2.current, a2.changePct]).toEqual([8, 6, -25]);
    expect([a3.change, a3.changePct]).toEqual([0, 0]);
    expect([a4.previous, a4.isNew, a4.changePct]).toEqual([0, true, null]);
    expect(crime.tiedBeyond).toBe(0);
  });

  it("gives the concentration and the Pareto curve over all five LSOAs, A5's zero included", () => {
    const crime = measure("All crime");
    // Ranked 10, 6, 3, 1, 0 of 20: A1 alone holds half; 1 of 5 LSOAs is 20%.
    expect(crime.concentration).toEqual({ places: 1, of: 5, placesPct: 20, heldPct: 50 });
    // Cumulative 0, 10, 16, 19, 20, 20 at 0 to 5 LSOAs; each 10% is half an LSOA.
    expect(crime.pareto.map((p) => p.countPct)).toEqual([0, 25, 50, 65, 80, 87.5, 95, 97.5, 100, 100, 100]);
  });

  it("finds the repeat places: in the top places in each of the last three complete years", () => {
    // Any count in each year: A1 (7, 5, 10), A2 (2, 8, 6), A3 (4, 3, 3); A4 and A5 miss a year.
    expect(measure("All crime").repeat!.map((p) => [p.code, p.counts, p.ranks])).toEqual([
      ["A1", [7, 5, 10], [1, 2, 1]],
      ["A2", [2, 8, 6], [3, 1, 2]],
      ["A3", [4, 3, 3], [2, 3, 3]],
    ]);
    // Top 2: only A1 is in it every year (A2 is third in 2021/22, A3 third in 2022/23).
    expect(measure("All crime", { hotspotCount: 2 }).repeat!.map((p) => p.code)).toEqual(["A1"]);
  });

  it("counts ASB and each priority apart, with ties at the cut counted", () => {
    const asb = measure("Anti-social behaviour", { hotspotCount: 1 });
    // A2 and A3 both have 4: A2 is listed (code order), A3 is the tie beyond.
    expect(asb.top.map((p) => [p.code, p.rank, p.count])).toEqual([["A2", 1, 4]]);
    expect(asb.tiedBeyond).toBe(1);
    expect(asb.concentration).toEqual({ places: 1, of: 5, placesPct: 20, heldPct: 50 });
    const da = measure(DA);
    // Flagged: A1 4, A3 1, one with no LSOA. Of 5 located, A1's 4 is 80%.
    expect([da.located, da.unlocated]).toEqual([5, 1]);
    expect(da.top.map((p) => [p.code, p.count, p.sharePct])).toEqual([
      ["A1", 4, 80],
      ["A3", 1, 20],
    ]);
    expect(da.concentration).toEqual({ places: 1, of: 5, placesPct: 20, heldPct: 80 });
    // No flagged row in 2021/22 or 2022/23, so no place is in the top places every year.
    expect(da.repeat).toEqual([]);
  });

  it("says how many rows have no location and what each cut means, in the method and on the theme page", () => {
    const da = a.themes.find((t) => t.category === DA)!;
    expect(da.limits).toContain(
      "1 of the area's 6 reports in 2023/24 (16.7%) has no location (no LSOA), so is left out of the places.",
    );
    expect(a.method.join("\n")).toContain(
      "The area's LSOAs are those the files supplied name on Ashby's rows, in any month or category: 5.",
    );
    expect(a.method.join("\n")).toContain("the fewest LSOAs, most first, holding at least half of the count");
    expect(a.findings.find((f) => f.sheetKey === "places")?.text).toBe(
      "50.0% of all crime with a location in Ashby in 2023/24 happened in 20.0% of its LSOAs (the 1 with the most, of 5).",
    );
  });
});

describe("places not given", () => {
  it("when the table has no LSOA column, or none on the area's rows", () => {
    const noColumn = placesRead(tuples());
    const withoutLsoa = { ...noColumn, table: { ...noColumn.table, lsoa: null } };
    const a = assess(withoutLsoa, defaultSettings("Ashby"));
    expect(a.places).toBeNull();
    expect(a.method.join("\n")).toContain("Places: not given, as no row of the area has an LSOA");
    const unplaced = tuples().map((t): PlaceTuple => (t[1] === "Ashby" ? [t[0], t[1], null, t[3], t[4]] : t));
    expect(assess(placesRead(unplaced), defaultSettings("Ashby")).places).toBeNull();
  });

  it("with fewer than three complete years, repeat places are null and the method says so", () => {
    const two = tuples().filter((t) => t[0] >= "2022-04");
    const a = assess(placesRead(two), defaultSettings("Ashby"));
    expect(a.places!.repeatPeriods).toEqual(["2022/23", "2023/24"]);
    expect(a.places!.measures[0].repeat).toBeNull();
    expect(a.method.join("\n")).toContain("the files supplied hold 2, so none is given");
  });
});

describe("the number of top places", () => {
  it("is a whole number from 1 to 100, 10 when not set", () => {
    expect(hotspotCount(undefined)).toBe(10);
    expect(hotspotCount(1)).toBe(1);
    expect(hotspotCount(100)).toBe(100);
    for (const bad of [0, -3, 2.5, 101, Number.NaN]) expect(() => hotspotCount(bad)).toThrow(AssessmentError);
    expect(() => placesOf({ hotspotCount: 0 })).toThrow("0 is not a number of top places the assessment can list.");
  });

  it("limits each list", () => {
    expect(measure("All crime", { hotspotCount: 3 }).top.map((p) => p.code)).toEqual(["A1", "A2", "A3"]);
  });
});
