/** Writes a plan through the Office writer into the fake Excel and reads the result in the shared "what it shows" form. */
// The fake's index first: it loads the fake's modules in an order their imports of each other need.
import { cellKey, cellValue, usedArea, type Area, type ChartModel, type SheetModel } from "../../fakeExcel";
import { cellFormatSettings, rowHeights } from "../../fakeExcel/snapshot";
import type { ReportPlan } from "../../../src/report/plan";
import { writeReportPlan } from "../../../src/workbook/office/plan/writeReportPlan";
import { excelWithExtract, fakeRuntime } from "../office/excelFixture";
import { writeOptions } from "../office/planFixture";
import type { SheetReadBack } from "./readXlsxBack";
import {
  a1,
  a1Range,
  DEFAULT_FONT,
  hex,
  mergedOver,
  parseA1,
  type CellShown,
  type ChartShown,
  type ConditionalFormatShown,
  type PrintShown,
} from "./writtenLook";

/** Excel's default font draws a digit about 7 px wide, plus 5 px of padding; 0.75 pt per px. */
const pointsToCharacters = (points: number) => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
const pointsToInches = (points: number) => Math.round((points / 72) * 1000) / 1000;

export async function readOfficeBack(plan: ReportPlan, excelApi = "1.9"): Promise<Map<string, SheetReadBack>> {
  const excel = excelWithExtract(30, { excelApi });
  await writeReportPlan(fakeRuntime(excel), plan, writeOptions());
  const sheets = new Map<string, SheetReadBack>();
  for (const sheet of excel.model.sheets.filter((s) => plan.sheets.some((p) => p.name === s.name))) {
    const merges = sheet.merges.map((m) => a1Range(m.r0, m.c0, m.rows, m.cols)).sort();
    const hidden = mergedOver(merges);
    const used = usedArea(sheet, false);
    sheets.set(sheet.name, {
      shown: {
        name: sheet.name,
        tabColour: hex(sheet.tabColor),
        columnWidths: [...sheet.columnWidths].sort(([a], [b]) => a - b).map(([, points]) => pointsToCharacters(points)),
        freezeRows: sheet.freezeRows,
        rowHeights: Object.fromEntries(rowHeights(sheet)),
        merges,
        conditionalFormats: sheet.conditionalFormats.map((format): ConditionalFormatShown =>
          conditionalFormat(format.type, format.area, format.settings),
        ),
        tables: sheet.tables.map((table) => ({
          name: table.name,
          range: areaAddress(table.area),
          style: table.style,
          bandedRows: table.showBandedRows,
          headerRow: table.hasHeaders,
          columns: Array.from({ length: table.area.cols }, (_, c) =>
            String(cellValue(sheet, table.area.r0, table.area.c0 + c)),
          ),
        })),
        charts: sheet.charts.map(chartShown),
        print: print(sheet),
      },
      extent: { rows: used ? used.r0 + used.rows : 0, cols: used ? used.c0 + used.cols : 0 },
      cellAt: (row, col) =>
        hidden.has(a1(row, col))
          ? {
              value: null,
              format: "",
              font: DEFAULT_FONT,
              fill: null,
              horizontal: null,
              indent: 0,
              wrap: false,
              vertical: null,
            }
          : cellShown(sheet, row, col),
    });
  }
  return sheets;
}

function areaAddress(area: Omit<Area, "sheet">): string {
  return a1Range(area.r0, area.c0, area.rows, area.cols);
}

function cellShown(sheet: SheetModel, row: number, col: number): CellShown {
  const value = cellValue(sheet, row, col);
  if (typeof value === "boolean") throw new Error(`${a1(row, col)} holds a boolean`);
  const format = cellFormatSettings(sheet, row, col);
  const lower = (text: unknown) => (typeof text === "string" ? text.toLowerCase() : null);
  return {
    value: value === "" ? null : value,
    format: sheet.numberFormats.get(cellKey(row, col)) ?? "General",
    font: {
      name: (format["font.name"] as string) ?? DEFAULT_FONT.name,
      size: (format["font.size"] as number) ?? DEFAULT_FONT.size,
      bold: (format["font.bold"] as boolean) ?? false,
      italic: (format["font.italic"] as boolean) ?? false,
      colour: format["font.color"] ? hex(format["font.color"] as string) : DEFAULT_FONT.colour,
    },
    fill: format["fill.color"] ? hex(format["fill.color"] as string) : null,
    horizontal: lower(format.horizontalAlignment),
    indent: (format.indentLevel as number) ?? 0,
    wrap: (format.wrapText as boolean) ?? false,
    vertical: lower(format.verticalAlignment),
  };
}

function withoutEquals(formula: unknown): string {
  return String(formula).replace(/^=/, "");
}

function conditionalFormat(type: string, area: Area, settings: Record<string, unknown>): ConditionalFormatShown {
  const range = areaAddress(area);
  switch (type) {
    case "Custom":
      return {
        range,
        kind: "formula",
        formula: withoutEquals(settings["custom.rule.formula"]),
        fill: hex(String(settings["custom.format.fill.color"])),
        font: hex(String(settings["custom.format.font.color"])),
      };
    case "CellValue": {
      const rule = settings["cellValue.rule"] as { formula1: string; operator: string };
      if (rule.operator !== "EqualTo") throw new Error(`unexpected operator ${rule.operator}`);
      return {
        range,
        kind: "equals",
        formula: withoutEquals(rule.formula1),
        fill: hex(String(settings["cellValue.format.fill.color"])),
        font: hex(String(settings["cellValue.format.font.color"])),
      };
    }
    case "DataBar": {
      const bound = (rule: unknown) => {
        const { type: kind, formula } = (rule ?? {}) as { type?: string; formula?: string };
        return kind === "Number"
          ? String(formula)
          : kind === "LowestValue"
            ? "min"
            : kind === "HighestValue"
              ? "max"
              : "";
      };
      return {
        range,
        kind: "dataBar",
        bar: {
          colour: hex(String(settings["dataBar.positiveFormat.fillColor"] ?? "")),
          start: bound(settings["dataBar.lowerBoundRule"]),
          end: bound(settings["dataBar.upperBoundRule"]),
          // Excel's default data bar is a gradient.
          gradient: (settings["dataBar.positiveFormat.gradientFill"] as boolean) ?? true,
        },
      };
    }
    default:
      throw new Error(`unexpected conditional format ${type}`);
  }
}

/** "'Analyst''s trends'!$B$4:$B$6", as a chart series formula reads in the file. */
function seriesFormula(area: Area | null): string {
  if (!area) return "";
  const absolute = (row: number, col: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const firstCell = absolute(area.r0, area.c0);
  const lastCell = absolute(area.r0 + area.rows - 1, area.c0 + area.cols - 1);
  const cells = firstCell === lastCell ? firstCell : `${firstCell}:${lastCell}`;
  return `'${area.sheet.name.replace(/'/g, "''")}'!${cells}`;
}

function chartShown(chart: ChartModel): ChartShown {
  const { settings, position } = chart;
  if (!position?.end) throw new Error(`chart ${chart.name} has no position`);
  const [endRow, endCol] = parseA1(position.end);
  return {
    name: chart.name,
    type: chart.type,
    title: String(settings["title.text"] ?? ""),
    legend: settings["legend.visible"] === false ? "none" : String(settings["legend.position"] ?? ""),
    // Office.js has no alt text on a chart: the writer puts it in the note under the chart instead.
    altText: null,
    from: parseA1(position.start),
    // setPosition's end cell is covered by the chart, so the exclusive corner is one further.
    to: [endRow + 1, endCol + 1],
    valueAxisTitle: (settings["axes.valueAxis.title.text"] as string) ?? null,
    categoryAxisTitle: (settings["axes.categoryAxis.title.text"] as string) ?? null,
    valueAxisMin:
      typeof settings["axes.valueAxis.minimum"] === "number" ? (settings["axes.valueAxis.minimum"] as number) : null,
    valueAxisMax:
      typeof settings["axes.valueAxis.maximum"] === "number" ? (settings["axes.valueAxis.maximum"] as number) : null,
    valueAxisFormat: String(settings["axes.valueAxis.numberFormat"] ?? "General"),
    categoriesReversed: settings["axes.categoryAxis.reversePlotOrder"] === true,
    valueAxisAtMaxCategory: settings["axes.categoryAxis.position"] === "Maximum",
    series: chart.series.map((series) => {
      const look = series.look ?? {};
      const colour = (path: string) => (look[path] ? hex(String(look[path])) : "");
      const weight = look["format.line.weight"];
      return {
        name: series.name,
        values: seriesFormula(series.values),
        categories: seriesFormula(series.xValues),
        colour: colour("format.line.color") || colour("format.fill.color"),
        lineWidth: weight === undefined ? null : Number(weight),
        dash: look["format.line.lineStyle"] ? String(look["format.line.lineStyle"]).toLowerCase() : null,
        chartType: look.chartType ? String(look.chartType) : null,
        marker:
          look.markerStyle && look.markerStyle !== "None"
            ? {
                style: String(look.markerStyle).toLowerCase(),
                size: Number(look.markerSize),
                colour: colour("markerBackgroundColor"),
              }
            : null,
        points: Object.entries(series.points ?? {}).map(([index, point]) => {
          const pointColour = (path: string) => (point[path] ? hex(String(point[path])) : null);
          // A marker shows one colour only when its fill and its border agree.
          const marker = pointColour("markerBackgroundColor");
          return {
            index: Number(index),
            fill: pointColour("format.fill.color"),
            marker: marker === pointColour("markerForegroundColor") ? marker : `${marker} with another border`,
          };
        }),
      };
    }),
  };
}

function print(sheet: SheetModel): PrintShown {
  const layout = sheet.pageLayout;
  const zoom = layout.zoom as { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
  const page = (name: string) => (layout[`headersFooters.defaultForAllPages.${name}`] as string) ?? "";
  const codes = (kind: "Header" | "Footer") =>
    [`&L${page(`left${kind}`)}`, `&C${page(`center${kind}`)}`, `&R${page(`right${kind}`)}`]
      .filter((section) => section.length > 2)
      .join("");
  return {
    paper: String(layout.paperSize ?? ""),
    orientation: String(layout.orientation ?? "").toLowerCase(),
    fit: zoom?.horizontalFitToPages !== undefined ? [zoom.horizontalFitToPages, zoom.verticalFitToPages ?? 0] : null,
    margins: {
      left: pointsToInches(Number(layout.leftMargin)),
      right: pointsToInches(Number(layout.rightMargin)),
      top: pointsToInches(Number(layout.topMargin)),
      bottom: pointsToInches(Number(layout.bottomMargin)),
      header: pointsToInches(Number(layout.headerMargin)),
      footer: pointsToInches(Number(layout.footerMargin)),
    },
    header: codes("Header"),
    footer: codes("Footer"),
    titleRows: (layout.printTitleRows as string) ?? null,
    pageBreaks: [...sheet.horizontalPageBreaks],
  };
}
