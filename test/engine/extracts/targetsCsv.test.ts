import { readFileSync } from "fs";
import { join } from "path";
import { AssessmentError } from "../../../src/engine/errors";
import { parseTargetsCsv } from "../../../src/engine/extracts";

const fixture = (kind: "valid" | "invalid", name: string) =>
  readFileSync(join(__dirname, "fixtures", "targets", kind, name), "utf8");

describe("parseTargetsCsv: valid files", () => {
  it("reads targets, filling blank method, tolerance and polarity", () => {
    expect(parseTargetsCsv(fixture("valid", "two-targets.csv"), "two-targets.csv")).toEqual([
      {
        category: "Anti-social behaviour",
        baselineYear: "2023/24",
        targetYear: "2026/27",
        changePct: -6,
        method: "linear",
        tolerancePct: 2,
        polarity: "lowerIsBetter",
        place: { source: "two-targets.csv", row: 2 },
      },
      {
        category: "All crime",
        baselineYear: "2022/23",
        targetYear: "2024/25",
        changePct: -10,
        method: "compound",
        tolerancePct: 0,
        polarity: "lowerIsBetter",
        place: { source: "two-targets.csv", row: 3 },
      },
    ]);
  });

  it("accepts columns in any order and case, a BOM, CRLF, tidies years and crime types", () => {
    expect(parseTargetsCsv(fixture("valid", "reordered-bom-crlf.csv"), "t.csv")).toEqual([
      {
        category: "Violence and sexual offences",
        baselineYear: "2022/23",
        targetYear: "2024/25",
        changePct: 15,
        method: "linear",
        tolerancePct: 0,
        polarity: "higherIsBetter",
        place: { source: "t.csv", row: 2 },
      },
    ]);
  });

  it("takes the polarity from the sign of the change when it is blank", () => {
    const [target] = parseTargetsCsv("category,baseline_year,target_year,change_pct\nDrugs,2023,2025,20\n", "t.csv");
    expect(target.polarity).toBe("higherIsBetter");
  });
});

describe("parseTargetsCsv: invalid files name the file, row and column", () => {
  it.each([
    ["change-not-a-number.csv", 3, "change_pct", /"minus five" is not a number/],
    ["baseline-not-a-year.csv", 2, "baseline_year", /"2023\/25" is not a year/],
    ["unknown-method.csv", 2, "method", /"exponential" is not a trajectory method/],
    ["target-before-baseline.csv", 2, "target_year", /2022\/23 is not after the baseline 2023\/24/],
    ["unknown-polarity.csv", 2, "polarity", /"sideways" is not a polarity/],
    ["blank-category.csv", 2, "category", /category is blank/],
    [
      "wrong-header.csv",
      1,
      undefined,
      /no baseline_year, target_year, change_pct columns: its header row has category, baseline, target, change/,
    ],
  ])("%s", (name, row, column, message) => {
    let error: unknown;
    try {
      parseTargetsCsv(fixture("invalid", name), name);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AssessmentError);
    const e = error as AssessmentError;
    expect([e.source, e.row, e.column]).toEqual([name, row, column]);
    expect(e.message).toMatch(message);
    expect(e.describe()).toContain(`"${name}"`);
  });
});
