/**
 * The demo's real plan: the seeded Northshire sample assessed by the command line
 * as `npm run demo` runs it (src/cli/demo.ts). Every chart's message in words (its
 * alt text) carries a number that its table shows, read back from what each writer
 * wrote: the file the command line saved (the chart's own alt text, and the note
 * under it), and the Office writer's sheets in the fake Excel (the note under the
 * chart, as Office.js has no alt text on a chart).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runAssessment } from "../../src/cli/assessCommand";
import { buildReportPlan } from "../../src/report/buildReportPlan";
import type { ChartPlan, ReportPlan } from "../../src/report/plan";
import { describeSample, generatePoliceUkExtract, toCsvText } from "../../src/sample/generateExtract";
import { readOfficeBack } from "./parity/readOfficeBack";
import { readXlsxBack, type SheetReadBack } from "./parity/readXlsxBack";
import { parseA1, type ChartShown } from "./parity/writtenLook";

/**
 * A number as Excel shows it in the formats the plan uses, worked out here from the
 * format strings (UK grouping), not by the writers' code. An unknown format fails
 * the test rather than be skipped.
 */
function displayed(value: number, format: string): string {
  const grouped = (n: number, decimals: number) =>
    n.toLocaleString("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const signed = (text: string, n: number) => (n > 0 ? `+${text}` : n < 0 ? `-${text}` : text);
  switch (format) {
    case "#,##0":
      return grouped(value, 0);
    case "#,##0.0":
      return grouped(value, 1);
    case "#,##0.00":
      return grouped(value, 2);
    case "0%":
      return `${(value * 100).toFixed(0)}%`;
    case "0.0%":
      return `${(value * 100).toFixed(1)}%`;
    case "+0.0%;-0.0%;0.0%":
      return signed(`${Math.abs(value * 100).toFixed(1)}%`, value);
    case "+#,##0;-#,##0;0":
      return signed(grouped(Math.abs(value), 0), value);
    default:
      throw new Error(`no display rule for the format ${format}`);
  }
}

/** "'Share of region'!$B$3:$B$7" -> the sheet and its 0-based cells. */
function cellsOf(formula: string): { sheet: string; cells: [number, number][] } {
  const bang = formula.lastIndexOf("!");
  const sheet = formula.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const [first, last = first] = formula
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":")
    .map(parseA1);
  const cells: [number, number][] = [];
  for (let row = first[0]; row <= last[0]; row++)
    for (let col = first[1]; col <= last[1]; col++) cells.push([row, col]);
  return { sheet, cells };
}

/** The numbers a chart plots, as its table shows them. */
function plottedNumbers(side: Map<string, SheetReadBack>, chart: ChartShown): string[] {
  return chart.series.flatMap((series) => {
    const { sheet, cells } = cellsOf(series.values);
    return cells.flatMap(([row, col]) => {
      const cell = side.get(sheet)!.cellAt(row, col);
      return typeof cell.value === "number" ? [displayed(cell.value, cell.format)] : [];
    });
  });
}

/** The note written in the row below a chart, from its first column. */
function noteUnder(side: Map<string, SheetReadBack>, sheet: string, chart: ChartShown): string | number | null {
  return side.get(sheet)!.cellAt(chart.to[0], chart.from[1]).value;
}

let dir: string;
let plan: ReportPlan;
let xlsx: Map<string, SheetReadBack>;
let office: Map<string, SheetReadBack>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "demo-alt-"));
  const extract = join(dir, "northshire-street.csv");
  writeFileSync(extract, toCsvText(generatePoliceUkExtract()));
  const targets = join(dir, "northshire-targets.csv");
  copyFileSync(join(__dirname, "..", "..", "samples", "northshire-targets.csv"), targets);
  const out = join(dir, "demo-assessment.xlsx");
  // As runDemo does, with a fixed date so the plan does not depend on the day.
  const outcome = await runAssessment({
    inputs: [extract],
    area: describeSample().fallingDistrict,
    targets,
    out,
    producedOn: "2026-01-15",
  });
  plan = buildReportPlan(outcome.assessment);
  expect(outcome.sheetNames).toEqual(plan.sheets.map((s) => s.name));
  [xlsx, office] = await Promise.all([readXlsxBack(plan, new Uint8Array(readFileSync(out))), readOfficeBack(plan)]);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chartsOf = (p: ReportPlan) =>
  p.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) => (block.kind === "chart" ? [{ sheet: sheet.name, chart: block as ChartPlan }] : [])),
  );

it("has charts on several sheets, each with alt text", () => {
  const charts = chartsOf(plan);
  expect(new Set(charts.map((c) => c.sheet)).size).toBeGreaterThanOrEqual(4);
  for (const { chart } of charts) expect(chart.altText?.length).toBeGreaterThan(0);
});

describe("the file the command line saved", () => {
  it("gives every chart alt text holding a number its table shows, and writes it under the chart too", () => {
    for (const { sheet, chart } of chartsOf(plan)) {
      const shown = xlsx.get(sheet)!.shown.charts.find((c) => c.name === chart.name)!;
      const numbers = plottedNumbers(xlsx, shown);
      expect({ chart: chart.name, found: numbers.some((n) => shown.altText!.includes(n)) }).toEqual({
        chart: chart.name,
        found: true,
      });
      expect(noteUnder(xlsx, sheet, shown)).toBe(shown.altText);
    }
  });
});

describe("the Office writer", () => {
  it("writes every chart's alt text under it, holding a number its table shows", () => {
    for (const { sheet, chart } of chartsOf(plan)) {
      const shown = office.get(sheet)!.shown.charts.find((c) => c.name === chart.name)!;
      const note = noteUnder(office, sheet, shown);
      expect(typeof note).toBe("string");
      const numbers = plottedNumbers(office, shown);
      expect({ chart: chart.name, found: numbers.some((n) => (note as string).includes(n)) }).toEqual({
        chart: chart.name,
        found: true,
      });
    }
  });
});
