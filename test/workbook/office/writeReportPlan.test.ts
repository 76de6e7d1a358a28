/** Writing a report plan into a workbook through the fake Excel: what lands where. */
import { cellKey, sheetValues, type SheetModel } from "../../fakeExcel";
import { TONE_COLOURS } from "../../../src/report/plan";
import { writeReportPlan } from "../../../src/workbook/office/plan/writeReportPlan";
import { excelWithExtract, fakeRuntime } from "./excelFixture";
import { RISKY_TEXT, smallPlan, summaryTable, writeOptions } from "./planFixture";

async function written({ excelApi = "1.9" } = {}) {
  const excel = excelWithExtract(30, { excelApi });
  await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions());
  const sheet = (name: string) => excel.model.sheets.find((s) => s.name === name) as SheetModel;
  return { excel, sheet, summary: sheet("Summary"), trends: sheet("Trends") };
}

describe("writing a report plan", () => {
  it("adds the plan's sheets after the user's, in plan order, with no temporary sheets left", async () => {
    const { excel } = await written();
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Crimes 2023", "My notes", "Summary", "Trends"]);
  });

  it("writes text, caption, header, body and note where the plan puts them", async () => {
    const { summary } = await written();
    const values = sheetValues(summary);
    expect(values[0][0]).toBe("Strategic assessment: Knowsley");
    expect(values[2][0]).toBe(summaryTable.caption);
    expect(values[3]).toEqual(["Category", "2022/23", "2023/24", "Change", "Status"]);
    expect(values[4]).toEqual(["All crime", 1200, 1032, -0.14, "Green"]);
    expect(values[6].slice(2, 4)).toEqual(["", "new"]);
    // Header on row 3, four body rows on 4-7, the note directly below on row 8.
    expect(values[8][0]).toBe("All crime excludes anti-social behaviour.");
  });

  it("keeps text that starts with = + - @ as text, never a formula", async () => {
    const { summary, excel } = await written();
    const values = sheetValues(summary);
    expect([values[6][0], values[6][4], values[7][0], values[7][4]]).toEqual(RISKY_TEXT);
    expect(excel.model.sheets.flatMap((s) => [...s.formulas.values()])).toEqual([]);
  });

  it("keeps long formula-like text as text too, without Excel's #### for long text-formatted cells", async () => {
    const excel = excelWithExtract();
    const plan = smallPlan();
    const long = `=${"x".repeat(300)}`;
    plan.sheets[0].blocks.push({ kind: "text", at: { row: 20, col: 0 }, text: long, style: "note" });
    await writeReportPlan(fakeRuntime(excel), plan, writeOptions());
    const summary = excel.model.sheets.find((s) => s.name === "Summary")!;
    expect(sheetValues(summary)[20][0]).toBe(long);
    expect(summary.formulas.size).toBe(0);
    expect(summary.numberFormats.get(cellKey(20, 0))).toBe("General");
  });

  it("makes an Excel table with the final name over header and body, styled and banded", async () => {
    const { summary } = await written();
    expect(summary.tables).toHaveLength(1);
    expect(summary.tables[0]).toMatchObject({
      name: "SummaryTable",
      area: { r0: 3, c0: 0, rows: 5, cols: 5 },
      style: "TableStyleMedium2",
      showBandedRows: true,
    });
  });

  it("sets each column's number format, and text format on every string cell", async () => {
    const { summary } = await written();
    const format = (row: number, col: number) => summary.numberFormats.get(cellKey(row, col));
    expect([format(4, 0), format(4, 1), format(4, 2), format(4, 3)]).toEqual([
      "@",
      "#,##0",
      "#,##0",
      "+0.0%;-0.0%;0.0%",
    ]);
    expect(format(6, 3)).toBe("@"); // "new" in a percentage column
    expect(format(6, 2)).toBe("#,##0"); // a blank keeps its column's format
    expect(format(3, 1)).toBe("@"); // header "2022/23" is text, not a date
  });

  it("colours changes by polarity, RAG text by its tone, and adds data bars", async () => {
    const { summary } = await written();
    const rules = summary.conditionalFormats.map((f) => ({
      type: f.type,
      r0: f.area.r0,
      c0: f.area.c0,
      rows: f.area.rows,
      ...f.settings,
    }));
    expect(rules).toEqual([
      {
        // A formula rule, so "new" (text) in the change column is never coloured.
        type: "Custom",
        r0: 4,
        c0: 3,
        rows: 4,
        "custom.format.fill.color": `#${TONE_COLOURS.bad.fill}`,
        "custom.format.font.color": `#${TONE_COLOURS.bad.font}`,
        "custom.rule.formula": "=AND(ISNUMBER(D5),D5>0)",
      },
      {
        type: "Custom",
        r0: 4,
        c0: 3,
        rows: 4,
        "custom.format.fill.color": `#${TONE_COLOURS.good.fill}`,
        "custom.format.font.color": `#${TONE_COLOURS.good.font}`,
        "custom.rule.formula": "=AND(ISNUMBER(D5),D5<0)",
      },
      {
        type: "CellValue",
        r0: 4,
        c0: 4,
        rows: 4,
        "cellValue.format.fill.color": "#FFC7CE",
        "cellValue.format.font.color": "#9C0006",
        "cellValue.rule": { formula1: '="Red"', operator: "EqualTo" },
      },
      {
        type: "DataBar",
        r0: 4,
        c0: 2,
        rows: 4,
        "dataBar.lowerBoundRule": { type: "Number", formula: "0" },
        "dataBar.upperBoundRule": { type: "HighestValue" },
        "dataBar.positiveFormat.fillColor": "#5B9BD5",
        "dataBar.positiveFormat.gradientFill": false,
      },
    ]);
  });

  it("binds chart series to the table cells on their final sheets", async () => {
    const { trends } = await written();
    const charts = trends.charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.settings["title.text"],
      position: c.position,
      series: c.series.map((s) => [
        s.name,
        s.values && `${s.values.sheet.name}!${s.values.r0},${s.values.c0}x${s.values.rows}`,
        s.xValues && `${s.xValues.sheet.name}!${s.xValues.r0},${s.xValues.c0}x${s.xValues.rows}`,
      ]),
    }));
    expect(charts).toEqual([
      {
        name: "TrendChart",
        // With a marker on each point, as the xlsx writer draws lines.
        type: "LineMarkers",
        title: "Recorded crime by year",
        position: { start: "B9", end: "I24" },
        series: [
          ["All crime", "Trends!3,2x3", "Trends!3,1x3"],
          ["ASB", "Trends!3,3x3", "Trends!3,1x3"],
        ],
      },
      {
        name: "CategoryChart",
        type: "ColumnClustered",
        title: "This year against last, by category",
        position: { start: "K9", end: "R24" },
        series: [
          ["2022/23", "Summary!4,1x2", "Summary!4,0x2"],
          ["2023/24", "Summary!4,2x2", "Summary!4,0x2"],
        ],
      },
    ]);
    expect(trends.charts[0].settings["axes.valueAxis.title.text"]).toBe("Crimes");
    expect(trends.charts[0].settings["axes.valueAxis.numberFormat"]).toBe("#,##0");
  });

  it("checks that a chart's cells hold the plotted numbers", async () => {
    const { trends } = await written();
    const series = trends.charts[0].series[0];
    const area = series.values!;
    const plotted = Array.from({ length: area.rows }, (_, i) => sheetValues(area.sheet)[area.r0 + i][area.c0]);
    expect(plotted).toEqual([1300, 1200, 1032]);
  });

  it("sets tab colour, column widths in points, frozen rows and landscape fit-to-width printing", async () => {
    const { summary } = await written();
    expect(summary.tabColor).toBe("#1F3864");
    expect(summary.columnWidths.get(0)).toBeCloseTo((28 * 7 + 5) * 0.75, 1);
    expect(summary.freezeRows).toBe(1);
    expect(summary.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 54,
      bottomMargin: 54,
      headerMargin: 21.6,
      footerMargin: 21.6,
      "headersFooters.defaultForAllPages.leftHeader": "Strategic assessment: Knowsley && district",
      "headersFooters.defaultForAllPages.rightFooter": "Page &P of &N",
      printTitleRows: "$1:$1",
    });
  });

  it("skips page layout and axis formats where Excel only supports ExcelApi 1.7", async () => {
    const { summary, trends } = await written({ excelApi: "1.7" });
    expect(summary.pageLayout).toEqual({});
    expect(trends.charts[0].settings["axes.valueAxis.numberFormat"]).toBeUndefined();
  });

  it("suspends calculation in every batch that writes cells", async () => {
    const { excel } = await written();
    const writing = excel.syncs.filter((s) => s.operations.includes("range.values")).map((s) => s.number);
    expect(writing.length).toBeGreaterThan(0);
    expect(excel.calculationSuspendedAt).toEqual(writing);
  });

  it("saves the settings with the sheets' final names", async () => {
    const excel = excelWithExtract();
    const settings = {
      version: 1 as const,
      sourceIds: ["Crimes 2023"],
      settings: {
        area: "Knowsley",
        basis: "financial" as const,
        region: { includeOutOfArea: false },
        targets: [],
        polarity: {},
      },
      mappings: {},
    };
    await writeReportPlan(fakeRuntime(excel), smallPlan(), { settings });
    expect(JSON.parse(excel.model.settings.get("strategicAssessment") as string)).toEqual({
      ...settings,
      generation: 1,
      sheets: [
        { key: "summary", name: "Summary" },
        { key: "trends", name: "Trends" },
      ],
    });
  });
});

describe("wrapped text", () => {
  it("merges a long sentence across its columns, wraps it and makes its row tall enough", async () => {
    const excel = excelWithExtract();
    const plan = smallPlan();
    plan.sheets[0].blocks.push({
      kind: "text",
      at: { row: 22, col: 0 },
      text: "A long finding. ".repeat(20),
      style: "finding",
      wrap: { columns: 5, lines: 3 },
    });
    await writeReportPlan(fakeRuntime(excel), plan, writeOptions());
    const summary = excel.model.sheets.find((s) => s.name === "Summary")!;
    expect(summary.merges).toEqual([{ r0: 22, c0: 0, rows: 1, cols: 5 }]);
    const formatAt = (path: string) =>
      summary.formats.find((f) => f.area.r0 === 22 && f.path.join(".") === path)?.value;
    expect(formatAt("wrapText")).toBe(true);
    expect(formatAt("verticalAlignment")).toBe("Top");
    // Calibri 11 pt: 15 pt a line, three lines.
    expect(formatAt("rowHeight")).toBe(45);
  });
});
