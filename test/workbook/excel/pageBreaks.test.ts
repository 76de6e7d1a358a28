/**
 * Expected rows worked by hand: a printable A4 landscape page is 487 pt tall,
 * planned at 90% (438.3 pt) for safety; default rows are 15 pt (29 rows fit:
 * 435 pt), a title row 24 pt.
 */
import type { ChartPlan, SheetBlock, SheetPlan, TablePlan, TextPlan } from "../../../src/report/plan";
import { pageBreaks, printScale } from "../../../src/workbook/excel/pageBreaks";

const range = { sheet: "S", firstRow: 1, lastRow: 2, firstCol: 0, lastCol: 0 };
const chart = (fromRow: number, toRow: number): ChartPlan => ({
  kind: "chart",
  name: `C${fromRow}`,
  type: "line",
  title: "t",
  categories: range,
  series: [],
  from: { row: fromRow, col: 0 },
  to: { row: toRow, col: 6 },
  valueFormat: "integer",
});
const sheet = (blocks: SheetBlock[], extra: Partial<SheetPlan> = {}): SheetPlan => ({
  key: "trends",
  name: "S",
  tabColor: "000000",
  columnWidths: [],
  freezeRows: 0,
  blocks,
  print: { landscape: true, fitToWidth: true, title: "S" },
  ...extra,
});

describe("pageBreaks: charts", () => {
  it.each([
    ["a chart that fits on the first page", [chart(5, 25)], []],
    ["a chart that would cross the first break", [chart(20, 40)], [20]],
    ["a chart taller than a page", [chart(10, 50)], []],
    ["two charts that would each cross a break", [chart(20, 40), chart(45, 60)], [20, 45]],
  ])("%s", (_, blocks, expected) => {
    expect(pageBreaks(sheet(blocks))).toEqual(expected);
  });

  it("counts a taller title row", () => {
    // 29 default rows end at 435 pt, fitting; with a 24 pt title they end at 444 pt, past 438.3.
    expect(pageBreaks(sheet([chart(14, 29)]))).toEqual([]);
    expect(
      pageBreaks(sheet([{ kind: "text", at: { row: 0, col: 0 }, text: "T", style: "title" }, chart(14, 29)])),
    ).toEqual([14]);
  });

  it("leaves room for repeated header rows on pages after a break", () => {
    // A break at 20; that page holds 438.3 - 2 x 15 = 408.3 pt: rows 20-46 (405 pt) fit, rows 20-47 (420 pt) do not.
    expect(pageBreaks(sheet([chart(20, 40), chart(41, 47)], { freezeRows: 2 }))).toEqual([20]);
    expect(pageBreaks(sheet([chart(20, 40), chart(41, 48)], { freezeRows: 2 }))).toEqual([20, 41]);
  });

  it("never counts on an automatic break: a chart past the first page starts a page of its own", () => {
    // Rows 0-44 would hold an automatic break at full scale, but at a smaller scale it falls elsewhere.
    expect(pageBreaks(sheet([chart(45, 60)]))).toEqual([45]);
  });

  it("plans at full scale for a sheet narrower than the page", () => {
    // A chart over 6 default columns (64 px, 48 pt each: 288 pt) is narrower than the 770 pt page.
    expect(printScale(sheet([chart(20, 40)]))).toBe(1);
    expect(printScale(sheet([chart(20, 40)], { print: { landscape: true, fitToWidth: false, title: "S" } }))).toBe(1);
  });

  it("plans a sheet wider than the page at the scale fit-to-width prints it: more rows fit", () => {
    // A 200-character column is 200 x 7 + 5 = 1,405 px = 1,053.75 pt; the page is 842 - 72 = 770 pt wide,
    // so it prints at 770 / 1,053.75 = 73.1%, and 438.3 / 0.7307 = 599.8 pt fit: 39 default rows, not 40.
    const wide = { columnWidths: [200] };
    const narrowChart = (toRow: number) => ({ ...chart(20, toRow), to: { row: toRow, col: 1 } });
    expect(printScale(sheet([narrowChart(30)], wide))).toBeCloseTo(770 / 1053.75, 12);
    expect(pageBreaks(sheet([narrowChart(39)], wide))).toEqual([]);
    expect(pageBreaks(sheet([narrowChart(40)], wide))).toEqual([20]);
    // A column the blocks do not reach does not shrink the page.
    expect(pageBreaks(sheet([narrowChart(30)], { columnWidths: [8, 200] }))).toEqual([20]);
  });
});

const heading = (row: number, keepWithNext = true): TextPlan => ({
  kind: "text",
  at: { row, col: 0 },
  text: "Heading",
  style: "heading",
  keepWithNext,
});
const line = (row: number): TextPlan => ({ kind: "text", at: { row, col: 0 }, text: "A line", style: "body" });
const table = (headerRow: number, bodyRows: number): TablePlan => ({
  kind: "table",
  name: `T${headerRow}`,
  caption: "Caption",
  at: { row: headerRow, col: 0 },
  columns: [{ header: "A", format: "text" }],
  rows: Array.from({ length: bodyRows }, (_, i) => [`r${i}`]),
  highlights: [],
});

describe("pageBreaks: what the plan keeps together", () => {
  it("never leaves a heading alone at the foot of a page", () => {
    // Rows 0-27 are 420 pt and the heading 18 pt: it fits (438 pt), the line after it (453 pt) does not.
    expect(pageBreaks(sheet([heading(28), line(29)]))).toEqual([28]);
    expect(pageBreaks(sheet([heading(28, false), line(29)]))).toEqual([]);
    // One row higher, heading and line end at 438 pt, within the 438.3 pt page.
    expect(pageBreaks(sheet([heading(27), line(28)]))).toEqual([]);
  });

  it("keeps a heading with a table's caption, header and first row, not the whole table", () => {
    // Heading 25 (18 pt), caption 26, header 27, first row 28: 375 + 18 + 45 = 438 pt fits; the rest of the table may run on.
    expect(pageBreaks(sheet([heading(25), table(27, 20)]))).toEqual([]);
    expect(pageBreaks(sheet([heading(26), table(28, 20)]))).toEqual([26]);
  });

  it("keeps a whole chart with the heading above it", () => {
    // Heading 5, chart rows 6-20, note row 21 (13 pt): 75 + 18 + 225 + 13 = 331 pt, on page 1;
    // a second heading at 22 with a chart on rows 23-37 would end at 574 pt, so both start page 2.
    const noted = { ...chart(6, 21), altText: "x" };
    const blocks = [heading(5), noted, heading(22), chart(23, 38)];
    expect(pageBreaks(sheet(blocks))).toEqual([22]);
  });

  it("starts a page above a span of rows that would straddle one", () => {
    // Rows 0-30 are 465 pt; rows 2-5 fit on the first page.
    expect(pageBreaks(sheet([], { keepTogether: [{ fromRow: 26, toRow: 30 }] }))).toEqual([26]);
    expect(pageBreaks(sheet([], { keepTogether: [{ fromRow: 2, toRow: 5 }] }))).toEqual([]);
  });

  it("keeps overlapping spans together: the heading is not cut from the table it is kept with", () => {
    // The heading (25) is kept with rows 26-28; the table's own span runs to 30. Breaking at 26 would strand the heading.
    const blocks = [heading(25), table(27, 10)];
    expect(pageBreaks(sheet(blocks, { keepTogether: [{ fromRow: 26, toRow: 30 }] }))).toEqual([25]);
  });

  it("leaves a span taller than a page to break where it falls, and still keeps what overlaps it whole", () => {
    // Rows 5-40 (540 pt) cannot fit on any page; rows 30-33 end at 510 pt, past the first page.
    const spans = [
      { fromRow: 5, toRow: 40 },
      { fromRow: 30, toRow: 33 },
    ];
    expect(pageBreaks(sheet([], { keepTogether: spans }))).toEqual([30]);
  });

  it("counts the note under a chart towards the page, without keeping it with the chart", () => {
    // Rows 0-28 are 435 pt; a one-line note (13 pt) on row 29 would end at 448 pt,
    // past the 438.3 pt page, but the chart alone fits: the planner fills page 1 with the headline charts.
    expect(pageBreaks(sheet([{ ...chart(10, 29), altText: "All crime: 1,080" }]))).toEqual([]);
    // A three-line note (39 pt, in a 50.6-character chart: 200 characters need 147.3) on row 11 pushes
    // a chart on rows 12-28 from 435 pt to 459 pt.
    const noted = { ...chart(2, 11), altText: "a".repeat(200) };
    expect(pageBreaks(sheet([noted, chart(12, 29)]))).toEqual([12]);
    expect(pageBreaks(sheet([chart(2, 11), chart(12, 29)]))).toEqual([]);
  });

  it("plans later pages less the repeated rows: the plan's repeatRows, else its frozen rows", () => {
    // As the frozen-rows case above: a page after a break holds 408.3 pt with two 15 pt rows repeated.
    const charts = [chart(20, 40), chart(41, 48)];
    expect(pageBreaks(sheet(charts, { freezeRows: 0, repeatRows: 2 }))).toEqual([20, 41]);
    expect(pageBreaks(sheet(charts, { freezeRows: 2, repeatRows: 0 }))).toEqual([20]);
  });
});
