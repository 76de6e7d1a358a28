/** The chart looks both writers translate: legend, axes, highlighted points, and the alt-text note under a chart. */
import type { ChartPlan, SheetPlan } from "../../../src/report/plan";
import { chartAxesLook, legendPosition, pointHighlight } from "../../../src/workbook/excel/chartLook";
import { chartNote, writtenBlocks } from "../../../src/workbook/excel/chartNotes";

const range = { sheet: "S", firstRow: 1, lastRow: 3, firstCol: 0, lastCol: 0 };
const chart = (overrides: Partial<ChartPlan> = {}): ChartPlan => ({
  kind: "chart",
  name: "C",
  type: "columnClustered",
  title: "Crime by year",
  categories: range,
  series: [{ name: "All crime", nameRef: range, values: range }],
  from: { row: 5, col: 1 },
  to: { row: 21, col: 5 },
  valueFormat: "integer",
  ...overrides,
});
const sheet = (blocks: SheetPlan["blocks"], columnWidths: number[] = []): SheetPlan => ({
  key: "trends",
  name: "S",
  tabColor: "000000",
  columnWidths,
  freezeRows: 0,
  blocks,
  print: { landscape: true, fitToWidth: true, title: "S" },
});

describe("legend", () => {
  it.each([
    [undefined, "bottom"],
    [true, "bottom"],
    [false, null],
  ] as const)("legend %p is drawn at %p", (legend, expected) => {
    expect(legendPosition(chart({ legend }))).toBe(expected);
  });
});

describe("axes", () => {
  it("titles a column chart's value axis upwards and its category axis along the bottom", () => {
    expect(
      chartAxesLook(chart({ yAxisTitle: "Crimes", xAxisTitle: "Year", valueAxisMin: 0, valueAxisMax: 4 })),
    ).toEqual({
      categoriesReversed: false,
      valueAxisCrossesAtMaxCategory: false,
      valueAxisMin: 0,
      valueAxisMax: 4,
      valueAxisTitle: { text: "Crimes", rotation: -90 },
      categoryAxisTitle: { text: "Year", rotation: 0 },
    });
  });

  it("turns the titles with the axes of horizontal bars, and leaves out what the plan leaves out", () => {
    expect(chartAxesLook(chart({ type: "barClustered", yAxisTitle: "Share", xAxisTitle: "District" }))).toEqual({
      categoriesReversed: true,
      valueAxisCrossesAtMaxCategory: true,
      valueAxisMin: null,
      valueAxisMax: null,
      valueAxisTitle: { text: "Share", rotation: 0 },
      categoryAxisTitle: { text: "District", rotation: -90 },
    });
    expect(chartAxesLook(chart())).toMatchObject({ valueAxisTitle: null, categoryAxisTitle: null });
  });
});

describe("highlighted point", () => {
  it("fills a bar, and colours a line's marker so the line keeps its series colour", () => {
    const highlight = { index: 2, colour: "C55A11" };
    expect(pointHighlight(chart({ highlight }))).toEqual({ index: 2, colour: "C55A11", part: "fill" });
    expect(pointHighlight(chart({ type: "line", highlight }))).toEqual({ index: 2, colour: "C55A11", part: "marker" });
    expect(pointHighlight(chart())).toBeNull();
  });
});

describe("the alt-text note under a chart", () => {
  const altText = "All crime in Northtown: 1,080 in 2024/25, 10.0% below 2023/24 (1,080 against 1,200); ".repeat(2);

  it("sits in the row below the chart, across its columns, in lines worked from their widths", () => {
    // Columns B-E: 20 + 10 + 10 + 8.43 (unset) = 48.43 characters. 170 characters of 9 pt text
    // at 0.9 x 9/11 of a character each take 125.2 characters of width: 2.6, so 3 lines.
    expect(altText).toHaveLength(170);
    const planned = chart({ altText });
    expect(chartNote(planned, sheet([planned], [30, 20, 10, 10]))).toEqual({
      kind: "text",
      at: { row: 21, col: 1 },
      text: altText,
      style: "note",
      wrap: { columns: 4, lines: 3 },
    });
  });

  it("takes one line for a short alt text, and none without alt text", () => {
    expect(chartNote(chart({ altText: "1,080 crimes." }), sheet([]))?.wrap).toEqual({ columns: 4, lines: 1 });
    expect(chartNote(chart(), sheet([]))).toBeNull();
  });

  it("is written after the plan's own blocks, one for each chart with alt text", () => {
    const withText = chart({ altText: "1,080 crimes." });
    const without = chart({ name: "D", from: { row: 25, col: 1 }, to: { row: 40, col: 5 } });
    const blocks = writtenBlocks(sheet([withText, without]));
    expect(blocks.slice(0, 2)).toEqual([withText, without]);
    expect(blocks.slice(2)).toEqual([chartNote(withText, sheet([]))]);
  });
});
