/**
 * A hand-worked fixture. Testshire Police, financial years 2022/23 and 2023/24:
 *   Ashby (area): Burglary 10 -> 4, Shoplifting 20 -> 30, ASB 5 -> 8. All crime 30 -> 34.
 *   Brook: Other theft, one a month (12 a year), so every month holds data.
 *   Carr: Burglary 50 -> 50.
 *   Outer: one Vehicle crime row snapped across the boundary (out-of-area).
 */
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings } from "../../../src/engine/assessment/settings";
import { AssessmentError } from "../../../src/engine/errors";
import { months, readOf, type Tuple } from "../tableOf";

const F = "Testshire Police";
function fixture(skipMonth?: string): Tuple[] {
  const filler: Tuple[] = months("2022-04", "2024-03")
    .filter((m) => m !== skipMonth)
    .map((m) => [m, "Brook", F, "Other theft"]);
  return [
    ...filler,
    ["2022-04", "Ashby", F, "Burglary", 10],
    ["2022-05", "Ashby", F, "Shoplifting", 20],
    ["2022-10", "Ashby", F, "Anti-social behaviour", 5],
    ["2023-04", "Ashby", F, "Burglary", 4],
    ["2023-05", "Ashby", F, "Shoplifting", 30],
    ["2023-10", "Ashby", F, "Anti-social behaviour", 8],
    ["2022-06", "Carr", F, "Burglary", 50],
    ["2023-06", "Carr", F, "Burglary", 50],
    ["2023-07", "Outer", F, "Vehicle crime"],
  ];
}

const settings = {
  ...defaultSettings("Ashby"),
  targets: [
    {
      category: "Anti-social behaviour",
      baselineYear: "2022/23",
      targetYear: "2024/25",
      changePct: -10,
      method: "linear" as const,
      tolerancePct: 5,
      polarity: "lowerIsBetter" as const,
    },
  ],
};

describe("assess on a hand-worked fixture", () => {
  const a = assess(readOf(fixture()), settings);
  const trend = (c: string) => a.trends.find((t) => t.category === c)!;

  it("counts by financial year, All crime excluding ASB", () => {
    expect(a.periodLabels).toEqual(["2022/23", "2023/24"]);
    expect(trend("All crime").counts).toEqual([30, 34]);
    expect(trend("Anti-social behaviour").counts).toEqual([5, 8]);
    expect(trend("Burglary").counts).toEqual([10, 4]);
  });

  it("orders categories: All crime, crime types, then ASB", () => {
    expect(a.categories[0]).toBe("All crime");
    expect(a.categories[a.categories.length - 1]).toBe("Anti-social behaviour");
  });

  it("year-on-year change with significance", () => {
    const yoy = trend("All crime").yearOnYear!;
    expect(yoy.change).toBe(4);
    expect(yoy.changePct).toBeCloseTo((4 / 30) * 100, 9);
    expect(yoy.significance).toBe("no significant change");
    // ASB 5 -> 8: p = 2 x P(X<=5 | n=13) = 2 x 2380 / 8192.
    expect(trend("Anti-social behaviour").yearOnYear!.pValue).toBeCloseTo((2 * 2380) / 8192, 12);
  });

  it("share of region leaves the out-of-area district out and ranks the area", () => {
    expect(a.region.force).toBe(F);
    expect(a.region.outOfArea).toEqual([{ district: "Outer", rows: 1 }]);
    const share = a.share.find((s) => s.category === "All crime")!;
    expect(share.regionCount).toBe(34 + 12 + 50);
    expect(share.sharePct).toBeCloseTo((34 / 96) * 100, 9);
    expect(share.previousSharePct).toBeCloseTo((30 / 92) * 100, 9);
    expect(share.changePp).toBeCloseTo((34 / 96) * 100 - (30 / 92) * 100, 9);
    expect([share.rank, share.of]).toEqual([2, 3]);
  });

  it("share within the area: ASB of crime plus ASB", () => {
    const mix = a.areaMix.find((m) => m.category === "Anti-social behaviour")!;
    expect(mix.sharePct).toBeCloseTo((8 / 42) * 100, 9);
  });

  it("includes the out-of-area district when asked", () => {
    const wide = assess(readOf(fixture()), { ...settings, region: { includeOutOfArea: true } });
    expect(wide.share.find((s) => s.category === "All crime")!.regionCount).toBe(97);
  });

  it("target trajectory: ASB 5 -> milestones 5, 4.75, 4.5; 8 in 2023/24 is Red", () => {
    const t = a.targets[0];
    expect(t.rows.map((r) => r.milestone)).toEqual([5, 4.75, 4.5]);
    expect(t.rows.map((r) => r.actual)).toEqual([5, 8, null]);
    expect(t.latest!.status).toBe("Red");
  });

  it("writes findings in plain English from the figures", () => {
    const texts = a.findings.map((f) => f.text);
    expect(texts).toContain(
      "All crime in Ashby rose by 13.3% in 2023/24 compared with 2022/23, from 30 to 34 crimes (not a statistically significant change).",
    );
    expect(texts).toContain(
      "Ashby had 35.4% of all recorded crime in Testshire Police in 2023/24, the second highest share of the 3 districts, +2.8 pp on 2022/23.",
    );
    expect(texts.some((t) => t.startsWith("Anti-social behaviour incidents in Ashby rose by 60.0%"))).toBe(true);
  });

  it("tidy measures carry every figure with its period label", () => {
    const find = (category: string, period: string, measure: string) =>
      a.measures.find(
        (m) => m.area === "Ashby" && m.category === category && m.period === period && m.measure === measure,
      )?.value;
    expect(find("All crime", "2022/23", "count")).toBe(30);
    expect(find("All crime", "2023/24", "change")).toBe(4);
    expect(find("All crime", "2023/24", "rank_in_region")).toBe(2);
    expect(find("Burglary", "2023/24", "significance")).toBe("no significant change");
    expect(a.measures.find((m) => m.area === "Carr" && m.measure === "share_of_region_pct")).toBeDefined();
  });
});

describe("missing months", () => {
  const a = assess(readOf(fixture("2023-08")), settings);

  it("are reported, never counted as zero", () => {
    expect(a.quality.missingMonths).toEqual([2023 * 12 + 7]);
  });

  it("make the comparison like-for-like on the months present in both years", () => {
    expect(a.comparison!.label).toBe("Apr–Jul 2023, Sep 2023–Mar 2024 against Apr–Jul 2022, Sep 2022–Mar 2023");
    expect(a.periodLabels).toEqual(["2022/23", "2023/24 (partial: Apr–Jul, Sep–Mar)"]);
    expect(a.findings.some((f) => f.sheetKey === "quality" && f.text.includes("Aug 2023"))).toBe(true);
  });

  it("leave 2023/24 partial, so the headline figures are for 2022/23, the latest complete year", () => {
    // Ashby 2022/23: Burglary 10 + Shoplifting 20 = 30 crimes.
    expect(a.lead).toMatchObject({ label: "2022/23", complete: true });
    expect(a.trends.find((t) => t.category === "All crime")!.lead).toBe(30);
    expect(a.yearly.map((p) => p.name)).toEqual(["2022/23"]);
  });

  it("say the months are not in the files supplied, never that they were not published", () => {
    const texts = [...a.findings.map((f) => f.text), ...a.summary.warnings, ...a.method];
    expect(texts.some((t) => t.includes("Aug 2023 is not in the files supplied"))).toBe(true);
    expect(texts.some((t) => /not published|no data was published/i.test(t))).toBe(false);
  });
});

it("an area not in the data lists the districts and the closest match", () => {
  expect(() => assess(readOf(fixture()), defaultSettings("Ashbey"))).toThrow(AssessmentError);
  try {
    assess(readOf(fixture()), defaultSettings("Ashbey"));
  } catch (e) {
    expect((e as AssessmentError).advice).toContain('Did you mean "Ashby"?');
    expect((e as AssessmentError).advice).toContain("Ashby, Brook, Carr, Outer");
  }
});

describe("a target in a partial year", () => {
  // ASB in Ashby, 2022/23 (the only complete year, so the profile's source): 12 a month Apr-Sep,
  // 8 a month Oct-Mar (baseline 120). Index Apr-Sep 120, Oct-Mar 80: Apr-Sep is 720/1200 = 0.6 of a year.
  // Reduce by 10% by 2024/25, linear: 2023/24 full-year milestone 114; pro-rated 114 x 0.6 = 68.4.
  // Actual Apr-Sep 2023: 10 a month = 60, Green (equal twelfths would give 57 and call it worse).
  const tuples: Tuple[] = [
    ...months("2022-04", "2022-09").map((m): Tuple => [m, "Ashby", F, "Anti-social behaviour", 12]),
    ...months("2022-10", "2023-03").map((m): Tuple => [m, "Ashby", F, "Anti-social behaviour", 8]),
    ...months("2023-04", "2023-09").map((m): Tuple => [m, "Ashby", F, "Anti-social behaviour", 10]),
  ];
  const a = assess(readOf(tuples), settings);
  const row = a.targets[0].rows[1];

  it("pro-rates the milestone by the seasonal profile, not in equal twelfths", () => {
    expect(row.period).toBe("2023/24 (Apr–Sep)");
    expect(row.fullYearMilestone).toBeCloseTo(114, 9);
    expect(row.milestone).toBeCloseTo(68.4, 9);
    expect(row.actual).toBe(60);
    expect(row.status).toBe("Green");
    expect(row.proRated).toBe(true);
  });

  it("shows no seasonal index from one complete year, only that year's highest month by count", () => {
    // The milestone above still follows 2022/23's monthly pattern; the report gives no index from one year.
    expect(a.seasonal).toEqual([]);
    expect(a.seasonalFrom).toEqual([]);
    // 12 a month Apr-Sep 2022: the first of the tied months, April.
    expect(a.highestMonths.find((h) => h.category === "Anti-social behaviour")).toEqual({
      period: "2022/23",
      category: "Anti-social behaviour",
      month: "April",
      label: "Apr 2022",
      count: 12,
    });
    expect(a.findings.map((f) => f.text)).toContain(
      "In 2022/23, anti-social behaviour in Ashby was highest in April (12 incidents); one complete year is too few to call this a seasonal pattern.",
    );
  });
});

describe("findings wording", () => {
  const flat: Tuple[] = [
    ...months("2022-04", "2024-03").map((m): Tuple => [m, "Ashby", F, "Anti-social behaviour", 10]),
    ...months("2022-04", "2024-03").map((m): Tuple => [m, "Ashby", F, "Burglary", 5]),
  ];
  const a = assess(readOf(flat), defaultSettings("Ashby"));

  it("ASB incidents were unchanged (plural), all crime was unchanged (singular)", () => {
    const texts = a.findings.map((f) => f.text);
    expect(
      texts.some((t) => t.startsWith("Anti-social behaviour incidents in Ashby were unchanged at 120 incidents")),
    ).toBe(true);
    expect(texts.some((t) => t.startsWith("All crime in Ashby was unchanged at 60 crimes"))).toBe(true);
  });

  it("takes the seasonal index from the two complete years", () => {
    expect(a.seasonalFrom).toEqual(["2022/23", "2023/24"]);
    expect(a.seasonal.map((s) => s.asbIndex)).toEqual(new Array(12).fill(100));
  });

  it("a flat seasonal profile gives no peak sentence", () => {
    expect(a.findings.some((f) => f.text.includes("peaks in"))).toBe(false);
  });
});

describe("trend across all months", () => {
  // Burglary in Ashby: 30, 29, ... 7 over Apr 2022 to Mar 2024: a fall of 1 a month.
  // Mean 18.5, so -12 / 18.5 x 100 = -64.86% a year.
  const falling: Tuple[] = months("2022-04", "2024-03").map((m, t): Tuple => [m, "Ashby", F, "Burglary", 30 - t]);
  const a = assess(readOf(falling), defaultSettings("Ashby"));

  it("fits the fall with the seasons allowed for", () => {
    const trend = a.trends.find((t) => t.category === "All crime")!.trend!;
    expect(trend.pctPerYear).toBeCloseTo((-12 / 18.5) * 100, 9);
    expect(trend.direction).toBe("falling");
  });

  it("says so in a finding", () => {
    expect(a.findings.map((f) => f.text)).toContain(
      "Across all months of data (Apr 2022 to Mar 2024), all crime in Ashby has been falling by about 64.9% a year once the seasons are allowed for (a clear trend).",
    );
  });
});
