/**
 * Files with the Cleveland shape: January-April 2024, then all of 2025; May-December
 * 2024 absent. Hand-worked, Testshire Police:
 *   Ashby (area): Burglary 10 a month in 2024, 12 a month in 2025.
 *                 ASB 5 a month in 2024, 6 a month in 2025 except October 2025: 20.
 *   Brook: Shoplifting 4 a month throughout.
 * Population (Census 2021): Ashby 12,000, Brook 4,800.
 */
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings, type AssessmentSettings } from "../../../src/engine/assessment/settings";
import { months, readOf, type Tuple } from "../tableOf";

const F = "Testshire Police";
const in2024 = months("2024-01", "2024-04");
const in2025 = months("2025-01", "2025-12");
const tuples: Tuple[] = [
  ...in2024.map((m): Tuple => [m, "Ashby", F, "Burglary", 10]),
  ...in2025.map((m): Tuple => [m, "Ashby", F, "Burglary", 12]),
  ...in2024.map((m): Tuple => [m, "Ashby", F, "Anti-social behaviour", 5]),
  ...in2025.map((m): Tuple => [m, "Ashby", F, "Anti-social behaviour", m === "2025-10" ? 20 : 6]),
  ...[...in2024, ...in2025].map((m): Tuple => [m, "Brook", F, "Shoplifting", 4]),
];
const population = { year: "Census 2021", byDistrict: { Ashby: 12000, Brook: 4800 } };
const settings: AssessmentSettings = { ...defaultSettings("Ashby"), population, producedOn: "2026-01-15" };
const run = (changes: Partial<AssessmentSettings> = {}) => assess(readOf(tuples), { ...settings, ...changes });
const trend = (a: ReturnType<typeof assess>, category: string) => a.trends.find((t) => t.category === category)!;

describe("the default basis is automatic", () => {
  const a = run();

  it("defaultSettings asks for auto, and the run records calendar years, chosen automatically", () => {
    expect(defaultSettings("Ashby").basis).toBe("auto");
    // Calendar: 2025 against 2024 (Jan–Apr) = 4 months; financial: Apr 2025 against Apr 2024 = 1;
    // rolling: 4, a tie with calendar, which comes first.
    expect(a.basis).toEqual({
      used: "calendar",
      how: "automatic",
      monthsCompared: { financial: 1, calendar: 4, rolling12: 4 },
      better: null,
    });
  });

  it("leads with 2025, the latest complete year: 12 x 12 = 144 crimes, 6 x 11 + 20 = 86 ASB incidents", () => {
    expect(a.lead).toMatchObject({ label: "2025", complete: true });
    expect(trend(a, "All crime").lead).toBe(144);
    expect(trend(a, "Anti-social behaviour").lead).toBe(86);
    expect(a.yearly.map((p) => p.name)).toEqual(["2025"]);
  });

  it("compares Jan–Apr 2025 with Jan–Apr 2024, like for like: 48 against 40 crimes, +20%", () => {
    expect(a.comparison!.label).toBe("Jan–Apr 2025 against Jan–Apr 2024");
    const c = trend(a, "All crime").yearOnYear!;
    expect([c.previous, c.current, c.change]).toEqual([40, 48, 8]);
    expect(c.changePct).toBeCloseTo(20, 9);
    // z = 2(sqrt 48 - sqrt 40) = 1.21: chance could explain it.
    expect(c.significance).toBe("no significant change");
    const asb = trend(a, "Anti-social behaviour").yearOnYear!;
    expect([asb.previous, asb.current]).toEqual([20, 24]);
  });

  it("shares: 144 of 192 in 2025 (75%); the change in share is on the compared months", () => {
    const share = a.share.find((s) => s.category === "All crime")!;
    expect(share.sharePct).toBeCloseTo(75, 9);
    expect([share.rank, share.of]).toEqual([1, 2]);
    // Jan–Apr 2024: 40 of 56; Jan–Apr 2025: 48 of 64.
    expect(share.previousSharePct).toBeCloseTo((40 / 56) * 100, 9);
    expect(share.windowSharePct).toBeCloseTo(75, 9);
    expect(share.changePp).toBeCloseTo(75 - (40 / 56) * 100, 9);
  });

  it("rates per 1,000 for the full year, every district and category, and the region", () => {
    const r = a.rates!;
    expect(r).toMatchObject({ populationYear: "Census 2021", period: "2025", annualisedFrom: null, missing: [] });
    const rate = (district: string, category: string) =>
      r.districts.find((d) => d.district === district)!.rates[r.categories.indexOf(category)];
    expect(rate("Ashby", "All crime")).toBeCloseTo(12, 9); // 144 / 12,000 x 1,000
    expect(rate("Ashby", "Anti-social behaviour")).toBeCloseTo((86 / 12000) * 1000, 9);
    expect(rate("Brook", "All crime")).toBeCloseTo(10, 9); // 48 / 4,800 x 1,000
    expect(rate("Brook", "Shoplifting")).toBeCloseTo(10, 9);
    expect(r.region.rates[r.categories.indexOf("All crime")]).toBeCloseTo((192 / 16800) * 1000, 9);
  });

  it("gives no seasonal index from one complete year, but names its highest month", () => {
    expect(a.seasonal).toEqual([]);
    expect(a.highestMonths[0]).toMatchObject({ category: "Anti-social behaviour", month: "October", count: 20 });
  });

  it("writes page 1 in plain words, whole-number percentages and the missing months as not supplied", () => {
    expect(a.summary).toEqual({
      title: "Strategic assessment: Ashby, 2025",
      produced: "Produced 15 January 2026",
      data: "police.uk street-level crime, Jan 2024 to Dec 2025; region: Testshire Police",
      warnings: [
        "8 months (May 2024 to Dec 2024) are not in the files supplied: they are treated as missing, not as zero.",
      ],
      sentences: [
        "Ashby recorded 144 crimes in 2025: 12.0 per 1,000 residents, the highest rate of the 2 districts in Testshire Police.",
        "Crime rose by 20% in Jan–Apr 2025 compared with Jan–Apr 2024, from 40 to 48: a change that could be chance.",
        "Ashby had the highest share of recorded crime of the 2 districts in Testshire Police in 2025 (75%).",
        "There were 86 anti-social behaviour incidents in 2025; they rose by 20% in Jan–Apr 2025 compared with Jan–Apr 2024, a change that could be chance.",
        "Scored on volume, trend and rate, the strongest candidates for the partnership's priorities are Burglary, Anti-social behaviour and Shoplifting (Priorities sheet).",
      ],
    });
  });

  it("describes the method this run used", () => {
    const method = a.method.join("\n");
    expect(method).toContain("Periods: calendar years (January to December), chosen automatically");
    expect(method).toContain("financial years 1, calendar years 4, rolling 12-month periods 4");
    expect(method).toContain("Jan–Apr 2025 against Jan–Apr 2024");
    expect(method).toContain("Population: Census 2021");
    expect(method).not.toContain("April to March");
  });
});

describe("a chosen financial basis on the same files", () => {
  const a = run({ basis: "financial" });

  it("leads with the partial 2025/26 (Apr–Dec) and says so", () => {
    expect(a.lead).toMatchObject({ label: "2025/26 (partial: Apr–Dec)", complete: false });
    expect(trend(a, "All crime").lead).toBe(108); // 9 months x 12
  });

  it("annualises the partial year's rates: 108 x 12 / 9 = 144 over 12,000 = 12.0", () => {
    expect(a.rates!.annualisedFrom).toBe("Apr–Dec");
    const ashby = a.districts.find((d) => d.district === "Ashby")!;
    const brook = a.districts.find((d) => d.district === "Brook")!;
    expect(ashby.ratePer1000).toBeCloseTo(12, 9);
    expect(brook.ratePer1000).toBeCloseTo(10, 9); // 36 x 12 / 9 = 48 over 4,800
    expect(a.findings.map((f) => f.text)).toContain(
      "Ashby recorded 12.0 crimes per 1,000 residents in 2025/26 (partial: Apr–Dec), annualised from Apr–Dec (population: Census 2021), the highest rate of the 2 districts in Testshire Police.",
    );
  });

  it("compares April alone, and page 1 says so first, naming calendar years", () => {
    expect(a.comparison!.label).toBe("Apr 2025 against Apr 2024");
    expect(a.basis).toMatchObject({ used: "financial", how: "chosen", better: "calendar" });
    expect(a.summary.warnings.slice(0, 2)).toEqual([
      "Only 1 month can be compared with a year earlier on financial years (Apr 2025 against Apr 2024). Calendar years would compare 4: choose them in the settings.",
      "No financial year in the files supplied is complete: the figures are for 2025/26 (partial: Apr–Dec). Rates per 1,000 residents are annualised.",
    ]);
  });
});

describe("rolling 12 months on the same files", () => {
  const a = run({ basis: "rolling12" });

  it("leads with the 12 months to Dec 2025 and labels the compared months separately", () => {
    expect(a.lead.label).toBe("12 months to Dec 2025");
    expect(a.comparison!.label).toBe("Jan–Apr 2025 against Jan–Apr 2024");
    expect(a.summary.sentences[0]).toMatch(/^Ashby recorded 144 crimes in the 12 months to Dec 2025:/);
  });
});

describe("a district missing from the population table", () => {
  const a = run({ population: { year: "Census 2021", byDistrict: { Ashby: 12000 } } });

  it("has no rate (n/a in the report), is listed, and leaves the region without one", () => {
    expect(a.districts.find((d) => d.district === "Brook")).toMatchObject({ ratePer1000: null, rateRank: null });
    expect(a.rates!.missing).toEqual(["Brook"]);
    expect(a.rates!.region.rates.every((r) => r === null)).toBe(true);
    expect(a.method.join(" ")).toContain("no figure for Brook");
  });
});

describe("no months in common", () => {
  // May–Dec 2024 only: no period has a year before it.
  const a = assess(readOf(months("2024-05", "2024-12").map((m): Tuple => [m, "Ashby", F, "Burglary", 3])), {
    ...defaultSettings("Ashby"),
  });

  it("says so instead of comparing", () => {
    expect(a.comparison).toBeNull();
    expect(a.summary.sentences).toContain(
      "No month of 2024/25 (partial: May–Dec) can be compared with the same month a year earlier, so no change is given.",
    );
    expect(a.summary.sentences.length).toBeGreaterThanOrEqual(3);
  });
});
