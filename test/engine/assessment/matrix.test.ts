/**
 * The priority-setting matrix: its rules one by one (table-driven), then the whole
 * matrix on the hand-worked table of matrixFixture.ts, each score worked out there:
 *
 *   candidate     count 2024  volume      trend (2023 -> 2024)            rate of 3        harm of 4     score
 *   Acquisitive   32          1st -> 4    14 -> 32, real rise -> 4        32 v 5, 10 -> 4  1,900 1st -> 4  4.00
 *   ASB           30          =2nd -> 4   60 -> 30, real fall, rise good  30 v 0, 0 -> 4   no weight       4.00 (of 3)
 *   Burglary      30          =2nd -> 4   10 -> 30, real rise -> 4        30 v 5, 0 -> 4   1,500 2nd -> 3  3.75
 *   Shoplifting   12          4th -> 2    12 -> 12, unchanged -> 2        12 v 12, 24 -> 3 24 4th -> 1     2.00
 *   Robbery        2          5th -> 1    4 -> 2, may be chance -> 2      2 v 0, 10 -> 3   400 3rd -> 2     2.00
 *
 * Volume of 5: 4 - floor(4 (rank - 1) / 5) gives 4, 4, 3, 2, 1. Ties: Acquisitive
 * before ASB (32 against 30), Shoplifting before Robbery (12 against 2). Bands of 5:
 * ranks 1-2 High, 3-4 Medium, 5 Low, but Robbery equals Shoplifting: Medium.
 */
import { assess } from "../../../src/engine/assessment/assess";
import {
  bands,
  matrixWeights,
  positionAmong,
  quartileScore,
  rankOrder,
  trendReason,
  trendScore,
  weightedScore,
} from "../../../src/engine/assessment/matrix";
import type { Assessment, ChangeFigures, MatrixRow } from "../../../src/engine/assessment/types";
import { AssessmentError } from "../../../src/engine/errors";
import { matrixRead, matrixSettings } from "./matrixFixture";

describe("matrix rules", () => {
  it.each([
    [1, 16, 4],
    [4, 16, 4],
    [5, 16, 3],
    [8, 16, 3],
    [9, 16, 2],
    [13, 16, 1],
    [16, 16, 1],
    [1, 4, 4],
    [2, 4, 3],
    [3, 4, 2],
    [4, 4, 1],
    [2, 2, 2],
    [1, 1, 4],
  ])("rank %i of %i scores %i on volume, rate or harm", (rank, of, score) => {
    expect(quartileScore(rank, of)).toBe(score);
  });

  const change = (previous: number, current: number, significant: boolean): ChangeFigures => ({
    previous,
    current,
    change: current - previous,
    changePct: previous === 0 ? null : ((current - previous) / previous) * 100,
    isNew: previous === 0 && current > 0,
    significance: !significant
      ? "no significant change"
      : current > previous
        ? "significant increase"
        : "significant decrease",
    pValue: significant ? 0.01 : 0.5,
  });

  it.each([
    ["a real rise", change(100, 150, true), "lowerIsBetter", 4],
    ["a rise that may be chance", change(100, 110, false), "lowerIsBetter", 3],
    ["no change", change(100, 100, false), "lowerIsBetter", 2],
    ["a fall that may be chance", change(100, 90, false), "lowerIsBetter", 2],
    ["a real fall", change(100, 50, true), "lowerIsBetter", 1],
    ["a real rise, where a rise is good", change(100, 150, true), "higherIsBetter", 1],
    ["a rise that may be chance, where a rise is good", change(100, 110, false), "higherIsBetter", 2],
    ["a fall that may be chance, where a rise is good", change(100, 90, false), "higherIsBetter", 3],
    ["a real fall, where a rise is good", change(100, 50, true), "higherIsBetter", 4],
    ["a new category", change(0, 20, true), "lowerIsBetter", 4],
  ] as const)("%s scores %i on trend", (_, c, polarity, score) => {
    expect(trendScore(c, polarity)).toBe(score);
  });

  it("words a trend with its direction, size, counts and whether it may be chance", () => {
    expect(trendReason(change(1100, 1232, true), "lowerIsBetter")).toBe("a real rise, +12% (1,100 to 1,232)");
    expect(trendReason(change(100, 96, false), "lowerIsBetter")).toBe("a fall that may be chance, -4% (100 to 96)");
    expect(trendReason(change(0, 7, true), "lowerIsBetter")).toBe("new: none a year earlier, 7 now (a real rise)");
    expect(trendReason(change(5, 5, false), "higherIsBetter")).toBe("unchanged at 5; a rise is read as good here");
  });

  it.each([
    [1, 16, false, "highest of 16"],
    [3, 16, false, "3rd highest of 16"],
    [3, 16, true, "joint 3rd highest of 16"],
    [16, 16, false, "lowest of 16"],
    [15, 16, true, "joint 15th highest of 16"],
    [1, 3, true, "joint highest of 3"],
  ])("rank %i of %i (tied: %s) reads %s", (rank, of, tied, words) => {
    expect(positionAmong(rank, of, tied)).toBe(words);
  });

  it("averages the scores given by their weights, leaving out those not scored", () => {
    const scores = {
      volume: { score: 4, reason: "" },
      trend: { score: 1, reason: "" },
      rate: { score: null, reason: "" },
      harm: { score: 2, reason: "" },
    };
    const all = ["volume", "trend", "rate", "harm"] as const;
    expect(weightedScore(scores, { volume: 1, trend: 1, rate: 1, harm: 1 }, all)).toBeCloseTo(7 / 3, 12);
    expect(weightedScore(scores, { volume: 2, trend: 1, rate: 5, harm: 0 }, all)).toBeCloseTo(9 / 3, 12);
    expect(weightedScore(scores, { volume: 1, trend: 1, rate: 1, harm: 1 }, ["rate"])).toBeNull();
  });

  it("orders by score, then volume, then name, with unscored candidates last", () => {
    const rows = [
      { category: "B", total: 3, lead: 10 },
      { category: "A", total: 3, lead: 10 },
      { category: "C", total: null, lead: 99 },
      { category: "D", total: 3, lead: 20 },
      { category: "E", total: 3.5, lead: 1 },
    ];
    expect(rankOrder(rows).map((i) => rows[i].category)).toEqual(["E", "D", "A", "B", "C"]);
  });

  it("bands the top third High, the next Medium, the rest Low, never splitting equal scores", () => {
    expect(bands([4, 3.5, 3, 2.5, 2, 1.5])).toEqual(["High", "High", "Medium", "Medium", "Low", "Low"]);
    expect(bands([4, 3, 3, 3, 1])).toEqual(["High", "High", "High", "High", "Low"]);
    expect(bands([2, null])).toEqual(["High", "Not scored"]);
  });

  it("refuses a negative or non-numeric criterion weight", () => {
    expect(matrixWeights({ harm: 0 })).toEqual({ volume: 1, trend: 1, rate: 1, harm: 0 });
    expect(() => matrixWeights({ trend: -1 })).toThrow(AssessmentError);
    expect(() => matrixWeights({ rate: Number.NaN })).toThrow("not a number of zero or more");
  });
});

describe("the matrix on the hand-worked table", () => {
  let a: Assessment;
  beforeAll(() => {
    a = assess(matrixRead(), matrixSettings());
  });
  const row = (category: string): MatrixRow => a.matrix!.rows.find((r) => r.category === category)!;
  const scoresOf = (r: MatrixRow) => [
    r.scores.volume.score,
    r.scores.trend.score,
    r.scores.rate.score,
    r.scores.harm.score,
  ];

  it("scores every candidate 1 to 4 on each criterion, as worked by hand", () => {
    expect(scoresOf(row("Acquisitive"))).toEqual([4, 4, 4, 4]);
    expect(scoresOf(row("Anti-social behaviour"))).toEqual([4, 4, 4, null]);
    expect(scoresOf(row("Burglary"))).toEqual([4, 4, 4, 3]);
    expect(scoresOf(row("Shoplifting"))).toEqual([2, 2, 3, 1]);
    expect(scoresOf(row("Robbery"))).toEqual([1, 2, 3, 2]);
  });

  it("ranks by the weighted mean of the scores given, ties by volume, and bands them", () => {
    expect(a.matrix!.rows.map((r) => [r.category, r.total, r.rank, r.band])).toEqual([
      ["Acquisitive", 4, 1, "High"],
      ["Anti-social behaviour", 4, 2, "High"],
      ["Burglary", 3.75, 3, "Medium"],
      ["Shoplifting", 2, 4, "Medium"],
      ["Robbery", 2, 5, "Medium"],
    ]);
    expect(row("Acquisitive").priority).toBe(true);
    expect(a.matrix!.criteria).toEqual(["volume", "trend", "rate", "harm"]);
    expect(a.matrix!.leftOut).toEqual([]);
  });

  it("gives a one-line reason for every score", () => {
    expect(row("Burglary").scores.volume.reason).toBe("joint 2nd highest of 5 (30 crimes)");
    expect(row("Acquisitive").scores.volume.reason).toBe("highest of 5 (32 reports)");
    expect(row("Anti-social behaviour").scores.volume.reason).toBe("joint 2nd highest of 5 (30 incidents)");
    expect(row("Robbery").scores.volume.reason).toBe("lowest of 5 (2 crimes)");
    expect(row("Burglary").scores.trend.reason).toBe("a real rise, +200% (10 to 30)");
    expect(row("Anti-social behaviour").scores.trend.reason).toBe(
      "a real fall, -50% (60 to 30); a rise is read as good here",
    );
    expect(row("Robbery").scores.trend.reason).toBe("a fall that may be chance, -50% (4 to 2)");
    expect(row("Shoplifting").scores.trend.reason).toBe("unchanged at 12");
    // Rates per 1,000 (1,000 residents each): Burglary A 30, B 5, C 0, force 35 / 3,000.
    expect(row("Burglary").scores.rate.reason).toBe("highest of 3 districts (30.0 per 1,000; F 11.7)");
    expect(row("Shoplifting").scores.rate.reason).toBe("joint 2nd highest of 3 districts (12.0 per 1,000; F 16.0)");
    expect(row("Burglary").scores.harm.reason).toBe("2nd highest of 4 (harm 1,500)");
    expect(row("Anti-social behaviour").scores.harm.reason).toBe("not scored: none of its rows has a weight");
  });

  it("names the top three in a finding, with the scores the table shows", () => {
    const finding = a.findings.find((f) => f.sheetKey === "priorities" && f.text.startsWith("On the"))!;
    expect(finding.text).toBe(
      "On the priority-setting matrix (volume, trend, rate, harm), the three highest scores are Acquisitive (4.00 of 4), Anti-social behaviour (4.00) and Burglary (3.75): candidates for the partnership's priorities, with each score's reason on the Priorities sheet.",
    );
  });

  it("names the same three on page 1, without the scores (jargon stays on the Priorities sheet)", () => {
    expect(a.summary.sentences).toContain(
      "Scored on volume, trend, rate and harm, the strongest candidates for the partnership's priorities are Acquisitive, Anti-social behaviour and Burglary (Priorities sheet).",
    );
  });

  it("says how the scores are made on the method page, from this run's weights", () => {
    const method = a.matrix!.method.join("\n");
    expect(method).toContain("weights: volume 1, trend 1, rate against the region 1, harm 1 (the defaults");
    expect(method).toContain("score = 4 - floor(4 x (rank - 1) / 5)");
    expect(method).toContain("2024 against 2023");
    for (const line of a.matrix!.method) expect(a.method).toContain(line);
  });

  it("takes the criterion weights from the settings, and leaves out one weighted 0", () => {
    const b = assess(matrixRead(), matrixSettings({ matrixWeights: { volume: 2, harm: 0 } }));
    const burglary = b.matrix!.rows.find((r) => r.category === "Burglary")!;
    expect(burglary.total).toBeCloseTo((2 * 4 + 4 + 4) / 4, 12);
    expect(b.matrix!.criteria).toEqual(["volume", "trend", "rate"]);
    expect(b.matrix!.leftOut).toEqual([{ criterion: "harm", why: "given a weight of 0" }]);
  });

  it("leaves out rate without a population and harm without weights, saying why", () => {
    const b = assess(matrixRead(), matrixSettings({ population: undefined, weights: undefined }));
    expect(b.matrix!.criteria).toEqual(["volume", "trend"]);
    expect(b.matrix!.leftOut.map((l) => l.why)).toEqual([
      "no population table was supplied",
      "no harm weights were supplied",
    ]);
    const robbery = b.matrix!.rows.find((r) => r.category === "Robbery")!;
    expect(robbery.total).toBe(1.5);
    expect(robbery.scores.rate).toEqual({ score: null, reason: "not scored: no population table was supplied" });
    expect(b.method).toContain("Rate against the region: not scored, as no population table was supplied.");
  });

  it("refuses weights that leave nothing to score", () => {
    expect(() =>
      assess(matrixRead(), matrixSettings({ weights: undefined, matrixWeights: { volume: 0, trend: 0, rate: 0 } })),
    ).toThrow("The matrix weights leave no criterion to score.");
  });
});
