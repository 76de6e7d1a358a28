/**
 * Adds native charts to an xlsx package that ExcelJS wrote (ExcelJS has no
 * chart API). For each sheet with charts: one drawing part, one chart part per
 * chart, the relationships between them, content types, and the sheet's
 * <drawing> element.
 */
import type JSZip from "jszip";
import type { ChartPlan, ReportPlan } from "../../../report/plan";
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
  const sheetParts = worksheetPartsByName(await readPart(zip, "xl/workbook.xml"), await readPart(zip, "xl/_rels/workbook.xml.rels"));
  const cells = new PlanCells(plan);
  const overrides: { partName: string; contentType: string }[] = [];
  let chartNumber = nextPartNumber(zip, "xl/charts/chart");
  let drawingNumber = nextPartNumber(zip, "xl/drawings/drawing");

  for (const sheet of plan.sheets) {
    const charts = sheet.blocks.filter((block): block is ChartPlan => block.kind === "chart");
    if (charts.length === 0) continue;
    const sheetPart = sheetParts.get(sheet.name);
    if (!sheetPart) throw new Error(`The written workbook has no worksheet part for "${sheet.name}".`);

    const placed: PlacedChart[] = charts.map((chart, index) => {
      const path = `xl/charts/chart${chartNumber++}.xml`;
      writePart(zip, path, chartXml(chart, chartData(chart, cells)));
      overrides.push({ partName: `/${path}`, contentType: CHART_CONTENT_TYPE });
      return { chart, relId: `rId${index + 1}`, target: `../charts/${path.slice("xl/charts/".length)}` };
    });
    const drawingPath = `xl/drawings/drawing${drawingNumber++}.xml`;
    writePart(zip, drawingPath, drawingXml(placed));
    writePart(zip, relsPathFor(drawingPath), drawingRelsXml(placed));
    overrides.push({ partName: `/${drawingPath}`, contentType: DRAWING_CONTENT_TYPE });

    const sheetRelsPath = relsPathFor(sheetPart);
    const sheetRels = addRelationship(await zip.file(sheetRelsPath)?.async("string"), DRAWING_REL, `../drawings/${drawingPath.slice("xl/drawings/".length)}`);
    writePart(zip, sheetRelsPath, sheetRels.xml);
    writePart(zip, sheetPart, insertDrawingElement(await readPart(zip, sheetPart), sheetRels.id));
  }
  writePart(zip, "[Content_Types].xml", addContentTypeOverrides(await readPart(zip, "[Content_Types].xml"), overrides));
}

/** The values behind a chart's references, as they will sit in the cells. */
export function chartData(chart: ChartPlan, cells: PlanCells): ChartData {
  return {
    categories: cells.valuesIn(chart.categories),
    series: chart.series.map((series) => ({
      name: cells.valueAt(series.nameRef.sheet, series.nameRef.firstRow, series.nameRef.firstCol) ?? series.name,
      values: cells.valuesIn(series.values),
    })),
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
