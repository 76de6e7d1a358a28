import { monthlyTrend } from "../../../src/engine/measures/trend";

const start = 2022 * 12 + 3; // April 2022
const months = (n: number, skip: number[] = []) =>
  Array.from({ length: n }, (_, i) => start + i).filter((m) => !skip.includes(m - start));

describe("trend across all months, seasons allowed for", () => {
  it("recovers an exact rise of 2 a month under a summer peak: 24 / mean x 100 % a year", () => {
    const ms = months(36);
    // 100 + 2t, plus 30 every July and August (calendar months 7 and 8).
    const counts = ms.map((m, t) => 100 + 2 * t + ([6, 7].includes(m % 12) ? 30 : 0));
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    const trend = monthlyTrend(ms, counts)!;
    expect(trend.pctPerYear).toBeCloseTo(((2 * 12) / mean) * 100, 9);
    expect(trend.direction).toBe("rising");
  });

  it("reads a seasonal pattern with no underlying change as no clear trend", () => {
    const ms = months(36);
    const counts = ms.map((m) => (m % 12 === 9 ? 150 : 100)); // an October peak every year
    const trend = monthlyTrend(ms, counts)!;
    expect(trend.pctPerYear).toBeCloseTo(0, 9);
    expect(trend.direction).toBe("no clear trend");
  });

  it("leaves a missing month out of the fit instead of reading it as zero", () => {
    const ms = months(36, [16]); // August 2023 missing
    const counts = ms.map((m) => 200 - 1.5 * (m - start));
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    const trend = monthlyTrend(ms, counts)!;
    expect(trend.pctPerYear).toBeCloseTo(((-1.5 * 12) / mean) * 100, 9);
    expect(trend.direction).toBe("falling");
    expect(trend.months).toBe(35);
  });

  it("a noisy series with a small drift is no clear trend (|t| < 2)", () => {
    const ms = months(36);
    // Noise on an 11-month cycle, so the calendar-month effects cannot absorb it.
    const noise = [9, -7, 4, -11, 6, -3, 8, -9, 2, -5, 6];
    const counts = ms.map((_, t) => 100 + 0.05 * t + noise[t % 11]);
    expect(monthlyTrend(ms, counts)!.direction).toBe("no clear trend");
  });

  it("needs two years of months", () => {
    expect(monthlyTrend(months(23), new Array(23).fill(10))).toBeNull();
  });
});
