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
    tables: sheet.tables.map((t) => ({ name: t.name, area: areaText(t.area), style: t.style })),
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      settings: c.settings,
      position: c.position,
      series: c.series.map((s) => ({ name: s.name, values: areaText(s.values), xValues: areaText(s.xValues) })),
    })),
    names: sheet.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment })),
    freezeRows: sheet.freezeRows,
    pageLayout: sheet.pageLayout,
  };
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
