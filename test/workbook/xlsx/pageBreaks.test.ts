/**
 * Expected rows worked by hand: a printable A4 landscape page is 487 pt tall,
 * planned at 90% (438.3 pt) for safety; default rows are 15 pt (29 rows fit:
 * 435 pt), a title row 24 pt.
 */
import type { ChartPlan, SheetBlock, SheetPlan } from "../../../src/report/plan";
import { chartPageBreaks, fitToWidthScale } from "../../../src/workbook/xlsx/pageBreaks";

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

  it("leaves room for repeated header rows on later pages", () => {
    // Page 1 holds rows 0-28; page 2 starts at 29 with 438.3 - 2 x 15 = 408.3 pt.
    // Rows 29-55 take 405 pt (fits); rows 29-56 take 420 pt (does not).
    expect(chartPageBreaks(sheet([chart(40, 56)], { freezeRows: 2 }))).toEqual([]);
    expect(chartPageBreaks(sheet([chart(40, 57)], { freezeRows: 2 }))).toEqual([40]);
  });

  it("allows for the fit-to-width scale", () => {
    // One 200-character column: (1400 + 5) px x 0.75 = 1053.75 pt; 770 / 1053.75 = 0.7307 -> 73%.
    const wide = { columnWidths: [200] };
    expect(
      fitToWidthScale(
        sheet(
          [chart(0, 1)].map((c) => ({ ...c, to: { row: 1, col: 1 } })),
          wide,
        ),
      ),
    ).toBe(0.73);
    // At 73% a page holds 438.3 / 0.73 = 600.4 pt: rows 0-39 (600 pt) fit, rows 0-40 (615 pt) do not.
    const narrowChart = (toRow: number) => ({ ...chart(30, toRow), to: { row: toRow, col: 1 } });
    expect(chartPageBreaks(sheet([narrowChart(40)], wide))).toEqual([]);
    expect(chartPageBreaks(sheet([narrowChart(41)], wide))).toEqual([30]);
  });
});

describe("fitToWidthScale", () => {
  it("is 100% when the used columns fit", () => {
    expect(fitToWidthScale(sheet([chart(0, 5)], { columnWidths: [10, 10, 10, 10, 10, 10] }))).toBe(1);
  });
});
