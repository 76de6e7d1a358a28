/**
 * DrawingML chart part (xl/charts/chartN.xml) for a ChartPlan.
 *
 * Written by hand because ExcelJS has no chart API and no maintained JS library
 * writes native Excel charts. Element order follows the ECMA-376 schema
 * (CT_ChartSpace, CT_Chart, CT_LineSer/CT_BarSer, CT_CatAx, CT_ValAx): Excel
 * repairs a chart whose children are out of order.
 */
import {
  NUMBER_FORMATS,
  type CellValue,
  type ChartLinePlan,
  type ChartPlan,
  type RangeRef,
} from "../../../report/plan";
import { sheetRangeFormula } from "../../excel/addresses";
import {
  chartAxesLook,
  legendPosition,
  overlayLineLook,
  pointHighlight,
  seriesLook,
  type AxisTitle,
  type PointHighlight,
  type SeriesLook,
} from "../../excel/chartLook";
import { xmlText } from "./xmlText";

/** The values a chart's references hold, used for the caches. */
export interface ChartData {
  categories: CellValue[];
  series: { name: CellValue; values: CellValue[] }[];
  /** The plan's lines over the bars, in order (empty without). */
  lines?: { name: CellValue; values: CellValue[] }[];
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** DrawingML lengths are in EMU: 12,700 to a point. */
const EMU_PER_POINT = 12_700;

/** DrawingML legendPos codes. */
const LEGEND_CODES = { bottom: "b" } as const;

const CATEGORY_AXIS_ID = 500100;
const VALUE_AXIS_ID = 500200;

export function chartXml(chart: ChartPlan, data: ChartData): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<c:chartSpace ${NS}>`,
    '<c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>',
    "<c:chart>",
    titleXml(chart.title, 1400),
    '<c:autoTitleDeleted val="0"/>',
    "<c:plotArea><c:layout/>",
    chartGroupXml(chart, data),
    categoryAxisXml(chart),
    valueAxisXml(chart),
    "</c:plotArea>",
    legendXml(chart),
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    "</c:chart>",
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>',
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`,
    "</c:chartSpace>",
  ].join("");
}

/** No legend element at all when the plan leaves it out (a one-series chart). */
function legendXml(chart: ChartPlan): string {
  const position = legendPosition(chart);
  if (!position) return "";
  return `<c:legend><c:legendPos val="${LEGEND_CODES[position]}"/><c:overlay val="0"/>${textPropertiesXml(900)}</c:legend>`;
}

function chartGroupXml(chart: ChartPlan, data: ChartData): string {
  const series = chart.series.map((_, index) => seriesXml(chart, index, data)).join("");
  const axes = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  if (chart.type === "line") {
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  }
  const direction = chart.type === "barClustered" ? "bar" : "col";
  return (
    `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/>${axes}</c:barChart>${overlayLinesXml(chart, data, axes)}`
  );
}

/**
 * The plan's lines over the bars: a second chart group (lineChart) in the same plot
 * area, on the bar chart's axes, its series numbered on from the bars'.
 */
function overlayLinesXml(chart: ChartPlan, data: ChartData, axes: string): string {
  const lines = chart.lines ?? [];
  if (lines.length === 0) return "";
  const series = lines.map((line, i) => lineSeriesXml(chart, line, i, data)).join("");
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
}

function lineSeriesXml(chart: ChartPlan, line: ChartLinePlan, index: number, data: ChartData): string {
  const idx = chart.series.length + index;
  const look = overlayLineLook(line);
  const cached = data.lines?.[index];
  const dash = look.dash ? `<a:prstDash val="${look.dash}"/>` : "";
  return (
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>` +
    `<c:tx><c:strRef>${formulaXml(line.nameRef)}${stringCache([cached?.name ?? line.name])}</c:strRef></c:tx>` +
    `<c:spPr><a:ln w="${Math.round(look.lineWidth! * EMU_PER_POINT)}" cap="rnd"><a:solidFill><a:srgbClr val="${look.colour}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>` +
    `${markerXml(look, look.colour)}${categoriesXml(chart.categories, data.categories)}` +
    `<c:val><c:numRef>${formulaXml(line.values)}${numberCache(cached?.values ?? [], NUMBER_FORMATS[chart.valueFormat])}</c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

function seriesXml(chart: ChartPlan, index: number, data: ChartData): string {
  const plan = chart.series[index];
  const look = seriesLook(chart, index);
  const colour = look.colour;
  const name = data.series[index]?.name ?? plan.name;
  const head =
    `<c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef>${formulaXml(plan.nameRef)}${stringCache([name])}</c:strRef></c:tx>`;
  const values = data.series[index]?.values ?? [];
  const refs =
    categoriesXml(chart.categories, data.categories) +
    `<c:val><c:numRef>${formulaXml(plan.values)}${numberCache(values, NUMBER_FORMATS[chart.valueFormat])}</c:numRef></c:val>`;
  const highlight = pointHighlightXml(pointHighlight(chart), look);
  if (look.lineWidth !== null) {
    const line = `<c:spPr><a:ln w="${Math.round(look.lineWidth * EMU_PER_POINT)}" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>`;
    return `<c:ser>${head}${line}${markerXml(look, colour)}${highlight}${refs}<c:smooth val="0"/></c:ser>`;
  }
  const fill = `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>`;
  return `<c:ser>${head}${fill}<c:invertIfNegative val="0"/>${highlight}${refs}</c:ser>`;
}

function markerXml(look: SeriesLook, colour: string): string {
  return look.marker
    ? `<c:marker><c:symbol val="${look.marker.style}"/><c:size val="${look.marker.size}"/>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>`
    : '<c:marker><c:symbol val="none"/></c:marker>';
}

/** One data point in its own colour (CT_DPt): a bar's fill, or a line point's marker. */
function pointHighlightXml(highlight: PointHighlight | null, look: SeriesLook): string {
  if (!highlight) return "";
  const idx = `<c:idx val="${highlight.index}"/>`;
  if (highlight.part === "marker")
    return `<c:dPt>${idx}${markerXml(look, highlight.colour)}<c:bubble3D val="0"/></c:dPt>`;
  const fill = `<c:spPr><a:solidFill><a:srgbClr val="${highlight.colour}"/></a:solidFill></c:spPr>`;
  return `<c:dPt>${idx}<c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill}</c:dPt>`;
}

function formulaXml(range: RangeRef): string {
  return `<c:f>${xmlText(sheetRangeFormula(range))}</c:f>`;
}

/** Numeric categories (e.g. years as numbers) keep a number reference; anything else is text. */
function categoriesXml(range: RangeRef, categories: CellValue[]): string {
  const present = categories.filter((value) => value !== null);
  if (present.length > 0 && present.every((value) => typeof value === "number")) {
    return `<c:cat><c:numRef>${formulaXml(range)}${numberCache(categories, "General")}</c:numRef></c:cat>`;
  }
  return `<c:cat><c:strRef>${formulaXml(range)}${stringCache(categories)}</c:strRef></c:cat>`;
}

/** Cached text; blank cells get no point, as Excel writes them. */
function stringCache(values: CellValue[]): string {
  const points = values
    .map((value, idx) => (value === null ? "" : `<c:pt idx="${idx}"><c:v>${xmlText(String(value))}</c:v></c:pt>`))
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

/** Cached numbers; blanks and text (e.g. "new") get no point, so the chart shows a gap. */
function numberCache(values: CellValue[], formatCode: string): string {
  const points = values
    .map((value, idx) =>
      typeof value === "number" && Number.isFinite(value) ? `<c:pt idx="${idx}"><c:v>${value}</c:v></c:pt>` : "",
    )
    .join("");
  return `<c:numCache><c:formatCode>${xmlText(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function categoryAxisXml(chart: ChartPlan): string {
  const horizontalBars = chart.type === "barClustered";
  const look = chartAxesLook(chart);
  const orientation = look.categoriesReversed ? "maxMin" : "minMax";
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${orientation}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontalBars ? "l" : "b"}"/>${axisTitleXml(look.categoryAxisTitle)}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="low"/>${axisLineXml()}${textPropertiesXml(900)}` +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

function valueAxisXml(chart: ChartPlan): string {
  const horizontalBars = chart.type === "barClustered";
  const look = chartAxesLook(chart);
  const title = axisTitleXml(look.valueAxisTitle);
  // CT_Scaling: orientation, then max, then min.
  const min = look.valueAxisMin === null ? "" : `<c:min val="${look.valueAxisMin}"/>`;
  const max = look.valueAxisMax === null ? "" : `<c:max val="${look.valueAxisMax}"/>`;
  return (
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/>${max}${min}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontalBars ? "b" : "l"}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    `${title}<c:numFmt formatCode="${xmlText(NUMBER_FORMATS[chart.valueFormat])}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${axisLineXml()}${textPropertiesXml(900)}` +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="${look.valueAxisCrossesAtMaxCategory ? "max" : "autoZero"}"/>` +
    '<c:crossBetween val="between"/></c:valAx>'
  );
}

function axisLineXml(): string {
  return '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="8C8C8C"/></a:solidFill></a:ln></c:spPr>';
}

/** DrawingML rotations are in 60,000ths of a degree. */
const ROTATION_UNITS_PER_DEGREE = 60_000;

function axisTitleXml(title: AxisTitle | null): string {
  return title ? titleXml(title.text, 900, title.rotation * ROTATION_UNITS_PER_DEGREE) : "";
}

/** A chart or axis title as rich text; `rotation` in 60,000ths of a degree (vertical axis titles). */
function titleXml(text: string, size: number, rotation?: number): string {
  const bodyPr = rotation === undefined ? "<a:bodyPr/>" : `<a:bodyPr rot="${rotation}" vert="horz"/>`;
  return (
    `<c:title><c:tx><c:rich>${bodyPr}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="${size}" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>'
  );
}

function textPropertiesXml(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;
}
