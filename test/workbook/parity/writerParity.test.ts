/**
 * Writer parity: one plan written by the xlsx writer (read back from the file) and
 * by the Office writer (read back from the fake Excel) must show the same thing,
 * cell by cell and setting by setting. A few anchors check that what both show is
 * what the plan asks for, so two empty read-backs cannot pass as equal.
 */
import { parityPlan, LONG_FORMULA_LIKE_TEXT } from "../../fixtures/plans/parityPlan";
import { TRENDS_SHEET } from "../../fixtures/plans/smallAssessmentPlan";
import { readOfficeBack } from "./readOfficeBack";
import { readXlsxBack, type SheetReadBack } from "./readXlsxBack";
import { a1, type CellShown } from "./writtenLook";

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

  it("has the same charts: type, title, series, categories, axes and position", () => {
    const { file, excel } = both(name);
    expect(excel.shown.charts).toEqual(file.shown.charts);
  });

  it("prints the same: paper, orientation, fit, margins, header, footer, title rows and page breaks", () => {
    const { file, excel } = both(name);
    expect(excel.shown.print).toEqual(file.shown.print);
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

  it("repeats the frozen rows when printing, breaks the page above a chart, and escapes & in the header", () => {
    expect(xlsx.get("Summary")!.shown.print.titleRows).toBe("$1:$2");
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
});

describe("where Excel offers only ExcelApi 1.7 (the manifest's minimum)", () => {
  it("the Office writer leaves print setup to Excel's defaults and axis formats to the data, and matches the file otherwise", async () => {
    const older = await readOfficeBack(parityPlan, "1.7");
    const trends = older.get(TRENDS_SHEET)!.shown;
    expect(trends.print).toMatchObject({ paper: "", orientation: "", fit: null, titleRows: null, pageBreaks: [] });
    expect(trends.charts.map((chart) => chart.valueAxisFormat)).toEqual(["General", "General"]);
    expect(older.get("Share of region")!.shown.charts[0].valueAxisAtMaxCategory).toBe(false);
    for (const name of sheetNames) {
      const { print: _print, charts: _charts, ...rest } = older.get(name)!.shown;
      const { print: _filePrint, charts: _fileCharts, ...fileRest } = xlsx.get(name)!.shown;
      expect(rest).toEqual({ ...fileRest, conditionalFormats: rest.conditionalFormats });
      expect(sorted(rest.conditionalFormats)).toEqual(sorted(fileRest.conditionalFormats));
    }
  });
});
