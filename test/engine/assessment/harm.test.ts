/**
 * Harm on the hand-worked table of matrixFixture.ts (totals, change, ranks, shares,
 * categories without a weight), weights by offence code on a mapped table, and the
 * weights that name what the data does not hold.
 */
import { assess } from "../../../src/engine/assessment/assess";
import type { HarmWeights } from "../../../src/engine/assessment/settings";
import type { Assessment, HarmRow } from "../../../src/engine/assessment/types";
import { AssessmentError } from "../../../src/engine/errors";
import { readGrids, type Cell } from "../../../src/engine/extracts";
import { months } from "../tableOf";
import { matrixRead, matrixSettings, WEIGHTS } from "./matrixFixture";

function failure(run: () => unknown): AssessmentError {
  try {
    run();
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("expected an AssessmentError");
}

describe("harm on the hand-worked table", () => {
  let a: Assessment;
  beforeAll(() => {
    a = assess(matrixRead(), matrixSettings());
  });
  const row = (category: string): HarmRow => a.harm!.rows.find((r) => r.category === category)!;

  it("sums count x weight in the lead period, for categories, priorities and All crime", () => {
    // 2024 in A: Burglary 30 x 50, Robbery 2 x 200, Shoplifting 12 x 2.
    expect(row("Burglary").harm).toBe(1500);
    expect(row("Robbery").harm).toBe(400);
    expect(row("Shoplifting").harm).toBe(24);
    expect(row("Acquisitive").harm).toBe(1900);
    expect(a.harm!.allCrime.harm).toBe(1924);
    expect(a.harm!.allCrime.count).toBe(44);
    expect(a.harm!.period).toBe("2024");
  });

  it("gives the like-for-like change in harm as a % only, beside the count's change and its test", () => {
    // 2023: Burglary 500, Robbery 800, Shoplifting 24, All crime 1,324.
    expect(row("Burglary").harmChange).toMatchObject({ previous: 500, current: 1500, changePct: 200 });
    expect(row("Robbery").harmChange).toMatchObject({ previous: 800, current: 400, changePct: -50 });
    expect(row("Acquisitive").harmChange?.changePct).toBeCloseTo((600 / 1300) * 100, 9);
    expect(a.harm!.allCrime.harmChange?.changePct).toBeCloseTo((600 / 1324) * 100, 9);
    expect(a.harm!.allCrime.harmChange).not.toHaveProperty("significance");
    expect(row("Burglary").volumeChange).toMatchObject({
      previous: 10,
      current: 30,
      significance: "significant increase",
    });
    expect(a.harm!.comparison).toBe("2024 against 2023");
  });

  it("ranks the candidates by volume (ties share a rank) and by harm (weighted ones only)", () => {
    const ranks = Object.fromEntries(a.harm!.rows.map((r) => [r.category, [r.volumeRank, r.harmRank]]));
    expect(ranks).toEqual({
      Burglary: [2, 2],
      Robbery: [5, 3],
      Shoplifting: [4, 4],
      "Anti-social behaviour": [2, null],
      Acquisitive: [1, 1],
    });
    expect(a.harm!.candidates).toBe(5);
    expect(a.harm!.weighed).toBe(4);
  });

  it("gives shares of All crime's count and harm (none for ASB, which All crime leaves out)", () => {
    expect(row("Burglary").volumeSharePct).toBeCloseTo((30 / 44) * 100, 9);
    expect(row("Burglary").harmSharePct).toBeCloseTo((1500 / 1924) * 100, 9);
    expect(row("Anti-social behaviour").harmSharePct).toBeNull();
    expect(row("Anti-social behaviour").volumeSharePct).toBeNull();
  });

  it("lists the categories without a weight, leaves them out of harm and says how each is weighted", () => {
    expect(a.harm!.withoutWeight).toEqual(["Anti-social behaviour"]);
    expect(row("Anti-social behaviour")).toMatchObject({ harm: null, unweighted: 30, weightedBy: "no weight" });
    expect(row("Burglary").weightedBy).toBe("50 a crime");
    expect(row("Acquisitive").weightedBy).toBe("its rows' weights");
    expect(a.harm!.allCrime).toMatchObject({ unweighted: 0, weightedBy: "its categories' weights" });
    expect(a.harm!.partlyWeighted).toEqual([]);
  });

  it("says how harm is made on the method page, and names the largest by harm and by volume", () => {
    expect(a.method.find((l) => l.startsWith("Harm: each crime"))).toContain(
      "Categories without a weight, left out of harm: Anti-social behaviour.",
    );
    const finding = a.findings.find((f) => f.text.startsWith("Weighted by harm"))!;
    expect(finding.sheetKey).toBe("priorities");
    expect(finding.text).toBe(
      'Weighted by harm ("CSS" from weights.csv), Burglary carries the most harm of the categories in 2024 (78.0% of all crime\'s harm), while Burglary and Anti-social behaviour are joint largest by volume.',
    );
  });

  it("is absent without weights", () => {
    const none = assess(matrixRead(), matrixSettings({ weights: undefined }));
    expect(none.harm).toBeNull();
    expect(none.findings.some((f) => f.text.startsWith("Weighted by harm"))).toBe(false);
  });
});

describe("weights the data does not hold", () => {
  it("lists every unknown category with its row and closest match, naming the weights table", () => {
    const weights: HarmWeights = {
      ...WEIGHTS,
      weights: [
        ...WEIGHTS.weights,
        { kind: "category", key: "Burglery", weight: 1, place: { row: 5, column: "Category" } },
        { kind: "category", key: "Shopliftng", weight: 1, place: { row: 6, column: "Category" } },
      ],
    };
    const error = failure(() => assess(matrixRead(), matrixSettings({ weights })));
    expect(error.message).toBe(
      'The harm weights name 2 categories not in the data: "Burglery" (row 5; closest: "Burglary"), "Shopliftng" (row 6; closest: "Shoplifting").',
    );
    expect(error.advice).toContain("Anti-social behaviour, Burglary, Robbery, Shoplifting");
    expect([error.source, error.row, error.column]).toEqual(["weights.csv", 5, "Category"]);
  });

  it("refuses weights by offence code for data without codes (police.uk)", () => {
    const weights: HarmWeights = {
      name: "CSS",
      source: "css.csv",
      weights: [{ kind: "code", key: "8N", weight: 160, place: { row: 2, column: "Offence code" } }],
    };
    const error = failure(() => assess(matrixRead(), matrixSettings({ weights })));
    expect(error.message).toContain("the data read has no offence codes");
    expect(error.advice).toContain("give weights by category");
    expect([error.source, error.row, error.column]).toEqual(["css.csv", 2, "Offence code"]);
  });
});

/**
 * A mapped table with offence codes, 2024 complete, North the area: Theft (code 45)
 * once a month in North and in South; in North in June, Violence 8N twice (2 crimes
 * a row) and 8P once (5 crimes). Weights: code 8N = 100, category Theft = 3; none
 * for 8P or for the Violence category.
 */
function codedTable() {
  const rows: Cell[][] = [["Month", "Ward", "Offence", "Code", "N"]];
  for (const month of months("2024-01", "2024-12")) rows.push([month, "North", "Theft", "45", 1]);
  for (const month of months("2024-01", "2024-12")) rows.push([month, "South", "Theft", "45", 1]);
  rows.push(["2024-06", "North", "Violence", "8N", 2], ["2024-06", "North", "Violence", "8N", 2]);
  rows.push(["2024-06", "North", "Violence", "8P", 5]);
  return readGrids(
    [{ name: "force.csv", kind: "file", rows }],
    { "force.csv": { date: "Month", area: "Ward", category: "Offence", code: "Code", count: "N" } },
    { asOf: new Date(2026, 0, 1) },
  );
}

describe("weights by offence code", () => {
  const weights = (extra: HarmWeights["weights"] = []): HarmWeights => ({
    name: "Weight",
    source: "w.csv",
    weights: [
      { kind: "code", key: "8n", weight: 100, place: { row: 2, column: "Code" } },
      { kind: "category", key: "theft", weight: 3, place: { row: 3, column: "Category" } },
      ...extra,
    ],
  });
  const run = (w: HarmWeights) =>
    assess(codedTable(), { ...matrixSettings(), area: "North", priorities: [], weights: w });

  it("weigh the rows with that code, fall back to the category, and leave the rest out as partly weighted", () => {
    const a = run(weights());
    const violence = a.harm!.rows.find((r) => r.category === "Violence")!;
    // 8N: 4 crimes x 100; 8P: 5 crimes with no weight (Violence has no category weight).
    expect(violence).toMatchObject({ count: 9, harm: 400, unweighted: 5, weightedBy: "by offence code; 5 without" });
    expect(a.harm!.rows.find((r) => r.category === "Theft")).toMatchObject({
      harm: 36,
      weightedBy: "by offence code, else 3",
    });
    expect(a.harm!.allCrime).toMatchObject({ harm: 436, unweighted: 5 });
    expect(a.harm!.partlyWeighted).toEqual(["Violence"]);
    expect(a.harm!.withoutWeight).toEqual([]);
  });

  it("list codes with no rows in the data rather than refuse them (a national table names every code)", () => {
    const a = run(weights([{ kind: "code", key: "9Z", weight: 1, place: { row: 4, column: "Code" } }]));
    expect(a.harm!.codesNotInData).toEqual(["9Z"]);
  });

  it("refuse a table none of whose codes is in the data, with the closest codes", () => {
    const error = failure(() =>
      run({
        name: "Weight",
        source: "w.csv",
        weights: [{ kind: "code", key: "8M", weight: 1, place: { row: 2, column: "Code" } }],
      }),
    );
    expect(error.message).toBe('None of the offence codes in the harm weights is in the data: "8M" (closest: "8N").');
    expect([error.source, error.row]).toEqual(["w.csv", 2]);
  });
});
