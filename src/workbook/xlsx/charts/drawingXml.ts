/** The drawing part that places a sheet's charts (xl/drawings/drawingN.xml) and its rels. */
import type { ChartPlan } from "../../../report/plan";
import { xmlText } from "./xmlText";

export interface PlacedChart {
  chart: ChartPlan;
  /** Relationship id of the chart part in the drawing's rels. */
  relId: string;
  /** Path of the chart part relative to the drawing, e.g. "../charts/chart1.xml". */
  target: string;
}

const CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

/** Each chart anchored from its top-left cell to its (exclusive) bottom-right cell; it moves and sizes with the cells. */
export function drawingXml(charts: PlacedChart[]): string {
  const anchors = charts.map((placed, index) => anchorXml(placed, index + 2)).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    anchors +
    "</xdr:wsDr>"
  );
}

/**
 * The chart's top edge sits this far (1 pt, in EMU) into its first row. LibreOffice
 * rounds a chart's place and a page's top differently, so a chart that starts a page
 * exactly on its row could print a sliver of its frame at the foot of the page before
 * (seen in the rendered demo); 1 pt is far more than that rounding and invisible.
 */
const TOP_INSET_EMU = 12_700;

function anchorXml({ chart, relId }: PlacedChart, shapeId: number): string {
  const marker = (tag: string, row: number, col: number, rowOffset: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${rowOffset}</xdr:rowOff></xdr:${tag}>`;
  return (
    "<xdr:twoCellAnchor>" +
    marker("from", chart.from.row, chart.from.col, TOP_INSET_EMU) +
    marker("to", chart.to.row, chart.to.col, 0) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr>${nonVisualPropertiesXml(chart, shapeId)}<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

/**
 * The chart's name and its Alt Text as Excel shows it (Format Chart Area > Alt Text):
 * `descr` is the description a screen reader reads (the plan's alt text, its message
 * with its numbers; the title when it has none), `title` the chart's title.
 */
function nonVisualPropertiesXml(chart: ChartPlan, shapeId: number): string {
  const description = chart.altText ?? chart.title;
  return `<xdr:cNvPr id="${shapeId}" name="${xmlText(chart.name)}" descr="${xmlText(description)}" title="${xmlText(chart.title)}"/>`;
}

export function drawingRelsXml(charts: PlacedChart[]): string {
  const relationships = charts
    .map(({ relId, target }) => `<Relationship Id="${relId}" Type="${CHART_REL}" Target="${xmlText(target)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`
  );
}
