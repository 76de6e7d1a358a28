/**
 * On any table, population, weights and criterion weights: the matrix's ranks are a
 * permutation of 1..n over every category (All crime aside) and priority, its scores
 * are whole numbers from 1 to 4, its order follows the score and its bands never
 * rise down the ranking.
 */
import fc from "fast-check";
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings, type AssessmentSettings } from "../../../src/engine/assessment/settings";
import type { PriorityBand } from "../../../src/engine/assessment/types";
import { readOf, type Tuple } from "../tableOf";

const CATEGORIES = ["Burglary", "Drugs", "Anti-social behaviour", "Robbery", "Shoplifting", "Vehicle crime"];
const DISTRICTS = ["A", "B", "C", "D"];
const BAND_ORDER: PriorityBand[] = ["High", "Medium", "Low", "Not scored"];

const tuple = fc
  .tuple(
    fc.integer({ min: 2022, max: 2024 }),
    fc.integer({ min: 1, max: 12 }),
    fc.constantFrom(...DISTRICTS),
    fc.constantFrom(...CATEGORIES),
    fc.integer({ min: 1, max: 5 }),
  )
  .map(([y, m, d, c, n]): Tuple => [`${y}-${String(m).padStart(2, "0")}`, d, "F", c, n]);

const weight = fc.integer({ min: 0, max: 3 });

describe("the priority-setting matrix on any table", () => {
  it("ranks every candidate once, 1 to n, by score, with bands that never rise", () => {
    fc.assert(
      fc.property(
        fc.array(tuple, { minLength: 1, maxLength: 80 }),
        fc.boolean(),
        fc.boolean(),
        fc.record({ volume: fc.integer({ min: 1, max: 3 }), trend: weight, rate: weight, harm: weight }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: CATEGORIES.length, maxLength: CATEGORIES.length }),
        (tuples, withPopulation, withWeights, matrixWeights, harmWeights) => {
          const rows: Tuple[] = [["2024-06", "A", "F", "Burglary"], ...tuples];
          const present = [...new Set(rows.map((t) => t[3]))];
          const settings: AssessmentSettings = {
            ...defaultSettings("A"),
            basis: "calendar",
            matrixWeights,
            priorities: [{ name: "P", rules: [{ kind: "category", value: "Burglary" }], polarity: "higherIsBetter" }],
            ...(withPopulation && { population: { year: "2021", byDistrict: { A: 900, B: 2000, C: 500, D: 1200 } } }),
            ...(withWeights && {
              weights: {
                name: "W",
                source: "w.csv",
                weights: present.map((key) => ({
                  kind: "category" as const,
                  key,
                  weight: harmWeights[CATEGORIES.indexOf(key)],
                })),
              },
            }),
          };
          const matrix = assess(readOf(rows), settings).matrix!;
          const candidates = [...present, "P"];
          expect(matrix.rows.map((r) => r.category).sort()).toEqual([...candidates].sort());
          expect(matrix.rows.map((r) => r.rank)).toEqual(candidates.map((_, i) => i + 1));
          for (const r of matrix.rows) {
            for (const s of Object.values(r.scores)) {
              if (s.score !== null) expect([1, 2, 3, 4]).toContain(s.score);
              expect(s.reason.length).toBeGreaterThan(0);
            }
            if (r.total !== null) expect(r.total).toBeGreaterThanOrEqual(1);
            if (r.total !== null) expect(r.total).toBeLessThanOrEqual(4);
          }
          const totals = matrix.rows.map((r) => r.total ?? -Infinity);
          totals.slice(1).forEach((t, i) => expect(t).toBeLessThanOrEqual(totals[i] + 1e-9));
          const bands = matrix.rows.map((r) => BAND_ORDER.indexOf(r.band));
          bands.slice(1).forEach((b, i) => expect(b).toBeGreaterThanOrEqual(bands[i]));
        },
      ),
      { numRuns: 80 },
    );
  });
});
