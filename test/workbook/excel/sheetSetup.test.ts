/** Print setup and sizes as both writers apply them. */
import type { SheetPlan } from "../../../src/report/plan";
import { columnWidthPoints, inchesToPoints, printSetup } from "../../../src/workbook/excel/sheetSetup";

const sheet = (overrides: Partial<SheetPlan> = {}): SheetPlan => ({
  key: "summary",
  name: "Summary",
  tabColor: "1F3864",
  columnWidths: [30],
  freezeRows: 2,
  blocks: [],
  print: { landscape: true, fitToWidth: true, title: "Knowsley & Halton - Summary" },
  ...overrides,
});

describe("printSetup", () => {
  it("prints A4 landscape, one page wide, the title as a header with & doubled, page numbers in the footer", () => {
    expect(printSetup(sheet())).toEqual({
      paper: "A4",
      orientation: "landscape",
      fit: { pagesWide: 1, pagesTall: 0 },
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      header: { left: "Knowsley && Halton - Summary" },
      footer: { right: "Page &P of &N" },
      titleRows: { first: 0, last: 1 },
      pageBreaks: [],
    });
  });

  it("prints portrait at 100% with no title rows when the plan says so", () => {
    const setup = printSetup(sheet({ freezeRows: 0, print: { landscape: false, fitToWidth: false, title: "T" } }));
    expect(setup).toMatchObject({ orientation: "portrait", fit: null, titleRows: null });
  });

  it("repeats the plan's repeatRows when printing, else its frozen rows", () => {
    expect(printSetup(sheet({ freezeRows: 2, repeatRows: 1 })).titleRows).toEqual({ first: 0, last: 0 });
    expect(printSetup(sheet({ freezeRows: 2, repeatRows: 0 })).titleRows).toBeNull();
    expect(printSetup(sheet({ freezeRows: 0, repeatRows: 3 })).titleRows).toEqual({ first: 0, last: 2 });
  });

  it("breaks the page above a chart that would be cut in two", () => {
    const range = { sheet: "Summary", firstRow: 1, lastRow: 2, firstCol: 0, lastCol: 0 };
    const chart = {
      kind: "chart" as const,
      name: "C",
      type: "line" as const,
      title: "C",
      categories: range,
      series: [{ name: "S", nameRef: range, values: range }],
      valueFormat: "integer" as const,
    };
    // 15 pt rows: a chart on rows 20-39 ends at 600 pt, past the 438.3 pt planned page, so it starts a page.
    const withChart = sheet({
      freezeRows: 0,
      blocks: [{ ...chart, from: { row: 20, col: 0 }, to: { row: 40, col: 6 } }],
    });
    expect(printSetup(withChart).pageBreaks).toEqual([20]);
  });
});

describe("sizes in points", () => {
  it.each([
    [10, 56.25], // (10 x 7 + 5) px x 0.75
    [30, 161.25],
  ])("a column %i characters wide is %f points", (characters, points) => {
    expect(columnWidthPoints(characters)).toBe(points);
  });

  it("turns inch margins into points", () => {
    expect([0.5, 0.75, 0.3].map(inchesToPoints)).toEqual([36, 54, 21.6]);
  });
});
