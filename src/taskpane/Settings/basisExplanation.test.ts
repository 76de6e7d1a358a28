import type { BasisDecision } from "../../engine/measures/basis";
import { explainBasis } from "./basisExplanation";

const decision = (over: Partial<BasisDecision>): BasisDecision => ({
  used: "financial",
  how: "automatic",
  monthsCompared: { financial: 12, calendar: 12, rolling12: 12 },
  better: null,
  ...over,
});

describe("explainBasis", () => {
  it.each([
    [
      "calendar years compare the most",
      decision({ used: "calendar", monthsCompared: { financial: 1, calendar: 4, rolling12: 3 } }),
      "Last run: calendar years. They compare 4 months with a year earlier; financial years compare 1 and rolling 12-month periods 3.",
    ],
    [
      "financial years compare the most",
      decision({ used: "financial", monthsCompared: { financial: 9, calendar: 1, rolling12: 8 } }),
      "Last run: financial years. They compare 9 months with a year earlier; calendar years compare 1 and rolling 12-month periods 8.",
    ],
    [
      "a tie, won by the preferred basis",
      decision({ used: "financial", monthsCompared: { financial: 12, calendar: 12, rolling12: 12 } }),
      "Last run: financial years. They compare 12 months with a year earlier; calendar years compare 12 and rolling 12-month periods 12. On a tie, the basis whose latest complete year is the more recent is used (financial years before calendar years when they end together), so financial years were used.",
    ],
    [
      "one month",
      decision({ used: "rolling12", monthsCompared: { financial: 0, calendar: 0, rolling12: 1 } }),
      "Last run: rolling 12-month periods. They compare 1 month with a year earlier; financial years compare 0 and calendar years 0.",
    ],
    [
      "no month to compare",
      decision({ used: "financial", monthsCompared: { financial: 0, calendar: 0, rolling12: 0 } }),
      "Last run: financial years. No basis can compare a month with the same month a year earlier yet, so the default is used.",
    ],
    [
      "fixed by the targets",
      decision({ used: "financial", how: "chosen", monthsCompared: { financial: 1, calendar: 4, rolling12: 4 } }),
      "Last run: financial years. The targets are written in financial years, so the run used them.",
    ],
  ])("%s", (_, basis, expected) => {
    expect(explainBasis("auto", basis)).toBe(expected);
  });

  it.each([
    ["a chosen basis", "calendar" as const, decision({ how: "chosen" })],
    ["no run yet", "auto" as const, null],
  ])("says nothing for %s", (_, choice, basis) => {
    expect(explainBasis(choice, basis)).toBeNull();
  });
});
