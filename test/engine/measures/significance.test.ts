import fc from "fast-check";
import { poissonMeansTest } from "../../../src/engine/measures/significance";

/** Exact two-sided p-value with BigInt binomial coefficients: a second, naive computation. */
function exactP(previous: number, current: number): number {
  const n = previous + current;
  const k = Math.min(previous, current);
  let tail = 0n;
  let coefficient = 1n; // C(n, 0)
  for (let j = 0; j <= k; j++) {
    tail += coefficient;
    coefficient = (coefficient * BigInt(n - j)) / BigInt(j + 1);
  }
  // tail / 2^n, computed with enough precision through a scaled division.
  const scale = 10n ** 30n;
  const p = Number((tail * scale) / 2n ** BigInt(n)) / 1e30;
  return Math.min(1, 2 * p);
}

describe("Poisson means test (conditional binomial, p = 0.5)", () => {
  it("0 then 10: p = 2 x 0.5^10 = 0.001953125, a significant increase", () => {
    const r = poissonMeansTest(0, 10);
    expect(r.pValue).toBeCloseTo(0.001953125, 12);
    expect(r.significance).toBe("significant increase");
  });

  it("5 then 5: p = 1, no significant change", () => {
    expect(poissonMeansTest(5, 5)).toEqual({ pValue: 1, significance: "no significant change" });
  });

  it("10 then 4: P(X<=4 | n=14) = (1+14+91+364+1001)/16384, doubled", () => {
    const expected = (2 * (1 + 14 + 91 + 364 + 1001)) / 16384; // 0.1795...
    const r = poissonMeansTest(10, 4);
    expect(r.pValue).toBeCloseTo(expected, 12);
    expect(r.significance).toBe("no significant change");
  });

  it.each([
    [20, 40],
    [100, 130],
    [480, 400],
    [1000, 1100],
  ])("%i then %i agrees with exact BigInt arithmetic", (previous, current) => {
    expect(poissonMeansTest(previous, current).pValue).toBeCloseTo(exactP(previous, current), 10);
  });

  it("large counts agree with the normal approximation z = sqrt(2) (sqrt(c) - sqrt(p))", () => {
    // sqrt of a Poisson count has variance 1/4, so the difference of roots has variance 1/2.
    // 10,000 -> 10,300: z = 1.4142 x 1.4889 = 2.106, two-sided p = 0.035 (normal tables).
    const r = poissonMeansTest(10000, 10300);
    expect(r.significance).toBe("significant increase");
    expect(r.pValue).toBeGreaterThan(0.033);
    expect(r.pValue).toBeLessThan(0.038);
    // 10,000 -> 10,150: z = 1.057, p = 0.29: not significant.
    expect(poissonMeansTest(10000, 10150).significance).toBe("no significant change");
  });

  it("a 14% fall on 12,000 crimes is a significant decrease", () => {
    expect(poissonMeansTest(12000, 10320).significance).toBe("significant decrease");
  });

  it("is symmetric: swapping the counts keeps p and flips the direction", () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), (a, b) => {
        const there = poissonMeansTest(a, b);
        const back = poissonMeansTest(b, a);
        expect(back.pValue).toBeCloseTo(there.pValue, 12);
        const flip = {
          "significant increase": "significant decrease",
          "significant decrease": "significant increase",
          "no significant change": "no significant change",
        };
        expect(back.significance).toBe(flip[there.significance]);
      }),
    );
  });

  it("p-values lie in [0, 1] (vanishingly small ones underflow to 0)", () => {
    fc.assert(
      fc.property(fc.nat(100000), fc.nat(100000), (a, b) => {
        const p = poissonMeansTest(a, b).pValue;
        return p >= 0 && p <= 1;
      }),
    );
  });
});
