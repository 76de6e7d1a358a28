/**
 * Targets on a projection. By hand: Burglary in A is 30 in January and 10 in every
 * other month of 2023 and 2024 (140 a year), then 33, 12 and 12 in January to March
 * 2025. The profile over 2023 and 2024 expects 50 / 140 of a year in January to
 * March, so 2025 projects to 57 x 140 / 50 = 159.6.
 *
 * "Reduce by 10% by 2026 against 2023" (linear, 25% tolerance): 2025's full-year
 * milestone 140 x (1 - 0.2 / 3) = 130.67, pro-rated 130.67 x 50 / 140 = 46.67.
 * 57 is 10.33 worse (band 11.67): Amber. 159.6 is 28.93 worse than 130.67 (band
 * 32.67): Amber. "Increase by 10%" (no tolerance, a rise is good): milestone 149.33,
 * pro-rated 53.33; 57 and 159.6 are both better: Green.
 */
import fc from "fast-check";
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings, type AssessmentSettings, type TargetSetting } from "../../../src/engine/assessment/settings";
import { proRate } from "../../../src/engine/measures/seasonality";
import { projectYearEnd } from "../../../src/engine/measures/trajectory";
import { months, readOf, type Tuple } from "../tableOf";

function burglary(): Tuple[] {
  const year = (y: number) =>
    months(`${y}-01`, `${y}-12`).map((m): Tuple => [m, "A", "F", "Burglary", m.endsWith("-01") ? 30 : 10]);
  return [
    ...year(2023),
    ...year(2024),
    ["2025-01", "A", "F", "Burglary", 33],
    ["2025-02", "A", "F", "Burglary", 12],
    ["2025-03", "A", "F", "Burglary", 12],
  ];
}

const reduce: TargetSetting = {
  category: "Burglary",
  baselineYear: "2023",
  targetYear: "2026",
  changePct: -10,
  method: "linear",
  tolerancePct: 25,
  polarity: "lowerIsBetter",
};
const increase: TargetSetting = { ...reduce, changePct: 10, tolerancePct: 0, polarity: "higherIsBetter" };

function settings(targets: TargetSetting[]): AssessmentSettings {
  return { ...defaultSettings("A"), basis: "calendar", targets };
}

describe("targets projected to the year end", () => {
  const a = assess(readOf(burglary()), settings([reduce, increase]));
  const [down, up] = a.targets;

  it("projects the year under way from the year to date and the area's seasonal profile", () => {
    const row = down.latest!;
    expect(row.period).toBe("2025 (Jan–Mar)");
    expect(row.actual).toBe(57);
    expect(row.milestone).toBeCloseTo((140 * (1 - 0.2 / 3) * 50) / 140, 9);
    expect(row.projection).toBeCloseTo(159.6, 9);
    expect(row.fullYearMilestone).toBeCloseTo(140 * (1 - 0.2 / 3), 9);
    expect([row.status, row.projectionStatus]).toEqual(["Amber", "Amber"]);
    expect(down.profile).toBe("the area's monthly pattern for Burglary over 2023 and 2024");
  });

  it("reverses the status for an increase target", () => {
    expect(up.latest!.projection).toBeCloseTo(159.6, 9);
    expect([up.latest!.status, up.latest!.projectionStatus]).toEqual(["Green", "Green"]);
  });

  it("takes a complete year's actual as its projection, and projects no year the data has not reached", () => {
    const byYear = Object.fromEntries(down.rows.map((r) => [r.year, [r.actual, r.projection, r.projectionStatus]]));
    expect(byYear).toEqual({
      "2023": [140, 140, null],
      "2024": [140, 140, "Amber"],
      "2025": [57, expect.closeTo(159.6, 9), "Amber"],
      "2026": [null, null, null],
    });
  });

  it("states the projection in the target finding", () => {
    const finding = a.findings.find((f) => f.text.startsWith("Target to reduce"))!;
    expect(finding.text).toBe(
      "Target to reduce Burglary by 10% by 2026 against 2023 (linear): Amber in 2025 (Jan–Mar), 57 against a milestone of 47 (milestone pro-rated to the months so far by the seasonal profile); on course to end 2025 at about 160 against a milestone of 131: Amber.",
    );
  });

  it("does not project an earlier year with a month missing: it has ended", () => {
    const gap = burglary().filter(([m]) => m !== "2024-06");
    const b = assess(readOf(gap), settings([reduce]));
    const row2024 = b.targets[0].rows.find((r) => r.year === "2024")!;
    expect(row2024).toMatchObject({ proRated: true, projection: null, projectionStatus: null });
    expect(b.targets[0].latest!.projection).not.toBeNull();
  });
});

/** A 12-value profile: nulls (no data) and indexes of zero or more. */
const profile = fc.array(fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null }), {
  minLength: 12,
  maxLength: 12,
});
const YEAR = Array.from({ length: 12 }, (_, i) => 2024 * 12 + i);

describe("properties of pro-rating and projection", () => {
  it("pro-rated milestones over the 12 months sum to the annual milestone", () => {
    fc.assert(
      fc.property(profile, fc.double({ min: 0, max: 1e6, noNaN: true }), fc.nat(11), (index, annual, start) => {
        // Any 12 consecutive months (a financial year starts in April).
        const year = YEAR.map((m) => m + start);
        const sum = year.reduce((total, m) => total + proRate(annual, index, [m]), 0);
        expect(sum).toBeCloseTo(annual, Math.max(0, 6 - Math.ceil(Math.log10(annual + 1))));
      }),
    );
  });

  it("the projection is the actual once the year is complete", () => {
    fc.assert(
      fc.property(profile, fc.nat(1e6), (index, actual) => {
        expect(projectYearEnd(actual, index, YEAR)).toBe(actual);
      }),
    );
  });

  it("on any table: a complete year's projection is its actual; the year under way's is its actual / its share of the profile", () => {
    const extra = fc
      .tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 1, max: 9 }))
      .map(([offset, n]): Tuple => {
        const m = 2022 * 12 + offset;
        return [`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`, "A", "F", "Burglary", n];
      });
    fc.assert(
      fc.property(fc.array(extra, { maxLength: 40 }), fc.integer({ min: 1, max: 11 }), (tuples, monthsSoFar) => {
        // Every month of 2022 and 2023 present; 2024 only to the month reached.
        const filler = months("2022-01", `2024-${String(monthsSoFar).padStart(2, "0")}`).map((m): Tuple => [
          m,
          "A",
          "F",
          "Burglary",
          1,
        ]);
        const rows = [...filler, ...tuples.filter(([m]) => m <= `2024-${String(monthsSoFar).padStart(2, "0")}`)];
        const target = { ...reduce, baselineYear: "2022", targetYear: "2025" };
        const [t] = assess(readOf(rows), settings([target])).targets;
        for (const r of t.rows.filter((x) => !x.proRated && x.actual !== null)) expect(r.projection).toBe(r.actual);
        // A second computation of the share: the complete years' counts in the months so far / their total.
        const count = (m: string) => rows.filter(([key]) => key === m).reduce((s, [, , , , n]) => s + (n ?? 1), 0);
        const complete = months("2022-01", "2023-12");
        const inMonths = complete.filter((m) => Number(m.slice(5)) <= monthsSoFar).reduce((s, m) => s + count(m), 0);
        const all = complete.reduce((s, m) => s + count(m), 0);
        const latest = t.rows.find((r) => r.year === "2024")!;
        expect(latest.projection! * (inMonths / all)).toBeCloseTo(latest.actual!, 6);
      }),
      { numRuns: 60 },
    );
  });
});
