/** The fake refuses what Excel refuses: unknown enum values, bad colours, non-booleans, and impossible shapes. */
import { FakeExcel, newWorkbook, snapshotWorkbook } from "./index";
import type { FakeContext } from "./context";

type Batch = (context: FakeContext) => void;

function excelWithData(): FakeExcel {
  const excel = new FakeExcel(
    newWorkbook({
      Data: [
        ["Year", "Count"],
        ["2023", 5],
        ["2024", 7],
      ],
      Other: [],
    }),
    { excelApi: "1.9" },
  );
  excel.model.names.push({ name: "Marker", formula: "=Data!$A$1", comment: "", visible: true });
  return excel;
}

const data = (context: FakeContext) => context.workbook.worksheets.getItem("Data");
const cell = (context: FakeContext) => data(context).getRange("A1");
const chart = (context: FakeContext) => data(context).charts.add("Line", data(context).getRange("B2:B3"), "Columns");
const table = (context: FakeContext) => data(context).tables.add("A1:B3", true);

/** Runs a batch on a fresh workbook; resolves to the error code, or "ok". */
async function outcome(batch: Batch): Promise<string> {
  const excel = excelWithData();
  return excel
    .run(async (context) => batch(context))
    .then(
      () => "ok",
      (error) => error.code,
    );
}

describe("enums", () => {
  it.each<[string, Batch]>([
    ["a page orientation", (c) => (data(c).pageLayout.orientation = "landscape")],
    ["a conditional format type", (c) => cell(c).conditionalFormats.add("cellValue")],
    [
      "a cell value operator",
      (c) => (cell(c).conditionalFormats.add("CellValue").cellValue.rule = { formula1: "0", operator: "Equal" }),
    ],
    ["a chart type", (c) => data(c).charts.add("line", data(c).getRange("B2:B3"), "Columns")],
    ["how series are read", (c) => data(c).charts.add("Line", data(c).getRange("B2:B3"), "columns" as "Columns")],
    ["a legend position", (c) => (chart(c).legend.position = "bottom")],
    ["a horizontal alignment", (c) => (cell(c).format.horizontalAlignment = "Centre")],
    ["a vertical alignment", (c) => (cell(c).format.verticalAlignment = "Middle")],
    ["a sheet visibility", (c) => (data(c).visibility = "hidden" as "Hidden")],
  ])("refuses an unknown value for %s", async (_what, batch) => {
    expect(await outcome(batch)).toBe("InvalidArgument");
  });
});

describe("colours", () => {
  it.each(["1F3864", "#1F386", "#GGGGGG", "dark blue", "lightgreen"])("refuses %j", async (colour) => {
    expect(await outcome((c) => (cell(c).format.fill.color = colour))).toBe("InvalidArgument");
    expect(await outcome((c) => (data(c).tabColor = colour))).toBe("InvalidArgument");
  });

  it.each(["#1F3864", "#1f3864", "orange", "Red"])("takes %j", async (colour) => {
    expect(await outcome((c) => (cell(c).format.font.color = colour))).toBe("ok");
    expect(await outcome((c) => (data(c).tabColor = colour))).toBe("ok");
  });
});

describe("chart points and axes", () => {
  const point = (c: FakeContext, index: number) => chart(c).series.getItemAt(0).points.getItemAt(index);

  it.each(["C55A11", "#C55A1", "dark orange"])("refuses the point colour %j", async (colour) => {
    expect(await outcome((c) => point(c, 0).format.fill.setSolidColor(colour))).toBe("InvalidArgument");
    expect(await outcome((c) => (point(c, 0).markerBackgroundColor = colour))).toBe("InvalidArgument");
  });

  it("colours a point's fill and marker, kept by index on its series", async () => {
    const excel = excelWithData();
    await excel.run(async (c) => {
      const second = point(c, 1);
      second.format.fill.setSolidColor("#C55A11");
      second.markerForegroundColor = "#C55A11";
    });
    expect(excel.model.sheets[0].charts[0].series[0].points).toEqual({
      1: { "format.fill.color": "#C55A11", markerForegroundColor: "#C55A11" },
    });
  });

  it.each([2, -1, 0.5])("refuses point %d of a two-point series, even unused (ItemNotFound)", async (index) => {
    expect(await outcome((c) => void point(c, index))).toBe("ItemNotFound");
  });

  it.each([0, 250.5, ""])("takes %j as a value axis minimum", async (minimum) => {
    expect(await outcome((c) => (chart(c).axes.valueAxis.minimum = minimum))).toBe("ok");
  });

  it.each(["0", null, Number.NaN])("refuses %j as a value axis minimum", async (minimum) => {
    expect(await outcome((c) => (chart(c).axes.valueAxis.minimum = minimum))).toBe("InvalidArgument");
  });

  it("takes text as a category axis title, and nothing else", async () => {
    expect(await outcome((c) => (chart(c).axes.categoryAxis.title.text = "District"))).toBe("ok");
    expect(await outcome((c) => (chart(c).axes.categoryAxis.title.text = 2024))).toBe("InvalidArgument");
  });

  it("draws a series as a line over a column chart's bars, dashed, and keeps it on the series", async () => {
    const excel = excelWithData();
    await excel.run(async (c) => {
      const columns = data(c).charts.add("ColumnClustered", data(c).getRange("B2:B3"), "Columns");
      const line = columns.series.add("Group mean");
      line.setValues(data(c).getRange("B2:B3"));
      line.chartType = "Line";
      line.format.line.lineStyle = "Dash";
      line.format.line.weight = 1.5;
    });
    expect(excel.model.sheets[0].charts[0].series[1].look).toEqual({
      chartType: "Line",
      "format.line.lineStyle": "Dash",
      "format.line.weight": 1.5,
    });
  });

  it.each<[string, Batch]>([
    ["a series chart type", (c) => (chart(c).series.getItemAt(0).chartType = "line")],
    ["a line style", (c) => (chart(c).series.getItemAt(0).format.line.lineStyle = "dashed")],
    ["a line colour", (c) => (chart(c).series.getItemAt(0).format.line.color = "262626")],
    ["a marker style", (c) => (chart(c).series.getItemAt(0).markerStyle = "circle")],
    ["a marker size", (c) => (chart(c).series.getItemAt(0).markerSize = 80)],
    ["a line weight", (c) => (chart(c).series.getItemAt(0).format.line.weight = -1)],
  ])("refuses a bad value for %s", async (_what, batch) => {
    expect(await outcome(batch)).toBe("InvalidArgument");
  });

  it("refuses a series setting the fake does not model", async () => {
    expect(await outcome((c) => (chart(c).series.getItemAt(0).format.line.shadow = true))).toBe("InvalidArgument");
  });

  it("refuses a non-boolean for a legend's visibility", async () => {
    expect(await outcome((c) => (chart(c).legend.visible = "false"))).toBe("InvalidArgument");
    expect(await outcome((c) => (chart(c).legend.visible = false))).toBe("ok");
  });
});

describe("booleans", () => {
  it.each<[string, Batch]>([
    ["bold", (c) => (cell(c).format.font.bold = "true" as unknown as boolean)],
    ["wrap text", (c) => (cell(c).format.wrapText = 1 as unknown as boolean)],
    ["banded rows", (c) => (table(c).showBandedRows = "yes" as unknown as boolean)],
    [
      "a defined name's visibility",
      (c) => (c.workbook.names.getItem("Marker").visible = "false" as unknown as boolean),
    ],
    [
      "merge across",
      (c) =>
        cell(c)
          .getResizedRange(0, 1)
          .merge("no" as unknown as boolean),
    ],
  ])("refuses a non-boolean for %s", async (_what, batch) => {
    expect(await outcome(batch)).toBe("InvalidArgument");
  });
});

describe("table styles", () => {
  it.each(["TableStyleMedium29", "Medium2", "TableStyleLight0", "tablestylemedium2x"])("refuses %j", async (style) => {
    expect(await outcome((c) => (table(c).style = style))).toBe("InvalidArgument");
  });

  it.each(["TableStyleLight1", "TableStyleMedium2", "TableStyleDark11"])("takes %j", async (style) => {
    expect(await outcome((c) => (table(c).style = style))).toBe("ok");
  });
});

describe("shapes Excel cannot make", () => {
  it("refuses a table over merged cells, and keeps the merge", async () => {
    const excel = excelWithData();
    const run = excel.run(async (context) => {
      data(context).getRange("A2:B2").merge(false);
      table(context);
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(excel.model.sheets[0].tables).toEqual([]);
    expect(excel.model.sheets[0].merges).toEqual([{ r0: 1, c0: 0, rows: 1, cols: 2 }]);
  });

  it.each([
    ["above", "D10", "E4"],
    ["left", "D4", "C10"],
  ])("refuses a chart whose end cell is %s its start", async (_where, start, end) => {
    expect(await outcome((c) => chart(c).setPosition(start, end))).toBe("InvalidArgument");
  });

  it("takes a chart from its start to a cell below and right of it", async () => {
    expect(await outcome((c) => chart(c).setPosition("B9", "I24"))).toBe("ok");
  });

  it.each([-1, 1.5, 2_000_000])("refuses to freeze %d rows", async (rows) => {
    expect(await outcome((c) => data(c).freezePanes.freezeRows(rows))).toBe("InvalidArgument");
  });

  it("freezes no rows (unfreezes) with 0", async () => {
    expect(await outcome((c) => data(c).freezePanes.freezeRows(0))).toBe("ok");
  });
});

describe("properties the fake does not model", () => {
  it("are refused rather than silently kept, changing nothing", async () => {
    const excel = excelWithData();
    const before = snapshotWorkbook(excel.model);
    const run = excel.run(async (context) => void (cell(context).format.font.colour = "#000000"));
    await expect(run).rejects.toThrow(/no rule for Range.format.font.colour/);
    expect(snapshotWorkbook(excel.model)).toEqual(before);
  });
});
