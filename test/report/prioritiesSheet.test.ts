/**
 * The Priorities sheet from the hand-worked table of matrixFixture.ts (scores worked
 * in matrix.test.ts), and the Targets sheet's projection columns.
 */
import { assess } from "../../src/engine/assessment/assess";
import { defaultSettings } from "../../src/engine/assessment/settings";
import { buildReportPlan } from "../../src/report/buildReportPlan";
import { matrixRead, matrixSettings } from "../engine/assessment/matrixFixture";
import { months, readOf, type Tuple } from "../engine/tableOf";
import type { ReportPlan } from "../../src/report/plan";
import { cellsIn, charts, tables, type PlacedTable } from "./planQueries";

const plan = buildReportPlan(assess(matrixRead(), matrixSettings()));
const table = (name: string) => tables(plan).find((t) => t.name === name)!;

/** A table's note: the line of text the layout writes just below its last row. */
function noteOf(p: ReportPlan, t: PlacedTable): string | undefined {
  const sheet = p.sheets.find((s) => s.name === t.sheet)!;
  const row = t.at.row + Math.max(1, t.rows.length) + 1;
  const block = sheet.blocks.find((b) => b.kind === "text" && b.at.row === row);
  return block?.kind === "text" ? block.text : undefined;
}

describe("the Priorities sheet", () => {
  it("comes after Monthly and before the theme pages, holding the ranked matrix, reasons, harm and method", () => {
    const sheet = plan.sheets.find((s) => s.key === "priorities")!;
    expect(sheet.name).toBe("Priorities");
    expect(plan.sheets.map((s) => s.key)).toEqual([
      "summary",
      "trends",
      "share",
      "monthly",
      "priorities",
      "themeAsb",
      "theme1",
      "quality",
    ]);
    const headings = sheet.blocks
      .filter((b) => b.kind === "text" && b.style === "heading")
      .map((b) => b.kind === "text" && b.text);
    expect(headings).toEqual([
      "Findings",
      "Candidates ranked",
      "Why each score",
      "Volume and harm",
      "How the scores are made",
    ]);
  });

  it("ranks the candidates with the band in words and an arrow, coloured by the same words", () => {
    const matrix = table("SA_Matrix");
    expect(matrix.columns.map((c) => c.header)).toEqual([
      "Category or priority",
      "Rank",
      "Score (1-4)",
      "Priority",
      "Volume",
      "Trend",
      "Rate",
      "Harm",
    ]);
    expect(matrix.rows).toEqual([
      ["Acquisitive", 1, 4, "▲ High", 4, 4, 4, 4],
      ["Anti-social behaviour", 2, 4, "▲ High", 4, 4, 4, null],
      ["Burglary", 3, 3.75, "► Medium", 4, 4, 4, 3],
      ["Shoplifting", 4, 2, "► Medium", 2, 2, 3, 1],
      ["Robbery", 5, 2, "► Medium", 1, 2, 3, 2],
    ]);
    // Each band cell is filled by a rule on its own words: colour never without them.
    expect(matrix.highlights).toEqual(
      matrix.rows.map((row, i) => ({
        kind: "text",
        column: 3,
        fromRow: i,
        toRow: i,
        equals: row[3],
        tone: row[3] === "▲ High" ? "red" : "amber",
      })),
    );
  });

  it("charts the scores in rank order on the whole 0-4 scale, with alt text whose numbers the table shows", () => {
    const chart = charts(plan).find((c) => c.name === "SA_MatrixChart")!;
    expect([chart.valueAxisMin, chart.valueAxisMax]).toEqual([0, 4]);
    expect(cellsIn(plan, chart.categories)).toEqual([
      "Acquisitive",
      "Anti-social behaviour",
      "Burglary",
      "Shoplifting",
      "Robbery",
    ]);
    expect(cellsIn(plan, chart.series[0].values)).toEqual([4, 4, 3.75, 2, 2]);
    expect(chart.altText).toBe(
      "Priority-setting scores in A, 2024, highest first: Acquisitive 4.00, Anti-social behaviour 4.00, Burglary 3.75, Shoplifting 2.00, Robbery 2.00.",
    );
  });

  it("gives every score's reason, candidate by candidate in rank order", () => {
    const reasons = table("SA_MatrixReasons");
    expect(reasons.rows).toHaveLength(5 * 4);
    expect(reasons.rows.slice(8, 12)).toEqual([
      ["Burglary", "Volume", 4, "joint 2nd highest of 5 (30 crimes)"],
      ["Burglary", "Trend", 4, "a real rise, +200% (10 to 30)"],
      ["Burglary", "Rate", 4, "highest of 3 districts (30.0 per 1,000; F 11.7)"],
      ["Burglary", "Harm", 3, "2nd highest of 4 (harm 1,500)"],
    ]);
  });

  it("sets volume and harm side by side, All crime first, then by harm; only a real change in count is coloured", () => {
    const harm = table("SA_Harm");
    expect(harm.rows.map((r) => r.slice(0, 6))).toEqual([
      ["All crime", 44, 1924, "its categories' weights", null, null],
      ["Acquisitive", 32, 1900, "its rows' weights", 1, 1],
      ["Burglary", 30, 1500, "50 a crime", 2, 2],
      ["Robbery", 2, 400, "200 a crime", 5, 3],
      ["Shoplifting", 12, 24, "2 a crime", 4, 4],
      ["Anti-social behaviour", 30, "no weight", "no weight", 2, null],
    ]);
    expect(harm.columns[9].header).toBe("Harm change");
    expect(harm.rows[2][9]).toBe(2);
    expect(harm.highlights.every((h) => h.column === 8)).toBe(true);
    expect(noteOf(plan, harm)).toContain("Categories without a weight (left out of harm): Anti-social behaviour.");
  });

  it("leaves the harm table out without weights, and the harm column out of the matrix", () => {
    const without = buildReportPlan(assess(matrixRead(), matrixSettings({ weights: undefined })));
    const names = tables(without).map((t) => t.name);
    expect(names).not.toContain("SA_Harm");
    const matrix = tables(without).find((t) => t.name === "SA_Matrix")!;
    expect(matrix.columns.map((c) => c.header)).not.toContain("Harm");
    expect(noteOf(without, { ...matrix, sheet: "Priorities" })).toContain(
      "Harm is not scored: no harm weights were supplied.",
    );
  });
});

describe("the Targets sheet's projection", () => {
  // Burglary 30 in January and 10 in other months of 2023 and 2024; 33, 12, 12 in Jan-Mar 2025 (projection.test.ts).
  const tuples: Tuple[] = [
    ...months("2023-01", "2024-12").map((m): Tuple => [m, "A", "F", "Burglary", m.endsWith("-01") ? 30 : 10]),
    ["2025-01", "A", "F", "Burglary", 33],
    ["2025-02", "A", "F", "Burglary", 12],
    ["2025-03", "A", "F", "Burglary", 12],
  ];
  const target = {
    category: "Burglary",
    baselineYear: "2023",
    targetYear: "2026",
    changePct: -10,
    method: "linear" as const,
    tolerancePct: 25,
    polarity: "lowerIsBetter" as const,
  };
  const targetsPlan = buildReportPlan(
    assess(readOf(tuples), { ...defaultSettings("A"), basis: "calendar", targets: [target] }),
  );
  const t = tables(targetsPlan).find((x) => x.name === "SA_Target1")!;

  it("shows the year under way's projected year end and its status beside the year to date's", () => {
    expect(t.columns.slice(6).map((c) => c.header)).toEqual([
      "Full-year milestone",
      "Projected year end",
      "Projected status",
    ]);
    const row2025 = t.rows.find((r) => r[0] === "2025 (Jan–Mar)")!;
    expect(row2025[2]).toBe(57);
    expect(row2025[5]).toBe("Amber");
    expect(row2025[7]).toBeCloseTo(159.6, 9);
    expect(row2025[8]).toBe("Amber");
    expect(t.rows.find((r) => r[0] === "2024")!.slice(7)).toEqual([null, null]);
    expect(t.highlights.filter((h) => h.column === 8).map((h) => h.kind === "text" && h.equals)).toEqual([
      "Green",
      "Amber",
      "Red",
    ]);
    expect(noteOf(targetsPlan, t)).toContain("the area's monthly pattern for Burglary over 2023 and 2024");
  });
});
