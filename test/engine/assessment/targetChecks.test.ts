/**
 * Targets cannot be misspelt or impossible: the assessment refuses them with an
 * AssessmentError naming the targets file (or "Settings"), the row and the column.
 */
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings, type AssessmentSettings, type TargetSetting } from "../../../src/engine/assessment/settings";
import { AssessmentError } from "../../../src/engine/errors";
import { parseTargetsCsv } from "../../../src/engine/extracts";
import { months, readOf, type Tuple } from "../tableOf";

const F = "Testshire Police";
const read = readOf([
  ...months("2022-04", "2024-03").map((m): Tuple => [m, "Ashby", F, "Burglary", 4]),
  ...months("2022-04", "2024-03").map((m): Tuple => [m, "Ashby", F, "Vehicle crime", 2]),
  ...months("2022-04", "2024-03").map((m): Tuple => [m, "Ashby", F, "Anti-social behaviour", 3]),
]);

const target = (over: Partial<TargetSetting> = {}): TargetSetting => ({
  category: "Burglary",
  baselineYear: "2022/23",
  targetYear: "2025/26",
  changePct: -6,
  method: "linear",
  tolerancePct: 2,
  polarity: "lowerIsBetter",
  ...over,
});

function settings(targets: TargetSetting[], basis: AssessmentSettings["basis"] = "financial"): AssessmentSettings {
  return { ...defaultSettings("Ashby"), basis, targets };
}

function errorOf(run: () => unknown): AssessmentError {
  try {
    run();
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("expected an AssessmentError");
}

describe("a misspelt target category", () => {
  it("from a targets file names the file, row and column, with the closest category in the data", () => {
    const targets = parseTargetsCsv(
      "category,baseline_year,target_year,change_pct\nBurglary,2022/23,2025/26,-6\nBurglery,2022/23,2025/26,-6\n",
      "targets.csv",
    );
    const error = errorOf(() => assess(read, settings(targets)));
    expect(error.message).toBe('The target category "Burglery" is not in the data.');
    expect(error.advice).toBe(
      'Did you mean "Burglary"? Use one of the categories in the data: All crime, Burglary, Vehicle crime, Anti-social behaviour.',
    );
    expect([error.source, error.row, error.column]).toEqual(["targets.csv", 3, "category"]);
  });

  it("from the pane names Settings and the target's place in the list", () => {
    const error = errorOf(() => assess(read, settings([target(), target({ category: "Vehical crime" })])));
    expect([error.source, error.row, error.column]).toEqual(["Settings", 2, "category"]);
    expect(error.advice).toMatch(/^Did you mean "Vehicle crime"\?/);
  });

  it("is accepted in another case or spacing, and counted under the data's spelling", () => {
    const [result] = assess(read, settings([target({ category: "  BURGLARY " })])).targets;
    expect(result.target.category).toBe("Burglary");
    expect(result.baseline).toBe(48); // 4 a month over 2022/23
  });
});

describe("impossible target years", () => {
  it.each<[string, Partial<TargetSetting>, AssessmentSettings["basis"], string, string]>([
    ["unreadable", { baselineYear: "20x2/23" }, "financial", "baseline_year", '"20x2/23" is not a year.'],
    [
      "a financial year on a calendar run",
      { baselineYear: "2022", targetYear: "2026/27" },
      "calendar",
      "target_year",
      "2026/27 is a financial year, but this assessment runs on calendar years.",
    ],
    [
      "a calendar year on a financial run",
      { baselineYear: "2022" },
      "financial",
      "baseline_year",
      "2022 is a calendar year, but this assessment runs on financial years.",
    ],
    [
      "not after the baseline",
      { targetYear: "2022/23" },
      "financial",
      "target_year",
      "The target year 2022/23 is not after the baseline 2022/23.",
    ],
    [
      "more than 20 years after the baseline",
      { targetYear: "2043/44" },
      "financial",
      "target_year",
      "The target year 2043/44 is 21 years after the baseline 2022/23.",
    ],
    [
      "before 2000",
      { baselineYear: "1999/00" },
      "financial",
      "baseline_year",
      "The year 1999/00 is before 2000 or after 2100.",
    ],
    [
      "after 2100",
      { baselineYear: "2099", targetYear: "2101" },
      "calendar",
      "target_year",
      "The year 2101 is before 2000 or after 2100.",
    ],
  ])("are refused: %s", (_, over, basis, column, message) => {
    const error = errorOf(() =>
      assess(read, settings([target({ ...over, place: { source: "t.csv", row: 4 } })], basis)),
    );
    expect(error.message).toBe(message);
    expect([error.source, error.row, error.column]).toEqual(["t.csv", 4, column]);
  });

  it("allow exactly 20 years", () => {
    const [result] = assess(read, settings([target({ targetYear: "2042/43" })])).targets;
    expect(result.rows).toHaveLength(21);
  });

  it("leave a baseline the data does not cover as a noted problem, not an error", () => {
    const [result] = assess(read, settings([target({ baselineYear: "2019/20" })])).targets;
    expect(result.problem).toBe("The baseline 2019/20 is not a complete period in the data.");
  });
});
