/**
 * A priority made of one category reports exactly what the category reports, in
 * every measure (counts, change and significance, trend, share of region, share
 * within the area, rates, monthly counts, targets and the tidy measures), on any
 * table; and adding it changes nothing else.
 */
import fc from "fast-check";
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings, type AssessmentSettings, type TargetSetting } from "../../../src/engine/assessment/settings";
import type { Assessment } from "../../../src/engine/assessment/types";
import { monthIndex } from "../../../src/engine/extracts/crimeTable";
import { readOf, type Tuple } from "../tableOf";

const CATEGORIES = ["Burglary", "Drugs", "Anti-social behaviour", "Robbery"];
const DISTRICTS = ["A", "B", "C"];

const tuple = fc
  .tuple(
    fc.integer({ min: 2022, max: 2024 }),
    fc.integer({ min: 1, max: 12 }),
    fc.constantFrom(...DISTRICTS),
    fc.constantFrom(...CATEGORIES),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([y, m, d, c, n]): Tuple => [`${y}-${String(m).padStart(2, "0")}`, d, "F", c, n]);

function target(category: string): TargetSetting {
  return {
    category,
    baselineYear: "2022",
    targetYear: "2024",
    changePct: -10,
    method: "linear",
    tolerancePct: 5,
    polarity: "lowerIsBetter",
  };
}

function settings(category: string, withPriority: boolean): AssessmentSettings {
  return {
    ...defaultSettings("A"),
    basis: "calendar",
    population: { year: "2021", byDistrict: { A: 1000, B: 2500, C: 4000 } },
    targets: withPriority ? [target(category), target("P")] : [target(category)],
    priorities: withPriority
      ? [{ name: "P", rules: [{ kind: "category", value: category }], polarity: "lowerIsBetter" }]
      : [],
  };
}

/**
 * Everything reported for `category`, with the name taken out. The matrix gives every
 * candidate its own rank, so a priority and its category tie on score but not on rank;
 * and it scores candidates against each other, so `matrix: false` leaves its scores out
 * where the candidates differ.
 */
function reported(a: Assessment, category: string, targetIndex: number, matrix = true) {
  const trend = a.trends.find((t) => t.category === category);
  const share = a.share.find((s) => s.category === category);
  const mix = a.areaMix.find((m) => m.category === category);
  const at = a.rates?.categories.indexOf(category) ?? -1;
  const measures = a.measures
    .filter((m) => m.category === category && m.measure !== "matrix_rank")
    .filter((m) => matrix || !m.measure.startsWith("matrix_"))
    .map((m) => `${m.area}|${m.period}|${m.measure}|${m.value}`)
    .sort();
  const t = a.targets[targetIndex];
  return {
    trend: trend && { ...trend, category: null, priority: null },
    share: share && { ...share, category: null },
    mix: mix && { ...mix, category: null },
    rates: a.rates?.districts.map((d) => d.rates[at]),
    regionRate: a.rates?.region.rates[at],
    target: t && { baseline: t.baseline, targetValue: t.targetValue, rows: t.rows, problem: t.problem },
    measures,
  };
}

describe("a priority of one category", () => {
  it("equals that category in every measure, and leaves the rest as it was", () => {
    fc.assert(
      fc.property(fc.array(tuple, { minLength: 1, maxLength: 60 }), fc.nat(), (tuples, pick) => {
        const rows: Tuple[] = [["2023-06", "A", "F", "Burglary"], ...tuples];
        const present = [...new Set(rows.map((t) => t[3]))];
        const category = present[pick % present.length];
        const read = readOf(rows);
        const withP = assess(read, settings(category, true));
        const without = assess(read, settings(category, false));

        expect(reported(withP, "P", 1)).toEqual(reported(withP, category, 0));
        expect(reported(without, category, 0, false)).toEqual(reported(withP, category, 0, false));
        expect(withP.trends.filter((t) => t.category !== "P")).toEqual(without.trends);

        // The monthly series, against a count of the tuples themselves (missing months stay empty).
        for (const m of withP.monthly) {
          const expected = rows
            .filter(
              (t) => t[1] === "A" && t[3] === category && monthIndex(+t[0].slice(0, 4), +t[0].slice(5)) === m.month,
            )
            .reduce((sum, t) => sum + (t[4] ?? 1), 0);
          expect(m.priorities).toEqual([m.allCrime === null ? null : expected]);
        }
      }),
      { numRuns: 120 },
    );
  });
});
