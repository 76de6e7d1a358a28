/** Reads a written xlsx back into the shared "what it shows" form: ExcelJS for cells, XML for the rest. */
import ExcelJS from "exceljs";
import { openWorkbook, writeWorkbook, type WrittenWorkbook } from "../xlsx/writtenFixture";
import { all, conditionalFormatsOf, first, parseXml } from "../xlsx/xmlTestHelpers";
import type { ReportPlan } from "../../../src/report/plan";
import {
  a1,
  DEFAULT_FONT,
  hex,
  mergedOver,
  type CellShown,
  type ChartShown,
  type ConditionalFormatShown,
  type PrintShown,
  type SeriesShown,
  type SheetShown,
  type TableShown,
} from "./writtenLook";

export interface SheetReadBack {
  shown: Omit<SheetShown, "cells">;
  extent: { rows: number; cols: number };
  cellAt(row: number, col: number): CellShown;
}

const PAPER_NAMES: Record<number, string> = { 9: "A4", 1: "Letter" };
const CHART_TYPES: Record<string, string> = { col: "ColumnClustered", bar: "BarClustered" };
/** DrawingML lengths are in EMU: 12,700 to a point. */
const EMU_PER_POINT = 12_700;
const LEGEND_POSITIONS: Record<string, string> = { b: "Bottom", t: "Top", l: "Left", r: "Right" };

/** The plan written by the xlsx writer, or `bytes` a writer already wrote, read back. */
export async function readXlsxBack(plan: ReportPlan, bytes?: Uint8Array): Promise<Map<string, SheetReadBack>> {
  const written = bytes ? await openWorkbook(bytes) : await writeWorkbook(plan);
  const printTitles = await printTitleRows(written);
  const sheets = new Map<string, SheetReadBack>();
  for (const [index, ws] of written.workbook.worksheets.entries()) {
    const sheetXml = parseXml(await written.part(await written.sheetPartOf(ws.name)));
    const merges = ((ws as unknown as { model: { merges: string[] } }).model.merges ?? []).slice().sort();
    const hidden = mergedOver(merges);
    sheets.set(ws.name, {
      shown: {
        name: ws.name,
        tabColour: hex(ws.properties.tabColor?.argb ?? ""),
        columnWidths: columnWidths(sheetXml),
        freezeRows: ws.views?.[0]?.state === "frozen" ? (ws.views[0].ySplit ?? 0) : 0,
        rowHeights: rowHeights(ws),
        merges,
        conditionalFormats: conditionalFormats(ws),
        tables: tables(ws),
        charts: await charts(written, ws.name),
        print: print(ws, sheetXml, printTitles.get(index) ?? null),
      },
      extent: { rows: ws.rowCount, cols: ws.columnCount },
      cellAt: (row, col) => (hidden.has(a1(row, col)) ? hiddenCell() : cellShown(ws.getCell(row + 1, col + 1))),
    });
  }
  return sheets;
}

function hiddenCell(): CellShown {
  return {
    value: null,
    format: "",
    font: DEFAULT_FONT,
    fill: null,
    horizontal: null,
    indent: 0,
    wrap: false,
    vertical: null,
  };
}

function cellShown(cell: ExcelJS.Cell): CellShown {
  const value = cell.value;
  if (value !== null && typeof value !== "string" && typeof value !== "number") {
    throw new Error(`${cell.address} holds ${JSON.stringify(value)}, not plain text or a number`);
  }
  const font = cell.font ?? {};
  const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? cell.fill.fgColor?.argb : undefined;
  return {
    value,
    format: cell.numFmt ?? "General",
    font: {
      name: font.name ?? DEFAULT_FONT.name,
      size: font.size ?? DEFAULT_FONT.size,
      bold: font.bold ?? false,
      italic: font.italic ?? false,
      colour: font.color?.argb ? hex(font.color.argb) : DEFAULT_FONT.colour,
    },
    fill: fill ? hex(fill) : null,
    horizontal: cell.alignment?.horizontal ?? null,
    indent: cell.alignment?.indent ?? 0,
    wrap: cell.alignment?.wrapText ?? false,
    vertical: cell.alignment?.vertical ?? null,
  };
}

/** From the sheet's <cols>: each <col min max width> covers 1-based columns min to max. */
function columnWidths(sheetXml: Document): number[] {
  const widths: number[] = [];
  for (const col of all(sheetXml, "col")) {
    const [min, max] = ["min", "max"].map((name) => Number(col.getAttribute(name)));
    for (let c = min; c <= max; c++) widths[c - 1] = Number(col.getAttribute("width"));
  }
  return widths;
}

function rowHeights(ws: ExcelJS.Worksheet): Record<number, number> {
  const heights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.height !== undefined) heights[number - 1] = row.height;
  });
  return heights;
}

function conditionalFormats(ws: ExcelJS.Worksheet): ConditionalFormatShown[] {
  return (conditionalFormatsOf(ws) ?? []).flatMap((format) =>
    format.rules.map((rule): ConditionalFormatShown => {
      const range = format.ref;
      if (rule.type === "dataBar") {
        const bar = rule as ExcelJS.DataBarRuleType & { color?: { argb: string }; gradient?: boolean };
        const [low, high] = bar.cfvo ?? [];
        const end = (cfvo?: { type: string; value?: number }) =>
          cfvo?.type === "num" ? String(cfvo.value) : (cfvo?.type ?? "");
        return {
          range,
          kind: "dataBar",
          bar: { colour: hex(bar.color?.argb ?? ""), start: end(low), end: end(high), gradient: bar.gradient ?? true },
        };
      }
      const styled = rule as ExcelJS.ExpressionRuleType | ExcelJS.CellIsRuleType;
      const fill = styled.style?.fill as ExcelJS.FillPattern | undefined;
      const colours = {
        fill: hex(fill?.bgColor?.argb ?? ""),
        font: hex(styled.style?.font?.color?.argb ?? ""),
      };
      if (rule.type === "expression") return { range, kind: "formula", formula: rule.formulae?.[0], ...colours };
      if (rule.type === "cellIs" && rule.operator === "equal")
        return { range, kind: "equals", formula: rule.formulae?.[0], ...colours };
      throw new Error(`unexpected conditional format ${rule.type}`);
    }),
  );
}

function tables(ws: ExcelJS.Worksheet): TableShown[] {
  const list = (
    ws as unknown as { getTables(): { table: ExcelJS.TableProperties & { tableRef: string } }[] }
  ).getTables();
  return list.map(({ table }) => ({
    name: table.name,
    range: table.tableRef,
    style: table.style?.theme ?? "",
    bandedRows: table.style?.showRowStripes ?? false,
    headerRow: table.headerRow ?? true,
    columns: table.columns.map((column) => column.name),
  }));
}

/** _xlnm.Print_Titles defined names, by sheet index: "'Sheet'!$1:$2" -> "$1:$2". */
async function printTitleRows(written: WrittenWorkbook): Promise<Map<number, string>> {
  const titles = new Map<number, string>();
  for (const name of all(parseXml(await written.part("xl/workbook.xml")), "definedName")) {
    if (name.getAttribute("name") !== "_xlnm.Print_Titles") continue;
    const text = name.textContent ?? "";
    titles.set(Number(name.getAttribute("localSheetId")), text.slice(text.lastIndexOf("!") + 1));
  }
  return titles;
}

function print(ws: ExcelJS.Worksheet, sheetXml: Document, titleRows: string | null): PrintShown {
  const setup = ws.pageSetup;
  const margins = setup.margins!;
  return {
    paper: PAPER_NAMES[setup.paperSize ?? 0] ?? String(setup.paperSize),
    orientation: setup.orientation ?? "portrait",
    fit: setup.fitToPage ? [setup.fitToWidth ?? 1, setup.fitToHeight ?? 1] : null,
    margins: {
      left: margins.left,
      right: margins.right,
      top: margins.top,
      bottom: margins.bottom,
      header: margins.header,
      footer: margins.footer,
    },
    header: ws.headerFooter.oddHeader ?? "",
    footer: ws.headerFooter.oddFooter ?? "",
    titleRows,
    // A row break's id is the 1-based row it follows, i.e. the 0-based row it comes before.
    pageBreaks: all(sheetXml, "rowBreaks").flatMap((breaks) =>
      all(breaks, "brk").map((brk) => Number(brk.getAttribute("id"))),
    ),
  };
}

async function charts(written: WrittenWorkbook, sheetName: string): Promise<ChartShown[]> {
  const sheetPart = await written.sheetPartOf(sheetName);
  const drawing = (await written.relsOf(sheetPart)).find((rel) => rel.type.endsWith("/drawing"));
  if (!drawing) return [];
  const chartParts = new Map((await written.relsOf(drawing.path)).map((rel) => [rel.id, rel.path]));
  const anchors = all(parseXml(await written.part(drawing.path)), "xdr:twoCellAnchor");
  return Promise.all(
    anchors.map(async (anchor) => {
      const corner = (tag: string): [number, number] => {
        const at = first(anchor, tag);
        return [Number(first(at, "xdr:row").textContent), Number(first(at, "xdr:col").textContent)];
      };
      const relId = first(anchor, "c:chart").getAttribute("r:id")!;
      const chart = parseXml(await written.part(chartParts.get(relId)!));
      const properties = first(anchor, "xdr:cNvPr");
      return chartShown(chart, properties, corner("xdr:from"), corner("xdr:to"));
    }),
  );
}

function chartShown(chart: Document, properties: Element, from: [number, number], to: [number, number]): ChartShown {
  const [group, ...others] = Array.from(first(chart, "c:plotArea").children).filter((child) =>
    ["lineChart", "barChart"].includes(child.localName),
  );
  // A second chart group in the same plot area draws its series in its own type: lines over the bars.
  const series = [
    ...all(group, "c:ser").map((ser) => seriesShown(ser, null)),
    ...others.flatMap((other) => all(other, "c:ser").map((ser) => seriesShown(ser, groupType(other)))),
  ];
  const type = groupType(group);
  const valueAxis = first(chart, "c:valAx");
  const categoryAxis = first(chart, "c:catAx");
  const text = (root: Element) =>
    all(root, "a:t")
      .map((t) => t.textContent)
      .join("");
  const chartTitle = child(first(chart, "c:chart"), "title");
  const axisTitle = (axis: Element) => {
    const title = child(axis, "title");
    return title ? text(title) : null;
  };
  const legend = first(chart, "c:chart").getElementsByTagName("c:legend")[0];
  const min = child(first(valueAxis, "c:scaling"), "min");
  const max = child(first(valueAxis, "c:scaling"), "max");
  return {
    name: properties.getAttribute("name")!,
    type,
    title: chartTitle ? text(chartTitle) : "",
    legend: legend ? LEGEND_POSITIONS[first(legend, "c:legendPos").getAttribute("val")!] : "none",
    altText: properties.getAttribute("descr"),
    from,
    to,
    valueAxisTitle: axisTitle(valueAxis),
    categoryAxisTitle: axisTitle(categoryAxis),
    valueAxisMin: min ? Number(min.getAttribute("val")) : null,
    valueAxisMax: max ? Number(max.getAttribute("val")) : null,
    valueAxisFormat: first(valueAxis, "c:numFmt").getAttribute("formatCode")!,
    categoriesReversed: first(categoryAxis, "c:orientation").getAttribute("val") === "maxMin",
    valueAxisAtMaxCategory: first(valueAxis, "c:crosses").getAttribute("val") === "max",
    series,
  };
}

/** A line chart group whose series show markers is Excel's "line with markers". */
function groupType(group: Element): string {
  if (group.localName !== "lineChart") return CHART_TYPES[first(group, "c:barDir").getAttribute("val")!];
  const markers = all(group, "c:ser").some((ser) => {
    const symbol = child(ser, "marker") && child(child(ser, "marker")!, "symbol")?.getAttribute("val");
    return symbol !== undefined && symbol !== null && symbol !== "none";
  });
  return markers ? "LineMarkers" : "Line";
}

/** The element's direct child of a local name (DrawingML nests spPr at several levels). */
function child(parent: Element, localName: string): Element | undefined {
  return Array.from(parent.children).find((element) => element.localName === localName);
}

function seriesShown(series: Element, chartType: string | null): SeriesShown {
  const shape = child(series, "spPr");
  const line = shape && child(shape, "ln");
  const colourOf = (element?: Element) => {
    const fill = element && child(element, "solidFill");
    return (fill && child(fill, "srgbClr")?.getAttribute("val")) ?? "";
  };
  const marker = child(series, "marker");
  const symbol = marker && child(marker, "symbol")?.getAttribute("val");
  const points = Array.from(series.children)
    .filter((element) => element.localName === "dPt")
    .map((point) => {
      const pointMarker = child(point, "marker");
      return {
        index: Number(child(point, "idx")?.getAttribute("val")),
        fill: child(point, "spPr") ? colourOf(child(point, "spPr")) : null,
        marker: pointMarker ? colourOf(child(pointMarker, "spPr")) : null,
      };
    });
  return {
    name: first(first(series, "c:tx"), "c:v").textContent ?? "",
    values: first(first(series, "c:val"), "c:f").textContent ?? "",
    categories: first(first(series, "c:cat"), "c:f").textContent ?? "",
    colour: line ? colourOf(line) : colourOf(shape),
    lineWidth: line ? Number(line.getAttribute("w")) / EMU_PER_POINT : null,
    dash: (line && child(line, "prstDash")?.getAttribute("val")) ?? null,
    chartType,
    marker:
      marker && symbol && symbol !== "none"
        ? {
            style: symbol,
            size: Number(child(marker, "size")?.getAttribute("val")),
            colour: colourOf(child(marker, "spPr")),
          }
        : null,
    points,
  };
}
