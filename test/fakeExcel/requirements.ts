/**
 * Requirement sets: each API the fake models came in an ExcelApi version. A fake
 * created for an older Excel refuses newer APIs as Excel does: the sync fails with
 * ApiNotFound where the call was queued. Versions as Microsoft documents them
 * ("[Api set: ExcelApi 1.x]" on each member in @types/office-js;
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 * Keys are the fake's API paths; a path not listed takes its longest listed prefix,
 * and anything else is ExcelApi 1.1.
 */
const EXCEL_API_SINCE: Record<string, string> = {
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Chart.axes.valueAxis.numberFormat": "1.8",
  "Chart.axes.categoryAxis.numberFormat": "1.8",
  "Chart.axes.categoryAxis.reversePlotOrder": "1.7",
  "Chart.axes.categoryAxis.position": "1.8",
  "ChartPoint.markerBackgroundColor": "1.7",
  "ChartPoint.markerForegroundColor": "1.7",
  "ChartSeries.chartType": "1.7",
  "ChartSeries.format.line.lineStyle": "1.7",
  "ChartSeries.format.line.weight": "1.7",
  "ChartSeries.markerBackgroundColor": "1.7",
  "ChartSeries.markerForegroundColor": "1.7",
  "ChartSeries.markerSize": "1.7",
  "ChartSeries.markerStyle": "1.7",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setXAxisValues": "1.7",
  "ChartSeriesCollection.add": "1.7",
  ConditionalFormat: "1.6",
  "NamedItem.comment": "1.4",
  Setting: "1.4",
  SettingCollection: "1.4",
  "NamedItem.delete": "1.4",
  "NamedItem.formula": "1.7",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "Range.conditionalFormats": "1.6",
  "Range.format.columnWidth": "1.2",
  "Range.format.indentLevel": "1.9",
  "Range.format.rowHeight": "1.2",
  "Range.getAbsoluteResizedRange": "1.7",
  "Range.getResizedRange": "1.2",
  "Range.merge": "1.2",
  "Table.showBandedRows": "1.3",
  "Table.worksheet": "1.2",
  "TableCollection.getItemOrNullObject": "1.4",
  "Workbook.properties": "1.7",
  "Workbook.protection": "1.7",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.names": "1.4",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.protection": "1.2",
  "Worksheet.tabColor": "1.7",
  "WorksheetCollection.getItemOrNullObject": "1.4",
};

/** "1.10" -> [1, 10], so that 1.10 comes after 1.9. */
function parts(version: string): [number, number] {
  const [major, minor = "0"] = version.split(".");
  return [Number(major), Number(minor)];
}

export function versionAtLeast(version: string, needed: string): boolean {
  const [a, b] = parts(version);
  const [c, d] = parts(needed);
  return a > c || (a === c && b >= d);
}

/** The ExcelApi version an API path needs: "Worksheet.pageLayout.orientation" -> "1.9". */
export function excelApiSince(api: string): string {
  for (let path = api; path; path = path.slice(0, Math.max(0, path.lastIndexOf(".")))) {
    if (EXCEL_API_SINCE[path]) return EXCEL_API_SINCE[path];
  }
  return "1.1";
}
