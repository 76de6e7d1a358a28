/** The fake is an Excel of one ExcelApi version: newer APIs fail the sync with ApiNotFound, and isSetSupported says so. */
import { FakeExcel, newWorkbook, sheetValues } from "./index";
import type { FakeContext } from "./context";

const excelOf = (excelApi?: string) =>
  new FakeExcel(
    newWorkbook({
      Data: [
        ["Year", "Count"],
        ["2023", 5],
        ["2024", 7],
      ],
    }),
    excelApi ? { excelApi } : {},
  );

const sheet = (context: FakeContext) => context.workbook.worksheets.getItem("Data");

describe("requirement sets", () => {
  it("answers isSetSupported truthfully, 1.7 by default (the manifest's minimum)", () => {
    const versions = ["1.1", "1.4", "1.7", "1.8", "1.9", "1.10"];
    expect(versions.map((v) => excelOf().isSetSupported("ExcelApi", v))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    // 1.10 comes after 1.9.
    expect(versions.map((v) => excelOf("1.10").isSetSupported("ExcelApi", v))).toEqual(versions.map(() => true));
    expect(excelOf("1.9").isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("refuses page layout (ExcelApi 1.9) before 1.9, keeping the commands before it", async () => {
    const excel = excelOf("1.8");
    const run = excel.run(async (context) => {
      sheet(context).getRange("C1").values = [["before"]];
      sheet(context).pageLayout.orientation = "Landscape";
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(sheetValues(excel.model.sheets[0])[0][2]).toBe("before");
    expect(excel.model.sheets[0].pageLayout).toEqual({});
    await excelOf("1.9").run(async (context) => void (sheet(context).pageLayout.orientation = "Landscape"));
  });

  it("refuses a chart axis number format (ExcelApi 1.8) at 1.7", async () => {
    const chartWith = (excel: FakeExcel) =>
      excel.run(async (context) => {
        const chart = sheet(context).charts.add("Line", sheet(context).getRange("B2:B3"), "Columns");
        chart.axes.valueAxis.numberFormat = "#,##0";
      });
    await expect(chartWith(excelOf("1.7"))).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(chartWith(excelOf("1.8"))).resolves.toBeUndefined();
  });

  it("refuses a point's marker colour (ExcelApi 1.7) at 1.6, and takes its fill (ExcelApi 1.1)", async () => {
    const pointWith = (excel: FakeExcel, marker: boolean) =>
      excel.run(async (context) => {
        const chart = sheet(context).charts.add("Line", sheet(context).getRange("B2:B3"), "Columns");
        const point = chart.series.getItemAt(0).points.getItemAt(1);
        if (marker) point.markerBackgroundColor = "#C55A11";
        else point.format.fill.setSolidColor("#C55A11");
      });
    await expect(pointWith(excelOf("1.6"), true)).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(pointWith(excelOf("1.7"), true)).resolves.toBeUndefined();
    await expect(pointWith(excelOf("1.1"), false)).resolves.toBeUndefined();
  });

  it("refuses a series' own chart type and line style (ExcelApi 1.7) at 1.6, and takes its line colour (ExcelApi 1.1)", async () => {
    const lineWith = (excel: FakeExcel, setting: "chartType" | "lineStyle" | "color") =>
      excel.run(async (context) => {
        const chart = sheet(context).charts.add("ColumnClustered", sheet(context).getRange("B2:B3"), "Columns");
        const series = chart.series.getItemAt(0);
        if (setting === "chartType") series.chartType = "Line";
        else if (setting === "lineStyle") series.format.line.lineStyle = "Dash";
        else series.format.line.color = "#262626";
      });
    await expect(lineWith(excelOf("1.6"), "chartType")).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(lineWith(excelOf("1.6"), "lineStyle")).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(lineWith(excelOf("1.7"), "chartType")).resolves.toBeUndefined();
    await expect(lineWith(excelOf("1.7"), "lineStyle")).resolves.toBeUndefined();
    await expect(lineWith(excelOf("1.1"), "color")).resolves.toBeUndefined();
  });

  it("refuses a method that queues nothing of its own (getRangeByIndexes, ExcelApi 1.7) at 1.6", async () => {
    const read = (excel: FakeExcel) =>
      excel.run(async (context) => {
        const range = sheet(context).getRangeByIndexes(0, 0, 1, 1).load("values");
        await context.sync();
        return range.values;
      });
    await expect(read(excelOf("1.6"))).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(read(excelOf("1.7"))).resolves.toEqual([["Year"]]);
  });

  it("refuses a load of a newer property (a defined name's formula, ExcelApi 1.7) at 1.6", async () => {
    const load = (excel: FakeExcel) =>
      excel.run(async (context) => {
        context.workbook.names.load("name,formula");
        await context.sync();
      });
    await expect(load(excelOf("1.6"))).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(load(excelOf("1.7"))).resolves.toBeUndefined();
  });
});
