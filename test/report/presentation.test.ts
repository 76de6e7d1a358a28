/**
 * Rules every plan keeps, checked on several runs: files with the Cleveland gap
 * (Jan–Apr 2024 and all of 2025) on each basis, and three years with a month
 * missing in the middle year (so a partial year sits between two complete ones).
 */
import { assess } from "../../src/engine/assessment/assess";
import { defaultSettings, type AssessmentSettings } from "../../src/engine/assessment/settings";
import type { Assessment } from "../../src/engine/assessment/types";
import { isComplete } from "../../src/engine/measures/periods";
import { buildReportPlan } from "../../src/report/buildReportPlan";
import { MAX_PRINT_WIDTH } from "../../src/report/layout";
import { TEXT_LOOKS, type ReportPlan, type SheetPlan, type TablePlan } from "../../src/report/plan";
import { pageBreaks } from "../../src/workbook/excel/pageBreaks";
import { months, readOf, type Tuple } from "../engine/tableOf";
import { cellsIn, charts, displayed, isShown, numbersIn, shown, tableAt, tables } from "./planQueries";

const F = "Testshire Police";
const population = { year: "Census 2021", byDistrict: { Ashby: 12000, Brook: 4800, Carr: 30000 } };
const base: AssessmentSettings = { ...defaultSettings("Ashby"), population, producedOn: "2026-01-15" };

// Jan–Apr 2024 and Jan–Dec 2025. Ashby: burglary 10 a month then 12; ASB 5 a month then 6 (20 in Oct 2025);
// one theft from the person a month in 2024, then none. Brook: shoplifting 4 a month; Carr: 30 vehicle crimes a month.
const gapMonths = [...months("2024-01", "2024-04"), ...months("2025-01", "2025-12")];
const gap: Tuple[] = gapMonths.flatMap((m): Tuple[] => [
  [m, "Ashby", F, "Burglary", m < "2025" ? 10 : 12],
  [m, "Ashby", F, "Anti-social behaviour", m < "2025" ? 5 : m === "2025-10" ? 20 : 6],
  ...(m < "2025" ? [[m, "Ashby", F, "Theft from the person"] as Tuple] : []),
  [m, "Brook", F, "Shoplifting", 4],
  [m, "Carr", F, "Vehicle crime", 30],
]);

// Apr 2022 to Mar 2025 with Aug 2023 missing: 2022/23 and 2024/25 complete, 2023/24 partial between them.
// Ashby's burglary falls by one a month from 60; ASB 20 a month, 40 in July; Brook 5 robberies a month.
const threeYears: Tuple[] = months("2022-04", "2025-03")
  .filter((m) => m !== "2023-08")
  .flatMap((m, i): Tuple[] => [
    [m, "Ashby", F, "Burglary", 60 - i],
    [m, "Ashby", F, "Anti-social behaviour", m.endsWith("-07") ? 40 : 20],
    [m, "Brook", F, "Robbery", 5],
  ]);

const runs: [string, Assessment][] = [
  ["gap, automatic (calendar)", assess(readOf(gap), base)],
  ["gap, financial chosen", assess(readOf(gap), { ...base, basis: "financial" })],
  ["gap, rolling 12 months", assess(readOf(gap), { ...base, basis: "rolling12" })],
  ["three years, Aug 2023 missing", assess(readOf(threeYears), base)],
];
const cases = runs.map(([name, a]): [string, Assessment, ReportPlan] => [name, a, buildReportPlan(a)]);

function sheet(plan: ReportPlan, key: string): SheetPlan {
  return plan.sheets.find((s) => s.key === key)!;
}

function labelsOf(a: Assessment): string[] {
  const c = a.comparison;
  return [
    ...a.periodLabels,
    ...a.periods.map((p) => p.name),
    a.lead.label,
    ...(c ? [c.current.label, c.previous.label] : []),
    a.sourceDescription,
  ];
}

describe.each(cases)("%s", (_name, a, plan) => {
  it("never lines up periods of different lengths in the yearly series", () => {
    const trends = tables(plan).find((t) => t.name === "SA_Trends")!;
    const complete = new Set(a.periods.filter(isComplete).map((p) => p.name));
    const periodColumns = trends.columns
      .map((c, i) => ({ header: c.header, i }))
      .filter(({ header }) => a.periods.some((p) => [p.name, `${p.name} (partial)`, a.lead.label].includes(header)));
    for (const { header, i } of periodColumns) {
      const hasCounts = trends.rows.some((r) => typeof r[i] === "number");
      // Counts only under a complete period, or under the partial lead when nothing is complete.
      if (hasCounts) expect(complete.has(header) || (complete.size === 0 && header === a.lead.label)).toBe(true);
    }
    // The yearly charts: complete periods only, as columns (no line drawn across a partial one), with their counts.
    const yearCharts = charts(plan).filter((c) => c.name === "SA_YearChart" || c.name === "SA_YearAsbChart");
    expect(yearCharts.length).toBe(a.yearly.length >= 2 ? 2 : 0);
    for (const chart of yearCharts) {
      expect(chart.type).toBe("columnClustered");
      expect(chart.title).toContain("by complete");
      expect(cellsIn(plan, chart.categories)).toEqual(a.yearly.map((p) => p.name));
      const category = chart.name === "SA_YearChart" ? "All crime" : "Anti-social behaviour";
      expect(cellsIn(plan, chart.series[0].values)).toEqual(a.trends.find((t) => t.category === category)!.yearly);
    }
    expect(charts(plan).filter((c) => c.sheet === "Trends" && c.type === "line")).toEqual([]);
    const c = a.comparison;
    if (c) expect(c.current.months.length).toBe(c.previous.months.length);
  });

  it("gives every chart alt text holding a number its table shows", () => {
    for (const chart of charts(plan)) {
      expect(chart.altText).toBeTruthy();
      const table = tableAt(plan, chart.series[0].values)!;
      const values = displayed([table]);
      const numbers = numbersIn(chart.altText!, []).filter((n) => !/^\d{4}$/.test(n));
      expect(numbers.some((n) => isShown(n, values))).toBe(true);
    }
  });

  it("writes 3 to 6 summary sentences, whole-number percentages, every number in a table", () => {
    const { sentences } = a.summary;
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(6);
    const values = displayed(tables(plan));
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/\d\.\d+%/);
      expect(sentence).not.toMatch(/\bpp\b|seasonal index|p-value/);
      for (const n of numbersIn(sentence, labelsOf(a))) {
        if (!isShown(n, values)) throw new Error(`"${n}" in "${sentence}" is in no table`);
      }
    }
  });

  it("fills a change only where it is significant, and never a change in share", () => {
    for (const t of tables(plan)) {
      for (const rule of t.highlights) {
        if (rule.kind === "dataBar" || (rule.kind === "text" && !["good", "bad"].includes(rule.tone))) continue;
        const header = t.columns[rule.column].header;
        expect(header).not.toMatch(/pp|Share/);
        for (let r = rule.fromRow; r <= rule.toRow; r++) {
          const trend = a.trends.find((x) => x.category === t.rows[r][0])!;
          const change = header.startsWith("3-year") ? trend.threeYear : trend.yearOnYear;
          expect(change?.significance).not.toBe("no significant change");
        }
      }
    }
  });

  it("never shows -0.0", () => {
    for (const t of tables(plan)) {
      t.columns.forEach((c, i) => {
        for (const row of t.rows) expect(shown(row[i], c.format)).not.toMatch(/^-0\.0(%| pp)$/);
      });
    }
  });

  it("draws honest charts: sorted bars from zero, the area picked out, axis titles, no one-series legend, ASB apart", () => {
    for (const chart of charts(plan)) {
      expect(chart.yAxisTitle).toBeTruthy();
      expect(chart.xAxisTitle).toBeTruthy();
      if (chart.series.length === 1) expect(chart.legend).toBe(false);
      if (chart.type !== "line") expect(chart.valueAxisMin).toBe(0);
      const names = chart.series.map((s) => s.name);
      const asb = names.includes("Anti-social behaviour") || names.includes("ASB");
      expect(names.includes("All crime") && asb).toBe(false);
      if (chart.type === "barClustered") {
        const values = cellsIn(plan, chart.series[0].values) as number[];
        expect(values).toEqual([...values].sort((x, y) => y - x));
      }
    }
    const share = charts(plan).find((c) => c.name === "SA_ShareChart")!;
    expect(cellsIn(plan, share.categories)[share.highlight!.index]).toBe("Ashby");
  });

  it("freezes and repeats each sheet's title rows, fits 80% print scale and wraps long text", () => {
    for (const s of plan.sheets.filter((x) => x.key !== "quality")) {
      expect(s.freezeRows).toBeGreaterThanOrEqual(1);
      expect(s.repeatRows).toBe(s.freezeRows);
      const frozen = s.blocks.filter((b) => b.kind === "text" && b.at.row < s.freezeRows);
      expect(frozen.map((b) => (b.kind === "text" ? b.style : ""))).toEqual(
        ["title", "subtitle"].slice(0, s.freezeRows),
      );
      const width = s.columnWidths.reduce((x, y) => x + y, 0);
      expect(width).toBeLessThanOrEqual(MAX_PRINT_WIDTH);
      // What prints: the tables' columns, and further default-width (8.43) columns a chart reaches into.
      const reach = Math.max(
        s.columnWidths.length,
        ...charts(plan)
          .filter((c) => c.sheet === s.name)
          .map((c) => c.to.col),
      );
      const printed = width + (reach - s.columnWidths.length) * 8.43;
      for (const b of s.blocks) {
        if (b.kind === "text") {
          const scale = TEXT_LOOKS[b.style].size / TEXT_LOOKS.body.size;
          if (b.text.length * 0.76 * scale > printed) expect(b.wrap).toBeDefined();
        }
        // Captions do not wrap: they must fit the sheet.
        if (b.kind === "table") expect(b.caption.length * 0.76).toBeLessThanOrEqual(printed);
      }
    }
  });

  it("keeps every heading with what follows it", () => {
    for (const s of plan.sheets.filter((x) => x.key !== "quality")) {
      for (const b of s.blocks) {
        if (b.kind !== "text" || b.style !== "heading") continue;
        expect(b.keepWithNext).toBe(true);
        expect(s.keepTogether!.some((k) => k.fromRow === b.at.row && k.toRow > b.at.row)).toBe(true);
      }
    }
  });

  it("has no duplicate table and no column repeating one value on every row", () => {
    const mine = tables(plan).filter((t) => t.sheet !== "Data quality & method");
    const bodies = mine.map((t) => JSON.stringify(t.rows));
    expect(new Set(bodies).size).toBe(bodies.length);
    for (const t of mine.filter((x: TablePlan) => x.rows.length >= 3)) {
      t.columns.forEach((c, i) => {
        const values = new Set(t.rows.map((r) => JSON.stringify(r[i])));
        // A blank column is a partial year kept as a gap between complete ones, not a repeated value.
        if (values.size === 1 && !values.has("null"))
          throw new Error(`${t.name}: "${c.header}" is the same on every row`);
      });
    }
  });

  it("puts the date produced, the data's span and the headline charts on the first printed page", () => {
    const summary = sheet(plan, "summary");
    const subtitle = summary.blocks.find((b) => b.kind === "text" && b.style === "subtitle");
    expect(subtitle?.kind === "text" && subtitle.text).toContain("Produced 15 January 2026");
    expect(subtitle?.kind === "text" && subtitle.text).toContain(a.sourceDescription);
    expect(summary.blocks.some((b) => b.kind === "chart")).toBe(true);
    expect(pageBreaks(summary)).toEqual([]);
  });
});

describe("page 1 on a chosen basis that compares one month", () => {
  const [, a, plan] = cases[1];

  it("says so in its first lines and names the better basis", () => {
    const summary = sheet(plan, "summary");
    const early = summary.blocks
      .filter((b) => b.kind === "text" && b.at.row <= 4)
      .map((b) => (b.kind === "text" ? b.text : ""));
    expect(early).toContain(
      "• Only 1 month can be compared with a year earlier on financial years (Apr 2025 against Apr 2024). Calendar years would compare 4: choose them in the settings.",
    );
    expect(a.summary.title).toBe("Strategic assessment: Ashby, 2025/26 (partial: Apr–Dec)");
  });

  it("labels annualised rates as such, and shows n/a for none", () => {
    const headline = tables(plan).find((t) => t.name === "SA_Headline")!;
    expect(headline.columns.map((c) => c.header)).toContain("Per 1,000 residents (annualised)");
    const district = tables(plan).find((t) => t.name === "SA_ShareByDistrict")!;
    expect(district.columns.map((c) => c.header)).toContain("Crimes per 1,000 (annualised)");
  });
});

describe("a partial year between two complete ones", () => {
  const [, a, plan] = cases[3];

  it("is a blank column headed partial in the table, never 11 months beside 12", () => {
    expect(a.periodLabels).toEqual(["2022/23", "2023/24 (partial: Apr–Jul, Sep–Mar)", "2024/25"]);
    const trends = tables(plan).find((t) => t.name === "SA_Trends")!;
    const col = trends.columns.findIndex((c) => c.header === "2023/24 (partial)");
    expect(col).toBeGreaterThan(0);
    expect(trends.rows.every((r) => r[col] === null)).toBe(true);
    // Headline figures are for 2024/25; the change compares the 11 months both years hold.
    expect(a.lead.label).toBe("2024/25");
    expect(a.comparison!.label).toBe("Apr–Jul 2024, Sep 2024–Mar 2025 against Apr–Jul 2023, Sep 2023–Mar 2024");
  });

  it("is left out of the yearly charts: columns for 2022/23 and 2024/25 alone, counted by hand", () => {
    // Burglary is 60 - i in the i-th month present (Aug 2023 absent): 2022/23 holds i = 0..11, 60 down to 49;
    // 2024/25 holds i = 23..34, 37 down to 26. ASB: 20 a month, 40 in July, in both years.
    const burglary = (from: number, to: number) => ((from + to) * (from - to + 1)) / 2;
    expect([burglary(60, 49), burglary(37, 26)]).toEqual([654, 378]);
    const year = charts(plan).find((c) => c.name === "SA_YearChart")!;
    const asb = charts(plan).find((c) => c.name === "SA_YearAsbChart")!;
    for (const chart of [year, asb]) {
      expect(chart.type).toBe("columnClustered");
      expect(cellsIn(plan, chart.categories)).toEqual(["2022/23", "2024/25"]);
      expect(chart.valueAxisMin).toBe(0);
    }
    expect(cellsIn(plan, year.series[0].values)).toEqual([654, 378]);
    expect(cellsIn(plan, asb.series[0].values)).toEqual([11 * 20 + 40, 11 * 20 + 40]);
    expect(year.title).toBe("All crime by complete financial year, Ashby");
    expect(asb.title).toBe("Anti-social behaviour by complete financial year, Ashby");
    expect(year.altText).toBe(
      "All crime in Ashby in each complete financial year: 2022/23: 654; 2024/25: 378; 2023/24 partial, not shown.",
    );
    const yearly = tables(plan).find((t) => t.name === "SA_Yearly")!;
    const note = sheet(plan, "trends").blocks.find(
      (b) => b.kind === "text" && b.at.row === yearly.at.row + yearly.rows.length + 1,
    );
    expect(note?.kind === "text" && note.text).toBe(
      "Complete financial years only: 2023/24 is partial, so not charted (fewer months would look like a fall).",
    );
  });

  it("names the compared months once in a sentence, by period, when they have a gap", () => {
    expect(a.summary.sentences[1]).toMatch(
      /^Crime fell by \d+% in 2024\/25 compared with 2023\/24 \(over the 11 months both years hold, all but Aug\), from [\d,]+ to [\d,]+: a real fall, not chance\.$/,
    );
  });
});

it("shows n/a, never an error, for a district without a population", () => {
  const a = assess(readOf(gap), { ...base, population: { year: "Census 2021", byDistrict: { Ashby: 12000 } } });
  const plan = buildReportPlan(a);
  const district = tables(plan).find((t) => t.name === "SA_ShareByDistrict")!;
  const rate = district.columns.findIndex((c) => c.header === "Crimes per 1,000");
  expect(district.rows.find((r) => r[0] === "Brook")![rate]).toBe("n/a");
  const rates = tables(plan).find((t) => t.name === "SA_Rates")!;
  expect(rates.rows[0].slice(1)).toEqual(["n/a", 12, "n/a", "n/a"]); // region, Ashby 144 / 12,000 x 1,000, Brook, Carr
});
