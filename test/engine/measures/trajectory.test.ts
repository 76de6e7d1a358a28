import fc from "fast-check";
import { milestones, ragStatus } from "../../../src/engine/measures/trajectory";
import { seasonalFraction, seasonalIndex } from "../../../src/engine/measures/seasonality";
import { rankDescending, sharePct } from "../../../src/engine/measures/share";

describe("trajectory milestones", () => {
  it("linear: reduce 1,000 by 6% over 3 years -> 1000, 980, 960, 940", () => {
    milestones(1000, 3, -6, "linear").forEach((v, i) => expect(v).toBeCloseTo([1000, 980, 960, 940][i], 9));
  });
  it("compound: 1000 x 0.94^(t/3)", () => {
    const expected = [1000, 1000 * Math.cbrt(0.94), 1000 * Math.cbrt(0.94) ** 2, 940];
    milestones(1000, 3, -6, "compound").forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
  });
  it("always starts at the baseline and ends exactly at the target", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: -99, max: 200, noNaN: true }),
        fc.constantFrom("linear" as const, "compound" as const),
        (baseline, years, pct, method) => {
          const path = milestones(baseline, years, pct, method);
          return path.length === years + 1 && path[0] === baseline && path[years] === baseline * (1 + pct / 100);
        },
      ),
    );
  });
});

describe("RAG status", () => {
  // Milestone 980, tolerance 2% -> amber band up to 19.6 worse.
  it.each([
    [975, "lowerIsBetter", "Green"],
    [980, "lowerIsBetter", "Green"],
    [990, "lowerIsBetter", "Amber"],
    [1000, "lowerIsBetter", "Red"],
    [1000, "higherIsBetter", "Green"],
    [970, "higherIsBetter", "Amber"],
    [950, "higherIsBetter", "Red"],
  ] as const)("actual %i (%s) is %s", (actual, polarity, rag) => {
    expect(ragStatus(actual, 980, 2, polarity)).toBe(rag);
  });
});

describe("seasonal profile", () => {
  const m = (month: number) => 2024 * 12 + month - 1;
  it("index 100 = an average month", () => {
    // 12 months: eleven of 100 and October at 210 -> mean 1310/12 = 109.17; Oct = 192.4, others 91.6.
    const months = Array.from({ length: 12 }, (_, i) => m(i + 1));
    const counts = months.map((_, i) => (i === 9 ? 210 : 100));
    const index = seasonalIndex(months, counts);
    expect(index[9]).toBeCloseTo((210 / (1310 / 12)) * 100, 9);
    expect(index[0]).toBeCloseTo((100 / (1310 / 12)) * 100, 9);
  });
  it("missing months give no index (never zero)", () => {
    const index = seasonalIndex([m(1), m(2)], [10, 30]);
    expect(index[0]).toBeCloseTo(50, 9);
    expect(index[1]).toBeCloseTo(150, 9);
    expect(index[2]).toBeNull();
  });
  it("pro-rating fraction follows the profile", () => {
    const index = [200, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
    expect(seasonalFraction(index, [m(1)])).toBeCloseTo(200 / 1300, 12);
    expect(seasonalFraction(index, [m(2), m(3)])).toBeCloseTo(200 / 1300, 12);
  });
});

describe("shares and ranks", () => {
  it("share is part / whole x 100, null for an empty whole", () => {
    expect(sharePct(10, 100)).toBe(10);
    expect(sharePct(0, 0)).toBeNull();
  });
  it("ranks the largest first, ties share a rank", () => {
    expect(rankDescending([30, 50, 50, 10])).toEqual([3, 1, 1, 4]);
  });
  it("shares in a region sum to 100", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100000), { minLength: 1, maxLength: 30 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const sum = counts.reduce((s, c) => s + sharePct(c, total)!, 0);
        return Math.abs(sum - 100) < 1e-9;
      }),
    );
  });
});
