/**
 * A small table worked by hand for harm and the priority-setting matrix. Calendar
 * years 2023 and 2024 (both complete); districts A (the area), B and C of force F,
 * 1,000 residents each. Every month: Shoplifting 1 in A, 1 in B, 2 in C. Besides:
 *
 *            2023            2024
 *   A Burglary   10 (Mar)        30 (Mar)
 *   A Robbery     4 (May)         2 (May)
 *   A ASB        60 (Jul)        30 (Jul)     (a rise is read as good here)
 *   B Burglary    -               5 (Mar)
 *   C Robbery     -              10 (May)
 *
 * Priority "Acquisitive" = Burglary or Robbery. Weights: Burglary 50, Robbery 200,
 * Shoplifting 2 (none for ASB).
 */
import { defaultSettings, type AssessmentSettings, type HarmWeights } from "../../../src/engine/assessment/settings";
import { months, readOf, type Tuple } from "../tableOf";

export function matrixTuples(): Tuple[] {
  const filler = months("2023-01", "2024-12").flatMap((m): Tuple[] => [
    [m, "A", "F", "Shoplifting", 1],
    [m, "B", "F", "Shoplifting", 1],
    [m, "C", "F", "Shoplifting", 2],
  ]);
  return [
    ...filler,
    ["2023-03", "A", "F", "Burglary", 10],
    ["2024-03", "A", "F", "Burglary", 30],
    ["2023-05", "A", "F", "Robbery", 4],
    ["2024-05", "A", "F", "Robbery", 2],
    ["2023-07", "A", "F", "Anti-social behaviour", 60],
    ["2024-07", "A", "F", "Anti-social behaviour", 30],
    ["2024-03", "B", "F", "Burglary", 5],
    ["2024-05", "C", "F", "Robbery", 10],
  ];
}

export const matrixRead = () => readOf(matrixTuples());

export const WEIGHTS: HarmWeights = {
  name: "CSS",
  source: "weights.csv",
  weights: [
    { kind: "category", key: "Burglary", weight: 50, place: { row: 2, column: "Category" } },
    { kind: "category", key: "robbery", weight: 200, place: { row: 3, column: "Category" } },
    { kind: "category", key: "Shoplifting", weight: 2, place: { row: 4, column: "Category" } },
  ],
};

export function matrixSettings(extra: Partial<AssessmentSettings> = {}): AssessmentSettings {
  return {
    ...defaultSettings("A"),
    basis: "calendar",
    polarity: { "Anti-social behaviour": "higherIsBetter" },
    population: { year: "Census 2021", byDistrict: { A: 1000, B: 1000, C: 1000 } },
    priorities: [
      {
        name: "Acquisitive",
        rules: [
          { kind: "category", value: "Burglary" },
          { kind: "category", value: "Robbery" },
        ],
        polarity: "lowerIsBetter",
      },
    ],
    weights: WEIGHTS,
    ...extra,
  };
}
