/**
 * What Excel accepts for the properties and arguments the fake models: enums,
 * colours, booleans and sizes. Excel refuses anything else with InvalidArgument
 * when the batch runs, so the fake does too. Enum values are those of the
 * Excel.* enums in @types/office-js (https://learn.microsoft.com/javascript/api/excel).
 * A property the fake has no rule for is refused, so a new one gets a rule before
 * a test can rely on it.
 */
import { FakeExcelError } from "./errors";

/** The problem with a value, or null when Excel takes it. */
export type Rule = (value: unknown) => string | null;

export const oneOf =
  (...allowed: string[]): Rule =>
  (value) =>
    typeof value === "string" && allowed.includes(value) ? null : `must be one of ${allowed.join(", ")}`;

export const isBoolean: Rule = (value) => (typeof value === "boolean" ? null : "must be true or false");

const isText: Rule = (value) => (typeof value === "string" ? null : "must be a string");

const numberFrom =
  (min: number, max: number): Rule =>
  (value) =>
    typeof value === "number" && value >= min && value <= max ? null : `must be a number from ${min} to ${max}`;

export const wholeNumberFrom =
  (min: number, max: number): Rule =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? null
      : `must be a whole number from ${min} to ${max}`;

/**
 * Colours: "#RRGGBB", or "a named HTML color (e.g. "orange")" as the RangeFill.color
 * docs put it. Of the names, only the 16 HTML 4 colours and the docs' own "orange"
 * are taken: Excel's list of the other CSS names is not documented.
 */
const HTML_COLOUR_NAMES = [
  "black",
  "silver",
  "gray",
  "white",
  "maroon",
  "red",
  "purple",
  "fuchsia",
  "green",
  "lime",
  "olive",
  "yellow",
  "navy",
  "blue",
  "teal",
  "aqua",
  "orange",
];
export const isColour: Rule = (value) =>
  typeof value === "string" && (/^#[0-9A-Fa-f]{6}$/.test(value) || HTML_COLOUR_NAMES.includes(value.toLowerCase()))
    ? null
    : 'must be "#RRGGBB" or an HTML colour name';

/** Excel's built-in table styles (Home > Format as Table); the fake models no custom ones. */
export const isTableStyle: Rule = (value) => {
  const match = typeof value === "string" ? /^TableStyle(Light|Medium|Dark)(\d+)$/.exec(value) : null;
  const most = { Light: 21, Medium: 28, Dark: 11 };
  return match && Number(match[2]) >= 1 && Number(match[2]) <= most[match[1] as keyof typeof most]
    ? null
    : "must be a built-in table style (TableStyleLight1-21, TableStyleMedium1-28, TableStyleDark1-11)";
};

export const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
];
export const isChartType = oneOf(...CHART_TYPES);
export const isSeriesBy = oneOf("Auto", "Columns", "Rows");
export const isConditionalFormatType = oneOf(
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
);
const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

/** ConditionalCellValueRule: { formula1, formula2 for (Not)Between, operator }. */
const isCellValueRule: Rule = (value) => {
  const rule = value as { formula1?: unknown; formula2?: unknown; operator?: unknown } | null;
  if (typeof rule !== "object" || rule === null) return "must be { formula1, operator }";
  if (typeof rule.formula1 !== "string" || rule.formula1 === "") return "needs formula1";
  if (!CELL_VALUE_OPERATORS.includes(rule.operator as string))
    return `operator must be one of ${CELL_VALUE_OPERATORS.join(", ")}`;
  if (/Between/.test(rule.operator as string) && typeof rule.formula2 !== "string") return "needs formula2 for Between";
  return null;
};

/** ChartAxis.minimum and maximum: "a numeric value or an empty string (for automatic axis values)". */
const isAxisBound: Rule = (value) =>
  (typeof value === "number" && Number.isFinite(value)) || value === ""
    ? null
    : 'must be a number, or "" for automatic';

/** PageLayoutZoomOptions: fit to pages (0: as many as needed) or a scale of 10% to 400%. */
const isZoom: Rule = (value) => {
  const zoom = value as Record<string, unknown> | null;
  if (typeof zoom !== "object" || zoom === null)
    return "must be { horizontalFitToPages, verticalFitToPages } or { scale }";
  const known = ["horizontalFitToPages", "verticalFitToPages", "scale"];
  const unknown = Object.keys(zoom).find((key) => !known.includes(key));
  if (unknown) return `has no option ${unknown}`;
  const pages = wholeNumberFrom(0, 32767);
  return (
    (zoom.horizontalFitToPages === undefined ? null : pages(zoom.horizontalFitToPages)) ??
    (zoom.verticalFitToPages === undefined ? null : pages(zoom.verticalFitToPages)) ??
    (zoom.scale === undefined ? null : numberFrom(10, 400)(zoom.scale))
  );
};

const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"];
/** Row heights and column widths in points (Excel's most: 409 pt tall, 255 characters wide). */
const ROW_HEIGHT = numberFrom(0, 409);
const COLUMN_WIDTH = numberFrom(0, (255 * 7 + 5) * 0.75);
const FONT_SIZE = numberFrom(1, 409);

/** ConditionalDataBarRule: { type, formula for Number, Percent, Formula and Percentile }. */
const DATA_BAR_RULE_TYPES = [
  "Invalid",
  "Automatic",
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
];
const isDataBarRule: Rule = (value) => {
  const rule = value as { type?: unknown; formula?: unknown } | null;
  if (typeof rule !== "object" || rule === null) return "must be { type, formula }";
  if (!DATA_BAR_RULE_TYPES.includes(rule.type as string))
    return `type must be one of ${DATA_BAR_RULE_TYPES.join(", ")}`;
  const needsFormula = ["Number", "Percent", "Formula", "Percentile"].includes(rule.type as string);
  if (needsFormula && typeof rule.formula !== "string") return `needs a formula for ${String(rule.type)}`;
  return null;
};

/** ConditionalRangeFormatRule (custom): { formula } starting with "=" or not, never empty. */
const isCustomRule: Rule = (value) => {
  const rule = value as { formula?: unknown } | null;
  return typeof rule === "object" && rule !== null && typeof rule.formula === "string" && rule.formula !== ""
    ? null
    : "must be { formula }";
};

/** Excel.PaperType: the sizes a committee paper is printed on, and the others Excel lists. */
const PAPER_TYPES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
];
/** Excel.ChartLineStyle. */
const LINE_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Grey25",
  "Grey50",
  "Grey75",
  "Automatic",
  "RoundDot",
];
/** Excel.ChartMarkerStyle, less "Invalid" (a value Excel reports, never takes). */
const MARKER_STYLES = [
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
  "Picture",
];
/** Page margins in points; Excel refuses negative ones. */
const MARGIN = numberFrom(0, 1584);

/** Properties set through the fake's write-only paths, by the fake's API path. */
const SETTABLE: Record<string, Rule> = {
  "Range.format.columnWidth": COLUMN_WIDTH,
  "Range.format.rowHeight": ROW_HEIGHT,
  "Range.format.wrapText": isBoolean,
  "Range.format.horizontalAlignment": oneOf(...HORIZONTAL_ALIGNMENTS),
  "Range.format.verticalAlignment": oneOf(...VERTICAL_ALIGNMENTS),
  "Range.format.font.bold": isBoolean,
  "Range.format.font.italic": isBoolean,
  "Range.format.font.color": isColour,
  "Range.format.font.size": FONT_SIZE,
  "Range.format.font.name": isText,
  "Range.format.fill.color": isColour,
  "Range.format.indentLevel": wholeNumberFrom(0, 250),
  "ConditionalFormat.cellValue.rule": isCellValueRule,
  "ConditionalFormat.cellValue.format.fill.color": isColour,
  "ConditionalFormat.cellValue.format.font.color": isColour,
  "ConditionalFormat.cellValue.format.font.bold": isBoolean,
  "ConditionalFormat.cellValue.format.font.italic": isBoolean,
  "ConditionalFormat.custom.rule.formula": isText,
  "ConditionalFormat.custom.rule": isCustomRule,
  "ConditionalFormat.custom.format.fill.color": isColour,
  "ConditionalFormat.custom.format.font.color": isColour,
  "ConditionalFormat.custom.format.font.bold": isBoolean,
  "ConditionalFormat.dataBar.lowerBoundRule": isDataBarRule,
  "ConditionalFormat.dataBar.upperBoundRule": isDataBarRule,
  "ConditionalFormat.dataBar.positiveFormat.fillColor": isColour,
  "ConditionalFormat.dataBar.positiveFormat.borderColor": isColour,
  "ConditionalFormat.dataBar.positiveFormat.gradientFill": isBoolean,
  "ConditionalFormat.dataBar.barDirection": oneOf("Context", "LeftToRight", "RightToLeft"),
  "ConditionalFormat.dataBar.axisFormat": oneOf("Automatic", "None", "CellMidPoint"),
  "Chart.title.text": isText,
  "Chart.title.visible": isBoolean,
  "Chart.legend.position": oneOf("Top", "Bottom", "Left", "Right", "Corner", "Custom"),
  "Chart.legend.visible": isBoolean,
  "Chart.axes.valueAxis.title.text": isText,
  "Chart.axes.valueAxis.numberFormat": isText,
  "Chart.axes.valueAxis.minimum": isAxisBound,
  "Chart.axes.valueAxis.maximum": isAxisBound,
  "Chart.axes.categoryAxis.title.text": isText,
  "Chart.axes.categoryAxis.reversePlotOrder": isBoolean,
  "Chart.axes.categoryAxis.position": oneOf("Automatic", "Maximum", "Minimum", "Custom"),
  "ChartSeries.chartType": isChartType,
  "ChartSeries.format.fill.color": isColour,
  "ChartSeries.format.line.color": isColour,
  "ChartSeries.format.line.weight": numberFrom(0, 1584),
  "ChartSeries.format.line.lineStyle": oneOf(...LINE_STYLES),
  "ChartSeries.markerStyle": oneOf(...MARKER_STYLES),
  "ChartSeries.markerSize": wholeNumberFrom(2, 72),
  "ChartSeries.markerBackgroundColor": isColour,
  "ChartSeries.markerForegroundColor": isColour,
  "ChartPoint.format.fill.color": isColour,
  "ChartPoint.markerBackgroundColor": isColour,
  "ChartPoint.markerForegroundColor": isColour,
  "Worksheet.pageLayout.orientation": oneOf("Portrait", "Landscape"),
  "Worksheet.pageLayout.zoom": isZoom,
  "Worksheet.pageLayout.centerHorizontally": isBoolean,
  "Worksheet.pageLayout.paperSize": oneOf(...PAPER_TYPES),
  "Worksheet.pageLayout.leftMargin": MARGIN,
  "Worksheet.pageLayout.rightMargin": MARGIN,
  "Worksheet.pageLayout.topMargin": MARGIN,
  "Worksheet.pageLayout.bottomMargin": MARGIN,
  "Worksheet.pageLayout.headerMargin": MARGIN,
  "Worksheet.pageLayout.footerMargin": MARGIN,
  "Worksheet.pageLayout.headersFooters.defaultForAllPages.leftHeader": isText,
  "Worksheet.pageLayout.headersFooters.defaultForAllPages.centerHeader": isText,
  "Worksheet.pageLayout.headersFooters.defaultForAllPages.rightHeader": isText,
  "Worksheet.pageLayout.headersFooters.defaultForAllPages.leftFooter": isText,
  "Worksheet.pageLayout.headersFooters.defaultForAllPages.centerFooter": isText,
  "Worksheet.pageLayout.headersFooters.defaultForAllPages.rightFooter": isText,
  "Workbook.properties.title": isText,
  "Workbook.properties.subject": isText,
  "Workbook.properties.author": isText,
  "Workbook.properties.comments": isText,
};

/** Refuses a value as Excel would; `what` names the property or argument in the message. */
export function check(what: string, rule: Rule, value: unknown): void {
  const problem = rule(value);
  if (problem) throw new FakeExcelError("InvalidArgument", `${what} ${problem}, not ${JSON.stringify(value)}.`);
}

/** A write through one of the fake's paths ("Range.format.font.bold"): a known property and a value Excel takes. */
export function checkSetting(api: string, value: unknown): void {
  const rule = SETTABLE[api];
  if (!rule) throw new FakeExcelError("InvalidArgument", `The fake has no rule for ${api}: add one in rules.ts.`);
  check(api, rule, value);
}
