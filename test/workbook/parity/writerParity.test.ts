/**
 * Writer parity: one plan written by the xlsx writer (read back from the file) and
 * by the Office writer (read back from the fake Excel) must show the same thing,
 * cell by cell and setting by setting. A few anchors check that what both show is
 * what the plan asks for, so two empty read-backs cannot pass as equal.
 */
import { ALT_TEXTS, parityPlan, LONG_FORMULA_LIKE_TEXT } from "../../fixtures/plans/parityPlan";
import { TRENDS_SHEET } from "../../fixtures/plans/smallAssessmentPlan";
import type { ChartPlan } from "../../../src/report/plan";
import { readOfficeBack } from "./readOfficeBack";
import { readXlsxBack, type SheetReadBack } from "./readXlsxBack";
import { a1, type CellShown, type ChartShown } from "./writtenLook";

let xlsx: Map<string, SheetReadBack>;
let office: Map<string, SheetReadBack>;

beforeAll(async () => {
  [xlsx, office] = await Promise.all([readXlsxBack(parityPlan), readOfficeBack(parityPlan)]);
}, 60_000);

const sheetNames = parityPlan.sheets.map((sheet) => sheet.name);
const both = (name: string) => ({ file: xlsx.get(name)!, excel: office.get(name)! });

/** Every cell of the area either writer used, where the two differ in `pick`. */
function cellDifferences(name: string, pick: (cell: CellShown) => unknown): string[] {
  const { file, excel } = both(name);
  const rows = Math.max(file.extent.rows, excel.extent.rows);
  const cols = Math.max(file.extent.cols, excel.extent.cols);
  const differences: string[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const inFile = JSON.stringify(pick(file.cellAt(row, col)));
      const inExcel = JSON.stringify(pick(excel.cellAt(row, col)));
      if (inFile !== inExcel) differences.push(`${a1(row, col)}: xlsx ${inFile}, Office ${inExcel}`);
    }
  }
  return differences;
}

const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();

/** A chart as shown, less its own alt text: Office.js cannot set one (see src/workbook/excel/README.md). */
const withoutAltText = (charts: ChartShown[]) => charts.map(({ altText: _altText, ...rest }) => rest);

const planCharts = parityPlan.sheets.flatMap((sheet) =>
  sheet.blocks.flatMap((block) => (block.kind === "chart" ? [{ sheet: sheet.name, chart: block as ChartPlan }] : [])),
);

it("writes the same sheets", () => {
  expect([...xlsx.keys()]).toEqual(sheetNames);
  expect([...office.keys()]).toEqual(sheetNames);
});

describe.each(sheetNames)("%s", (name) => {
  it("holds the same values in the same number formats, text as text", () => {
    expect(cellDifferences(name, (cell) => [cell.value, cell.format])).toEqual([]);
  });

  it("gives every cell the same font, fill and alignment", () => {
    expect(
      cellDifferences(name, ({ font, fill, horizontal, indent, wrap, vertical }) => [
        font,
        fill,
        horizontal,
        indent,
        wrap,
        vertical,
      ]),
    ).toEqual([]);
  });

  it("has the same tab colour, column widths, frozen rows, row heights and merges", () => {
    const { file, excel } = both(name);
    const pick = (sheet: SheetReadBack) => {
      const { tabColour, columnWidths, freezeRows, rowHeights, merges } = sheet.shown;
      return { tabColour, columnWidths, freezeRows, rowHeights, merges };
    };
    expect(pick(excel)).toEqual(pick(file));
  });

  it("has the same conditional formats: range, rule and colours", () => {
    const { file, excel } = both(name);
    expect(sorted(excel.shown.conditionalFormats)).toEqual(sorted(file.shown.conditionalFormats));
  });

  it("has the same tables: name, range, style, banding and header", () => {
    const { file, excel } = both(name);
    expect(excel.shown.tables).toEqual(file.shown.tables);
  });

  it("has the same charts: type, title, legend, series, highlighted points, categories, axes and position", () => {
    const { file, excel } = both(name);
    expect(withoutAltText(excel.shown.charts)).toEqual(withoutAltText(file.shown.charts));
  });

  it("prints the same: paper, orientation, fit, margins, header, footer, title rows and page breaks", () => {
    const { file, excel } = both(name);
    expect(excel.shown.print).toEqual(file.shown.print);
  });
});

describe("alt text: the file's own, and in both a note under the chart", () => {
  it.each(planCharts.map(({ sheet, chart }) => [chart.name, sheet, chart] as const))("%s", (_name, sheet, chart) => {
    const shown = (side: Map<string, SheetReadBack>) =>
      side.get(sheet)!.shown.charts.find((c) => c.name === chart.name)!;
    // The file carries it as Excel's Alt Text; Office.js has no alt text on a chart.
    expect(shown(xlsx).altText).toBe(ALT_TEXTS[chart.name]);
    expect(shown(office).altText).toBeNull();
    // Both write it in the row below the chart, merged across the chart's columns, as a note.
    const [row, col] = shown(xlsx).to;
    for (const side of [xlsx, office]) {
      const note = side.get(sheet)!;
      expect(note.cellAt(row, shown(xlsx).from[1])).toMatchObject({
        value: ALT_TEXTS[chart.name],
        format: "@",
        font: { size: 9, italic: true },
        wrap: true,
      });
      expect(note.shown.merges).toContain(`${a1(row, shown(xlsx).from[1])}:${a1(row, col - 1)}`);
    }
  });
});

describe("what both writers show is what the plan asks for", () => {
  const cell = (name: string, address: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    return xlsx.get(name)!.cellAt(Number(digits) - 1, letters.charCodeAt(0) - 65);
  };

  it('keeps "new" in a percentage column as text, right-aligned, and keeps "=" text as text', () => {
    expect(cell("Summary", "E14")).toMatchObject({ value: "new", format: "@", horizontal: "right" });
    expect(cell("Summary", "A6")).toMatchObject({ value: "=1+1", format: "@" });
    expect(cell("Summary", "A15")).toMatchObject({ value: "=2+3", format: "@" });
  });

  it("colours signs only where the cell holds a number", () => {
    const signRules = xlsx.get("Summary")!.shown.conditionalFormats.filter((f) => f.range === "E12:E15");
    expect(signRules.map((f) => f.formula)).toEqual(["AND(ISNUMBER(E12),E12>0)", "AND(ISNUMBER(E12),E12<0)"]);
  });

  it("starts data bars at zero, or at the lowest value over negative numbers", () => {
    const bars = (name: string) =>
      xlsx.get(name)!.shown.conditionalFormats.flatMap((f) => (f.bar ? [[f.range, f.bar.start, f.bar.colour]] : []));
    expect(bars("Summary")).toEqual([["G12:G15", "0", "5B9BD5"]]);
    expect(bars("Data & quality")).toEqual([["D13:D15", "min", "5B9BD5"]]);
  });

  it("makes an empty table a real table with one blank body row, its note below", () => {
    const quality = xlsx.get("Data & quality")!;
    expect(quality.shown.tables[0]).toMatchObject({ name: "RowsSetAside", range: "A6:B7" });
    expect([cell("Data & quality", "A7").value, cell("Data & quality", "A8").value]).toEqual([
      null,
      "Nothing was set aside.",
    ]);
  });

  it("keeps long formula-like text as text in the General format, and wraps the long sentence", () => {
    expect(cell("Data & quality", "A3")).toMatchObject({ value: LONG_FORMULA_LIKE_TEXT, format: "General" });
    expect(xlsx.get("Data & quality")!.shown.merges).toEqual(["A2:D2"]);
    expect(xlsx.get("Data & quality")!.shown.rowHeights).toMatchObject({ 1: 45 });
  });

  it("repeats the plan's repeated rows when printing, breaks the page above a chart, and escapes & in the header", () => {
    // The summary freezes two rows but repeats one.
    expect(xlsx.get("Summary")!.shown).toMatchObject({ freezeRows: 2, print: { titleRows: "$1:$1" } });
    expect(xlsx.get(TRENDS_SHEET)!.shown.print.pageBreaks).toEqual([18]);
    expect(xlsx.get("Data & quality")!.shown.print).toMatchObject({
      orientation: "portrait",
      fit: null,
      titleRows: null,
      header: "&LNorthtown - Data && quality",
      footer: "&RPage &P of &N",
    });
  });

  it("binds a bar chart's series to the table and lists the first category at the top", () => {
    expect(xlsx.get("Share of region")!.shown.charts[0]).toMatchObject({
      type: "BarClustered",
      categoriesReversed: true,
      valueAxisAtMaxCategory: true,
      series: [{ name: "Share", values: "'Share of region'!$B$3:$B$5", categories: "'Share of region'!$A$3:$A$5" }],
    });
  });

  it("draws a one-series bar chart from zero to its fixed maximum with no legend, both axes titled, the focus area's bar in orange", () => {
    expect(xlsx.get("Share of region")!.shown.charts[0]).toMatchObject({
      legend: "none",
      valueAxisMin: 0,
      valueAxisMax: 100,
      categoryAxisTitle: "District",
      valueAxisTitle: "Share of crime",
      series: [{ colour: "1F5F99", points: [{ index: 0, fill: "C55A11", marker: null }] }],
    });
  });

  it("picks out a line chart's point by its marker in every series, and keeps a legend where there are two", () => {
    const trend = xlsx.get(TRENDS_SHEET)!.shown.charts[0];
    expect(trend).toMatchObject({ legend: "Bottom", valueAxisMin: 300, categoryAxisTitle: "Financial year" });
    expect(trend.series.map((s) => s.points)).toEqual([
      [{ index: 1, fill: null, marker: "C55A11" }],
      [{ index: 1, fill: null, marker: "C55A11" }],
    ]);
  });

  it("draws the group's mean and limits as lines over the ranked bars, limits dashed, the area's bar alone highlighted", () => {
    const chart = xlsx.get("Comparisons")!.shown.charts[0];
    expect(chart).toMatchObject({ type: "ColumnClustered", legend: "Bottom", valueAxisMin: 0 });
    expect(chart.series.map((s) => [s.name, s.chartType, s.colour, s.lineWidth, s.dash, s.marker, s.values])).toEqual([
      ["Per 1,000", null, "1F5F99", null, null, null, "'Comparisons'!$B$4:$B$7"],
      ["Group mean", "Line", "262626", 2, null, null, "'Comparisons'!$C$4:$C$7"],
      ["Lower limit", "Line", "595959", 1.5, "dash", null, "'Comparisons'!$D$4:$D$7"],
      ["Upper limit", "Line", "595959", 1.5, "dash", null, "'Comparisons'!$E$4:$E$7"],
    ]);
    expect(chart.series.map((s) => s.points)).toEqual([[{ index: 0, fill: "C55A11", marker: null }], [], [], []]);
    expect(chart.series.every((s) => s.categories === "'Comparisons'!$A$4:$A$7")).toBe(true);
  });

  it("shows whole percentages", () => {
    expect(cell("Data & quality", "B28")).toMatchObject({ value: 0.924, format: "0%" });
  });

  it("keeps a heading with the table it introduces on one printed page", () => {
    // Rows 1-29 at 24 + 45 + 22 x 15 + 18 (the heading, row 25) + 4 x 15 = 477 pt overrun the 438.3 pt page;
    // the heading alone (to 417 pt) would fit, so the break goes above it rather than between them.
    expect(xlsx.get("Data & quality")!.shown.print.pageBreaks).toEqual([24]);
  });
});

describe("where Excel offers only ExcelApi 1.7 (the manifest's minimum)", () => {
  it("the Office writer leaves print setup to Excel's defaults and axis formats to the data, and matches the file otherwise", async () => {
    const older = await readOfficeBack(parityPlan, "1.7");
    const trends = older.get(TRENDS_SHEET)!.shown;
    expect(trends.print).toMatchObject({ paper: "", orientation: "", fit: null, titleRows: null, pageBreaks: [] });
    expect(trends.charts.map((chart) => chart.valueAxisFormat)).toEqual(["General", "General"]);
    expect(older.get("Share of region")!.shown.charts[0].valueAxisAtMaxCategory).toBe(false);
    for (const name of sheetNames) {
      const { print: _print, charts, ...rest } = older.get(name)!.shown;
      const { print: _filePrint, charts: fileCharts, ...fileRest } = xlsx.get(name)!.shown;
      expect(rest).toEqual({ ...fileRest, conditionalFormats: rest.conditionalFormats });
      expect(sorted(rest.conditionalFormats)).toEqual(sorted(fileRest.conditionalFormats));
      // Legends, axis titles and minimums, and highlighted points are ExcelApi 1.1 (markers 1.7): all drawn.
      const olderLook = ({ valueAxisFormat: _f, valueAxisAtMaxCategory: _m, ...look }: Omit<ChartShown, "altText">) =>
        look;
      expect(withoutAltText(charts).map(olderLook)).toEqual(withoutAltText(fileCharts).map(olderLook));
    }
  });
});
