/**
 * Adds native charts to an xlsx package that ExcelJS wrote (ExcelJS has no
 * chart API). For each sheet with charts: one drawing part, one chart part per
 * chart, the relationships between them, content types, and the sheet's
 * <drawing> element.
 */
import type JSZip from "jszip";
import type { ChartPlan, ChartSeriesPlan, ReportPlan } from "../../../report/plan";
import { PlanCells } from "../planCells";
import { chartXml, type ChartData } from "./chartXml";
import { drawingRelsXml, drawingXml, type PlacedChart } from "./drawingXml";
import {
  addContentTypeOverrides,
  addRelationship,
  CHART_CONTENT_TYPE,
  DRAWING_CONTENT_TYPE,
  DRAWING_REL,
  relsPathFor,
  worksheetPartsByName,
} from "./packageParts";
import { insertDrawingElement } from "./worksheetXml";

export async function embedCharts(zip: JSZip, plan: ReportPlan): Promise<void> {
  const sheetParts = worksheetPartsByName(
    await readPart(zip, "xl/workbook.xml"),
    await readPart(zip, "xl/_rels/workbook.xml.rels"),
  );
  const cells = new PlanCells(plan);
  const overrides: ContentTypeOverride[] = [];
  const numbers = {
    chart: nextPartNumber(zip, "xl/charts/chart"),
    drawing: nextPartNumber(zip, "xl/drawings/drawing"),
  };
  for (const sheet of plan.sheets) {
    const charts = sheet.blocks.filter((block): block is ChartPlan => block.kind === "chart");
    if (charts.length === 0) continue;
    const sheetPart = sheetParts.get(sheet.name);
    if (!sheetPart) throw new Error(`The written workbook has no worksheet part for "${sheet.name}".`);
    const placed = charts.map((chart, index) => {
      const path = `xl/charts/chart${numbers.chart++}.xml`;
      writePart(zip, path, chartXml(chart, chartData(chart, cells)));
      overrides.push({ partName: `/${path}`, contentType: CHART_CONTENT_TYPE });
      return { chart, relId: `rId${index + 1}`, target: `../charts/${path.slice("xl/charts/".length)}` };
    });
    const drawingPath = `xl/drawings/drawing${numbers.drawing++}.xml`;
    overrides.push({ partName: `/${drawingPath}`, contentType: DRAWING_CONTENT_TYPE });
    await addDrawing(zip, sheetPart, drawingPath, placed);
  }
  writePart(zip, "[Content_Types].xml", addContentTypeOverrides(await readPart(zip, "[Content_Types].xml"), overrides));
}

type ContentTypeOverride = { partName: string; contentType: string };

/** The drawing part, its rels, and the link to it from the sheet (rels entry and <drawing> element). */
async function addDrawing(zip: JSZip, sheetPart: string, drawingPath: string, placed: PlacedChart[]): Promise<void> {
  writePart(zip, drawingPath, drawingXml(placed));
  writePart(zip, relsPathFor(drawingPath), drawingRelsXml(placed));
  const sheetRelsPath = relsPathFor(sheetPart);
  const target = `../drawings/${drawingPath.slice("xl/drawings/".length)}`;
  const sheetRels = addRelationship(await zip.file(sheetRelsPath)?.async("string"), DRAWING_REL, target);
  writePart(zip, sheetRelsPath, sheetRels.xml);
  writePart(zip, sheetPart, insertDrawingElement(await readPart(zip, sheetPart), sheetRels.id));
}

/** The values behind a chart's references, as they will sit in the cells. */
export function chartData(chart: ChartPlan, cells: PlanCells): ChartData {
  const cached = (series: ChartSeriesPlan) => ({
    name: cells.valueAt(series.nameRef.sheet, series.nameRef.firstRow, series.nameRef.firstCol) ?? series.name,
    values: cells.valuesIn(series.values),
  });
  return {
    categories: cells.valuesIn(chart.categories),
    series: chart.series.map(cached),
    lines: (chart.lines ?? []).map(cached),
  };
}

/** Adds or replaces a part; a package needs no folder entries, so JSZip adds none. */
export function writePart(zip: JSZip, path: string, text: string): void {
  zip.file(path, text, { createFolders: false });
}

export async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The written workbook has no ${path} part.`);
  return file.async("string");
}

/** The first unused N for parts named `${prefix}N.xml`, so existing parts (e.g. images' drawings) are kept. */
function nextPartNumber(zip: JSZip, prefix: string): number {
  const used = Object.keys(zip.files)
    .filter((path) => path.startsWith(prefix) && path.endsWith(".xml"))
    .map((path) => Number(path.slice(prefix.length, -".xml".length)))
    .filter(Number.isInteger);
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}
