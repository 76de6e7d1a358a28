/** Plain, comparable copies of the fake workbook for before/after assertions in tests. */
import { namedItemFormula } from "./namedItems";
import { cellValue, MAX_COLUMNS, type Area, type SheetModel, type WorkbookModel } from "./model";

export function sheetValues(sheet: SheetModel): (string | number | boolean)[][] {
  let width = 0;
  // A plain loop: `values` is sparse, and map() would keep its holes.
  for (let r = 0; r < sheet.values.length; r++) width = Math.max(width, sheet.values[r]?.length ?? 0);
  return Array.from({ length: sheet.values.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => cellValue(sheet, r, c)),
  );
}

function areaText(area: Area | null): string | null {
  return area && `${area.sheet.name}!R${area.r0}C${area.c0}:${area.rows}x${area.cols}`;
}

function sheetSnapshot(sheet: SheetModel) {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    tabColor: sheet.tabColor,
    values: sheetValues(sheet),
    numberFormats: [...sheet.numberFormats].map(([key, f]) => [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS, f]),
    formulas: [...sheet.formulas],
    formats: sheet.formats.map((f) => ({ area: areaText(f.area), path: f.path.join("."), value: f.value })),
    columnWidths: [...sheet.columnWidths],
    conditionalFormats: sheet.conditionalFormats.map((f) => ({
      type: f.type,
      area: areaText(f.area),
      settings: f.settings,
    })),
    merges: sheet.merges.map((m) => areaText({ sheet, ...m })),
    tables: sheet.tables.map((t) => ({
      name: t.name,
      area: areaText(t.area),
      style: t.style,
      showBandedRows: t.showBandedRows,
      hasHeaders: t.hasHeaders,
    })),
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      settings: c.settings,
      position: c.position,
      series: c.series.map((s) => ({
        name: s.name,
        values: areaText(s.values),
        xValues: areaText(s.xValues),
        points: s.points ?? {},
      })),
    })),
    names: sheet.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment })),
    freezeRows: sheet.freezeRows,
    pageLayout: sheet.pageLayout,
    horizontalPageBreaks: sheet.horizontalPageBreaks,
  };
}

function covers(area: Area, row: number, col: number): boolean {
  return row >= area.r0 && row < area.r0 + area.rows && col >= area.c0 && col < area.c0 + area.cols;
}

/**
 * What range.format settings one cell ended with, by path ("font.bold", "fill.color",
 * "horizontalAlignment"...): the last write over the cell wins, as in Excel.
 */
export function cellFormatSettings(sheet: SheetModel, row: number, col: number): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const record of sheet.formats) {
    if (covers(record.area, row, col)) settings[record.path.join(".")] = record.value;
  }
  return settings;
}

/** Row heights set through range.format.rowHeight, by 0-based row. */
export function rowHeights(sheet: SheetModel): Map<number, number> {
  const heights = new Map<number, number>();
  for (const record of sheet.formats.filter((f) => f.path.join(".") === "rowHeight")) {
    for (let r = record.area.r0; r < record.area.r0 + record.area.rows; r++) heights.set(r, Number(record.value));
  }
  return heights;
}

export function snapshotWorkbook(workbook: WorkbookModel) {
  return {
    sheets: workbook.sheets.map(sheetSnapshot),
    names: workbook.names.map((n) => ({ name: n.name, formula: namedItemFormula(workbook, n), visible: n.visible })),
    settings: [...workbook.settings],
    protected: workbook.protected,
    properties: workbook.properties,
  };
}
