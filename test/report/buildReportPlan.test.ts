import { assess } from "../../src/engine/assessment/assess";
import { defaultSettings } from "../../src/engine/assessment/settings";
import { buildReportPlan } from "../../src/report/buildReportPlan";
import type { CellValue, NumberFormatName, ReportPlan, TablePlan } from "../../src/report/plan";
import { months, readOf, type Tuple } from "../engine/tableOf";

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

function tables(p: ReportPlan): (TablePlan & { sheet: string })[] {
  return p.sheets.flatMap((s) =>
    s.blocks.filter((b): b is TablePlan => b.kind === "table").map((t) => ({ ...t, sheet: s.name })),
  );
}

/** The value in a sheet cell, looked up through the tables placed there. */
function cellAt(sheet: string, row: number, col: number): CellValue | undefined {
  for (const t of tables(plan).filter((x) => x.sheet === sheet)) {
    const c = col - t.at.col;
    if (c < 0 || c >= t.columns.length) continue;
    if (row === t.at.row) return t.columns[c].header;
    const r = row - t.at.row - 1;
    if (r >= 0 && r < t.rows.length) return t.rows[r][c];
  }
  return undefined;
}

/** How Excel shows a value under each format: a second, independent rendering. */
function shown(value: CellValue, format: NumberFormatName): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  const group = (n: number) => Math.round(Math.abs(n)).toLocaleString("en-GB");
  const sign = (n: number) => (n > 0 ? "+" : n < 0 ? "-" : "");
  switch (format) {
    case "integer":
      return group(value);
    case "signedInteger":
      return `${sign(Math.round(value))}${group(value)}`;
    case "percent1":
      return `${(value * 100).toFixed(1)}%`;
    case "signedPercent1":
      return `${sign(value)}${Math.abs(value * 100).toFixed(1)}%`;
    case "pp1":
      return `${sign(value)}${Math.abs(value).toFixed(1)} pp`;
    default:
      return String(value);
  }
}

describe("report plan", () => {
  it("has the sheets in order, Targets only when targets are set", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Trends",
      "Share of region",
      "Monthly",
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

  it("points every chart series at cells holding the plotted numbers", () => {
    for (const sheet of plan.sheets) {
      for (const chart of sheet.blocks.filter((b) => b.kind === "chart")) {
        if (chart.kind !== "chart") continue;
        for (const s of chart.series) {
          expect(s.values.sheet).toBe(sheet.name);
          expect(cellAt(sheet.name, s.nameRef.firstRow, s.nameRef.firstCol)).toBe(s.name);
          for (let r = s.values.firstRow; r <= s.values.lastRow; r++) {
            const v = cellAt(sheet.name, r, s.values.firstCol);
            expect(v === null || typeof v === "number").toBe(true);
            expect(typeof cellAt(sheet.name, r, chart.categories.firstCol)).toBe("string");
          }
        }
      }
    }
  });

  it("the year series chart plots the All crime counts (24 months of burglary: 2022/23 and 2023/24)", () => {
    // Burglary in Ashby: 20 - floor(i/3) for months i = 0..23 -> 2022/23 sums i=0..11, 2023/24 i=12..23.
    const sum = (from: number) =>
      Array.from({ length: 12 }, (_, k) => 20 - Math.floor((from + k) / 3)).reduce((a, b) => a + b, 0);
    const series = tables(plan).find((t) => t.name === "SA_YearSeries")!;
    expect(series.rows.map((r) => r[1])).toEqual([sum(0), sum(12)]);
  });

  it("every number in a finding appears in a table as shown", () => {
    const shownValues = new Set<string>();
    for (const t of tables(plan)) {
      shownValues.add(t.caption);
      t.columns.forEach((c, i) => {
        shownValues.add(c.header);
        for (const row of t.rows) shownValues.add(shown(row[i], c.format));
      });
    }
    const labels = new Set([...assessment.periodLabels, assessment.comparison!.previous.label]);
    for (const finding of assessment.findings) {
      let text = finding.text;
      for (const l of labels) text = text.split(l).join(" ");
      text = text.replace(/\b\d{4}\/\d{2}\b/g, " "); // period names such as a target year
      const numbers = text.match(/[+-]?\d+(?:,\d{3})*(?:\.\d+)?(?:%| pp)?/g) ?? [];
      for (const n of numbers) {
        const bare = n.replace(/^[+-]/, "");
        const found = [...shownValues].some(
          (v) => v === n || v === bare || v.replace(/^[+-]/, "") === bare || v.split(/[\s:;(),]+/).includes(bare),
        );
        if (!found) throw new Error(`"${n}" in "${finding.text}" is in no table`);
      }
    }
    expect(assessment.findings.length).toBeGreaterThan(4);
  });

  it("colours change by polarity: a rise is bad for lower-is-better rows", () => {
    const trends = tables(plan).find((t) => t.name === "SA_Trends")!;
    const sign = trends.highlights.find((h) => h.kind === "sign");
    expect(sign).toMatchObject({ positive: "bad", negative: "good" });
  });
});

it("wraps each finding within the summary's table width, with lines enough for its text", () => {
  const summary = plan.sheets.find((s) => s.key === "summary")!;
  const width = summary.columnWidths.reduce((a, b) => a + b, 0);
  const findings = summary.blocks.filter((b) => b.kind === "text" && b.style === "finding");
  expect(findings.length).toBe(assessment.findings.length);
  for (const f of findings) {
    if (f.kind !== "text") continue;
    expect(f.wrap?.columns).toBe(summary.columnWidths.length);
    // Calibri 11 text measured about 0.76 column units a character in the rendered demo.
    expect(f.wrap!.lines * width).toBeGreaterThanOrEqual(0.8 * f.text.length);
  }
});
