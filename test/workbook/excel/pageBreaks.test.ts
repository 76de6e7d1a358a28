/**
 * Expected rows worked by hand: a printable A4 landscape page is 487 pt tall,
 * planned at 90% (438.3 pt) for safety; default rows are 15 pt (29 rows fit:
 * 435 pt), a title row 24 pt.
 */
import type { ChartPlan, SheetBlock, SheetPlan } from "../../../src/report/plan";
import { chartPageBreaks } from "../../../src/workbook/excel/pageBreaks";

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

describe("chartPageBreaks", () => {
  it.each([
    ["a chart that fits on the first page", [chart(5, 25)], []],
    ["a chart that would cross the first break", [chart(20, 40)], [20]],
    ["a chart taller than a page", [chart(10, 50)], []],
    ["two charts that would each cross a break", [chart(20, 40), chart(45, 60)], [20, 45]],
  ])("%s", (_, blocks, expected) => {
    expect(chartPageBreaks(sheet(blocks))).toEqual(expected);
  });

  it("counts a taller title row", () => {
    // 29 default rows end at 435 pt, fitting; with a 24 pt title they end at 444 pt, past 438.3.
    expect(chartPageBreaks(sheet([chart(14, 29)]))).toEqual([]);
    expect(
      chartPageBreaks(sheet([{ kind: "text", at: { row: 0, col: 0 }, text: "T", style: "title" }, chart(14, 29)])),
    ).toEqual([14]);
  });

  it("leaves room for repeated header rows on pages after a break", () => {
    // A break at 20; that page holds 438.3 - 2 x 15 = 408.3 pt: rows 20-46 (405 pt) fit, rows 20-47 (420 pt) do not.
    expect(chartPageBreaks(sheet([chart(20, 40), chart(41, 47)], { freezeRows: 2 }))).toEqual([20]);
    expect(chartPageBreaks(sheet([chart(20, 40), chart(41, 48)], { freezeRows: 2 }))).toEqual([20, 41]);
  });

  it("never counts on an automatic break: a chart past the first page starts a page of its own", () => {
    // Rows 0-44 would hold an automatic break at full scale, but at a smaller scale it falls elsewhere.
    expect(chartPageBreaks(sheet([chart(45, 60)]))).toEqual([45]);
  });

  it("plans at full scale however wide the sheet: fit-to-width only lets more rows fit", () => {
    // Even with a 200-character column (printed at about 73%), 29 default rows (435 pt) is the page.
    const wide = { columnWidths: [200] };
    const narrowChart = (toRow: number) => ({ ...chart(20, toRow), to: { row: toRow, col: 1 } });
    expect(chartPageBreaks(sheet([narrowChart(29)], wide))).toEqual([]);
    expect(chartPageBreaks(sheet([narrowChart(30)], wide))).toEqual([20]);
  });
});
