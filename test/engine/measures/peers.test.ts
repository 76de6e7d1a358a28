/**
 * Most similar group measures, worked by hand. Every member has 10,000 residents,
 * so a count of 30 is a rate of 3.0 per 1,000.
 */
import fc from "fast-check";
import {
  compareWithGroup,
  groupMean,
  poissonCdf,
  poissonLimits,
  ranksByRate,
  sampleSd,
  type GroupMember,
} from "../../../src/engine/measures/peers";

const group = (areaCount: number, peerCounts: number[]): GroupMember[] => [
  { name: "Area", isArea: true, count: areaCount, population: 10_000 },
  ...peerCounts.map((count, i) => ({
    name: `Peer ${String.fromCharCode(65 + i)}`,
    isArea: false,
    count,
    population: 10_000,
  })),
];

/** P(X >= c) the plain way: 1 - the sum of e^-m m^j / j! for j < c, each term from the one before. */
function upperTail(c: number, mean: number): number {
  let term = Math.exp(-mean);
  let below = 0;
  for (let j = 0; j < c; j++) {
    below += term;
    term *= mean / (j + 1);
  }
  return 1 - below;
}

describe("mean, standard deviation and rank", () => {
  it("mean 4.625 and sample SD 1.866 of 3, 3.5, 4, 4, 4.5, 5, 4 and 9", () => {
    const rates = [3, 3.5, 4, 4, 4.5, 5, 4, 9];
    expect(groupMean(rates)).toBeCloseTo(37 / 8, 12);
    // Squared deviations from 4.625 sum to 24.375; / 7 = 3.482142857...
    expect(sampleSd(rates)).toBeCloseTo(Math.sqrt(24.375 / 7), 12);
    expect(sampleSd(rates)).toBeCloseTo(1.86605, 6);
  });

  it("ranks the highest rate 1 and breaks ties alphabetically", () => {
    const ranks = ranksByRate([
      { name: "Carr", rate: 2 },
      { name: "Ashby", rate: 5 },
      { name: "Brook", rate: 2 },
      { name: "Dale", rate: 7 },
    ]);
    expect(ranks).toEqual([4, 2, 3, 1]);
  });

  it("ranks a group as a permutation of 1..n whatever the rates and names (ties included)", () => {
    const member = fc.record({
      name: fc.constantFrom("Ashby", "Brook", "Carr", "ashby", ""),
      rate: fc.oneof(fc.constantFrom(0, 1.5, 3), fc.double({ min: 0, max: 1e4, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 30 }), (members) => {
        const ranks = ranksByRate(members);
        expect([...ranks].sort((a, b) => a - b)).toEqual(members.map((_, i) => i + 1));
        // A higher rate never ranks below a lower one.
        members.forEach((m, i) =>
          members.forEach((n, j) => {
            if (m.rate > n.rate) expect(ranks[i]).toBeLessThan(ranks[j]);
          }),
        );
      }),
    );
  });
});

describe("Poisson limits", () => {
  it("for an expected 10: counts 4 to 17 are in line (the 2.5% and 97.5% points of Poisson(10))", () => {
    expect(poissonLimits(10)).toEqual({ lower: 4, upper: 17 });
    // The edges, computed the plain way: 3 and 18 have under 2.5% beyond them, 4 and 17 do not.
    expect(poissonCdf(3, 10)).toBeLessThan(0.025);
    expect(poissonCdf(4, 10)).toBeGreaterThanOrEqual(0.025);
    expect(upperTail(17, 10)).toBeGreaterThanOrEqual(0.025);
    expect(upperTail(18, 10)).toBeLessThan(0.025);
  });

  it("for an expected 11.875: 6 to 19; for an expected 2: 0 to 5 (no count is low enough to be below)", () => {
    expect(poissonLimits(11.875)).toEqual({ lower: 6, upper: 19 });
    expect(upperTail(19, 11.875)).toBeCloseTo(0.03432, 5);
    expect(upperTail(20, 11.875)).toBeCloseTo(0.01934, 5);
    expect(poissonLimits(2)).toEqual({ lower: 0, upper: 5 });
  });

  it("agrees with the plain sum wherever that does not underflow, and works past it", () => {
    for (const mean of [0.3, 1, 5.5, 19.9, 46.25, 300]) {
      const { lower, upper } = poissonLimits(mean);
      expect(poissonCdf(lower, mean)).toBeGreaterThanOrEqual(0.025);
      if (lower > 0) expect(poissonCdf(lower - 1, mean)).toBeLessThan(0.025);
      expect(upperTail(upper, mean)).toBeGreaterThanOrEqual(0.025);
      expect(upperTail(upper + 1, mean)).toBeLessThan(0.025);
    }
    // exp(-1000) is 0 in doubles: the limits still sit about 1.96 standard deviations out.
    const wide = poissonLimits(1000);
    expect(wide.lower).toBeGreaterThan(1000 - 2 * Math.sqrt(1000));
    expect(wide.upper).toBeLessThan(1000 + 2.1 * Math.sqrt(1000));
  });

  it("with nothing expected, only 0 is in line", () => {
    expect(poissonLimits(0)).toEqual({ lower: 0, upper: 0 });
  });
});

describe("the area against its group", () => {
  it("by mean ± 2 SD where the expected count is 20 or more: 9.0 is above 4.625 + 2 x 1.866 = 8.357", () => {
    const result = compareWithGroup(group(90, [30, 35, 40, 40, 45, 50, 40]));
    expect(result.rates).toEqual([9, 3, 3.5, 4, 4, 4.5, 5, 4]);
    expect(result.mean).toBeCloseTo(4.625, 12);
    // Expected count 4.625 per 1,000 x 10,000 = 46.25 >= 20.
    expect(result.limits).toMatchObject({ method: "sd", expected: null, countsInLine: null });
    expect(result.limits!.upper).toBeCloseTo(4.625 + 2 * 1.86605, 5);
    expect(result.limits!.lower).toBeCloseTo(4.625 - 2 * 1.86605, 5);
    expect(result.position).toBe("above");
    expect(result.ranks[0]).toBe(1);
  });

  it("in line at 6.0, and below where the rate is under the lower limit", () => {
    // Rates 6, 3, 3.5, 4, 4, 4.5, 5, 4: mean 4.25, squared deviations sum 6; upper 4.25 + 2 x 0.926 = 6.10.
    const inLine = compareWithGroup(group(60, [30, 35, 40, 40, 45, 50, 40]));
    expect(inLine.limits!.upper).toBeCloseTo(4.25 + 2 * Math.sqrt(6 / 7), 12);
    expect(inLine.position).toBe("in line");
    // Peers 10.0, 10.5, 11, 11, 11.5, 12, 11 and the area 1.0: mean 78 / 8 = 9.75, squared deviations sum 90.
    const low = compareWithGroup(group(10, [100, 105, 110, 110, 115, 120, 110]));
    expect(low.limits!.method).toBe("sd");
    expect(low.limits!.lower).toBeCloseTo(9.75 - 2 * Math.sqrt(90 / 7), 9);
    expect(low.position).toBe("below");
    expect(low.ranks[0]).toBe(8);
  });

  it("a lower limit below zero is shown as 0", () => {
    const result = compareWithGroup(group(300, [20, 25, 30, 40, 300, 30, 20]));
    expect(result.limits!.method).toBe("sd");
    expect(result.limits!.lower).toBe(0);
  });

  it("by exact Poisson limits where the expected count is under 20: 25 against an expected 11.875 (in line 6 to 19)", () => {
    // Rates 2.5, 0.8, 1.0, 1.2, 0.9, 1.1, 1.0, 1.0: mean 9.5 / 8 = 1.1875; expected 1.1875 x 10 = 11.875.
    const result = compareWithGroup(group(25, [8, 10, 12, 9, 11, 10, 10]));
    expect(result.limits).toMatchObject({ method: "poisson", countsInLine: { lower: 6, upper: 19 } });
    expect(result.limits!.expected).toBeCloseTo(11.875, 12);
    // Shown as rates: 6 and 19 per 10,000 residents.
    expect(result.limits!.lower).toBeCloseTo(0.6, 12);
    expect(result.limits!.upper).toBeCloseTo(1.9, 12);
    expect(result.position).toBe("above");
    // The area is in the mean, so each count has its own expectation: 18 gives a mean of 8.8 / 8 = 1.1 and
    // an expected 11, in line 5 to 18; 3 gives 7.3 / 8 = 0.9125 and an expected 9.125, in line 4 to 15.
    const at18 = compareWithGroup(group(18, [8, 10, 12, 9, 11, 10, 10]));
    expect(at18.limits).toMatchObject({ method: "poisson", countsInLine: { lower: 5, upper: 18 } });
    expect(at18.position).toBe("in line");
    const at3 = compareWithGroup(group(3, [8, 10, 12, 9, 11, 10, 10]));
    expect(at3.limits).toMatchObject({ method: "poisson", countsInLine: { lower: 4, upper: 15 } });
    expect(at3.position).toBe("below");
  });

  it("annualises a partial period's counts by the factor: 6 months of 45 is 90 a year, 9.0 per 1,000", () => {
    const result = compareWithGroup(group(45, [15, 17.5, 20, 20, 22.5, 25, 20]), 2);
    expect(result.rates[0]).toBeCloseTo(9, 12);
    expect(result.position).toBe("above");
  });

  it("gives no limits or position with fewer than six members (none could lie beyond 2 SD)", () => {
    const five = compareWithGroup(group(90, [30, 35, 40, 40]));
    expect(five.limits).toBeNull();
    expect(five.position).toBeNull();
    expect(five.mean).toBeCloseTo((9 + 3 + 3.5 + 4 + 4) / 5, 12);
    expect(five.ranks).toEqual([1, 5, 4, 2, 3]);
  });
});
