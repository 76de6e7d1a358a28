import { assess } from "../../src/engine/assessment/assess";
import { defaultSettings } from "../../src/engine/assessment/settings";
import { buildReportPlan } from "../../src/report/buildReportPlan";
import type { CellValue } from "../../src/report/plan";
import { months, readOf, type Tuple } from "../engine/tableOf";
import { cellAt as cellAtIn, displayed, isShown, numbersIn, tables } from "./planQueries";

const F = "Testshire Police";
const tuples: Tuple[] = [
  ...months("2022-04", "2024-03").map((m): Tuple => [m, "Brook", F, "Other theft", 3]),
  ...months("2022-04", "2024-03").map((m, i): Tuple => [m, "Ashby", F, "Burglary", 20 - Math.floor(i / 3)]),
  ...months("2022-04", "2024-03").map((m, i): Tuple => [
    m,
    "Ashby",
    F,
    "Anti-social behaviour",
    i % 12 === 6 ? 30 : 10,
  ]),
  ["2022-06", "Carr", F, "Burglary", 50],
  ["2023-06", "Carr", F, "Burglary", 70],
  ["2023-07", "Outer", F, "Vehicle crime"],
];
const settings = {
  ...defaultSettings("Ashby"),
  targets: [
    {
      category: "Burglary",
      baselineYear: "2022/23",
      targetYear: "2025/26",
      changePct: -6,
      method: "linear" as const,
      tolerancePct: 2,
      polarity: "lowerIsBetter" as const,
    },
  ],
};
const assessment = assess(readOf(tuples), settings);
const plan = buildReportPlan(assessment);

function cellAt(sheet: string, row: number, col: number): CellValue | undefined {
  return cellAtIn(plan, sheet, row, col);
}

describe("report plan", () => {
  it("has the sheets in order, a theme page for ASB, Targets only when targets are set", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Trends",
      "Share of region",
      "Monthly",
      "Priorities",
      "ASB",
      "Targets",
      "Data quality & method",
    ]);
    const without = buildReportPlan(assess(readOf(tuples), defaultSettings("Ashby")));
    expect(without.sheets.map((s) => s.key)).not.toContain("targets");
  });

  it("uses valid, unique sheet and table names", () => {
    for (const s of plan.sheets) expect(s.name).toMatch(/^[^:\\/?*[\]']{1,31}$/);
    const names = tables(plan).map((t) => t.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z_][a-z0-9_]*$/);
  });

  it("gives every table a caption with its source and period, and rows as wide as its columns", () => {
    for (const t of tables(plan)) {
      expect(t.caption.length).toBeGreaterThan(10);
      for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
      for (const h of t.highlights) expect(h.toRow).toBeLessThan(Math.max(1, t.rows.length));
    }
    const trends = tables(plan).find((t) => t.name === "SA_Trends")!;
    expect(trends.caption).toContain("police.uk street-level crime, Apr 2022 to Mar 2024");
  });

  it("points every chart series at cells holding the plotted numbers, named by their label cell", () => {
    for (const sheet of plan.sheets) {
      for (const chart of sheet.blocks.filter((b) => b.kind === "chart")) {
        if (chart.kind !== "chart") continue;
        const categories: (CellValue | undefined)[] = [];
        for (let r = chart.categories.firstRow; r <= chart.categories.lastRow; r++) {
          for (let c = chart.categories.firstCol; c <= chart.categories.lastCol; c++)
            categories.push(cellAt(sheet.name, r, c));
        }
        expect(categories.every((v) => typeof v === "string")).toBe(true);
        for (const s of chart.series) {
          expect(s.values.sheet).toBe(sheet.name);
          expect(cellAt(sheet.name, s.nameRef.firstRow, s.nameRef.firstCol)).toBe(s.name);
          const values: (CellValue | undefined)[] = [];
          for (let r = s.values.firstRow; r <= s.values.lastRow; r++) {
            for (let c = s.values.firstCol; c <= s.values.lastCol; c++) values.push(cellAt(sheet.name, r, c));
          }
          expect(values).toHaveLength(categories.length);
          for (const v of values) expect(v === null || typeof v === "number").toBe(true);
        }
      }
    }
  });

  it("the year chart plots All crime in each complete year (24 months of burglary: 2022/23 and 2023/24)", () => {
    // Burglary in Ashby: 20 - floor(i/3) for months i = 0..23 -> 2022/23 sums i=0..11, 2023/24 i=12..23.
    const sum = (from: number) =>
      Array.from({ length: 12 }, (_, k) => 20 - Math.floor((from + k) / 3)).reduce((a, b) => a + b, 0);
    const trends = plan.sheets.find((s) => s.key === "trends")!;
    const chart = trends.blocks.find((b) => b.kind === "chart" && b.name === "SA_YearChart");
    if (chart?.kind !== "chart") throw new Error("no year chart");
    const { values } = chart.series[0];
    const plotted = Array.from({ length: values.lastRow - values.firstRow + 1 }, (_, i) =>
      cellAt(trends.name, values.firstRow + i, values.firstCol),
    );
    expect(plotted).toEqual([sum(0), sum(12)]);
    expect(chart.type).toBe("columnClustered");
    expect(chart.series[0].name).toBe("All crime");
  });

  it("every number in a finding appears in a table as shown", () => {
    const shownValues = displayed(tables(plan));
    const labels = new Set([...assessment.periodLabels, assessment.comparison!.previous.label, assessment.lead.label]);
    for (const finding of assessment.findings) {
      for (const n of numbersIn(finding.text, labels)) {
        if (!isShown(n, shownValues)) throw new Error(`"${n}" in "${finding.text}" is in no table`);
      }
    }
    expect(assessment.findings.length).toBeGreaterThan(4);
  });

  it("colours a change only where it is significant, by polarity: a significant fall in burglary is good", () => {
    // Burglary 222 -> 174: z = 2(sqrt 174 - sqrt 222) = -3.4, significant; ASB 140 -> 140 is unchanged.
    const trends = tables(plan).find((t) => t.name === "SA_Trends")!;
    const burglary = trends.rows.findIndex((r) => r[0] === "Burglary");
    const asb = trends.rows.findIndex((r) => r[0] === "Anti-social behaviour");
    const signs = trends.highlights.filter((h) => h.kind === "sign");
    expect(signs.some((h) => h.fromRow <= burglary && burglary <= h.toRow)).toBe(true);
    expect(signs.every((h) => h.kind === "sign" && h.positive === "bad" && h.negative === "good")).toBe(true);
    expect(trends.highlights.some((h) => h.fromRow <= asb && asb <= h.toRow)).toBe(false);
  });
});

it("wraps each key point within the summary's width, with lines enough for its text", () => {
  const summary = plan.sheets.find((s) => s.key === "summary")!;
  const points = summary.blocks.filter((b) => b.kind === "text" && b.style === "finding");
  expect(points.map((p) => (p.kind === "text" ? p.text : ""))).toEqual(
    assessment.summary.sentences.map((s) => `• ${s}`),
  );
  for (const f of points) {
    if (f.kind !== "text") continue;
    expect(f.wrap!.columns).toBeGreaterThanOrEqual(summary.columnWidths.length);
    // The merged cell's width: the columns it spans, at Excel's default 8.43 where none is set.
    const width = Array.from({ length: f.wrap!.columns }, (_, c) => summary.columnWidths[c] ?? 8.43).reduce(
      (a, b) => a + b,
    );
    // Calibri 11 text measured about 0.76 column units a character in the rendered demo.
    expect(f.wrap!.lines * width).toBeGreaterThanOrEqual(0.8 * f.text.length);
  }
});
