/**
 * The workbook the fake holds: plain data that tests can inspect and compare.
 * Proxies (worksheet.ts, range.ts, ...) change it only when a sync runs their commands.
 */
export type Scalar = string | number | boolean;

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells on a sheet; follows the sheet through renames. */
export interface Area {
  sheet: SheetModel;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export interface FormatRecord {
  area: Area;
  /** e.g. ["font", "bold"] */
  path: string[];
  value: unknown;
}

export interface ConditionalFormatModel {
  type: string;
  area: Area;
  /** Everything set on it, by path: { "cellValue.rule": {...}, "cellValue.format.fill.color": "#..." } */
  settings: Record<string, unknown>;
}

export interface TableModel {
  id: number;
  name: string;
  area: Area;
  hasHeaders: boolean;
  style: string;
  showBandedRows: boolean;
}

export interface SeriesModel {
  name: string;
  values: Area | null;
  xValues: Area | null;
  /** How it is drawn, by path: { "format.line.color": "#...", "markerStyle": "Circle", "format.fill.color": ... }. */
  look?: Record<string, unknown>;
  /** How single points are drawn, by 0-based index and path: { 2: { "format.fill.color": "#C55A11" } }. */
  points?: Record<number, Record<string, unknown>>;
}

export interface ChartModel {
  id: number;
  name: string;
  type: string;
  settings: Record<string, unknown>;
  series: SeriesModel[];
  position: { start: string; end?: string } | null;
}

export interface NamedItemModel {
  name: string;
  /** For a name given as a formula; a name given a range keeps the range (area) instead. */
  formula: string;
  area?: Area;
  comment: string;
  visible: boolean;
}

export interface SheetModel {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  tabColor: string;
  /** Sparse: values[row][col]; undefined is an empty cell. */
  values: (Scalar | undefined)[][];
  /** Keyed by row * MAX_COLUMNS + col. */
  numberFormats: Map<number, string>;
  formulas: Map<number, string>;
  formats: FormatRecord[];
  columnWidths: Map<number, number>;
  /** Merged areas, as written by range.merge(). */
  merges: Omit<Area, "sheet">[];
  conditionalFormats: ConditionalFormatModel[];
  tables: TableModel[];
  charts: ChartModel[];
  names: NamedItemModel[];
  freezeRows: number;
  pageLayout: Record<string, unknown>;
  /** 0-based rows that a manual page break comes before. */
  horizontalPageBreaks: number[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  names: NamedItemModel[];
  settings: Map<string, unknown>;
  protected: boolean;
  activeSheet: SheetModel | null;
  properties: Record<string, unknown>;
  nextId: number;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function newSheet(workbook: WorkbookModel, name: string): SheetModel {
  return {
    id: workbook.nextId++,
    name,
    visibility: "Visible",
    protected: false,
    tabColor: "",
    values: [],
    numberFormats: new Map(),
    formulas: new Map(),
    formats: [],
    columnWidths: new Map(),
    merges: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
    names: [],
    freezeRows: 0,
    pageLayout: {},
    horizontalPageBreaks: [],
  };
}

/** A workbook with the given sheets; each is a 2-D array of values written from A1. */
export function newWorkbook(sheets: Record<string, Scalar[][]> = { Sheet1: [] }): WorkbookModel {
  const workbook: WorkbookModel = {
    sheets: [],
    names: [],
    settings: new Map(),
    protected: false,
    activeSheet: null,
    properties: {},
    nextId: 1,
  };
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = newSheet(workbook, name);
    sheet.values = rows.map((row) => row.map((value) => (value === "" ? undefined : value)));
    workbook.sheets.push(sheet);
  }
  workbook.activeSheet = workbook.sheets[0] ?? null;
  return workbook;
}

export function cellValue(sheet: SheetModel, row: number, col: number): Scalar {
  return sheet.values[row]?.[col] ?? "";
}

/** Bounding box of the non-empty cells, or null for an empty sheet. */
export function usedArea(sheet: SheetModel, valuesOnly: boolean): Area | null {
  let r0 = Infinity,
    r1 = -1,
    c0 = Infinity,
    c1 = -1;
  const include = (row: number, col: number) => {
    r0 = Math.min(r0, row);
    r1 = Math.max(r1, row);
    c0 = Math.min(c0, col);
    c1 = Math.max(c1, col);
  };
  sheet.values.forEach((cells, row) =>
    cells?.forEach((value, col) => value !== undefined && value !== "" && include(row, col)),
  );
  if (!valuesOnly) {
    for (const key of sheet.numberFormats.keys()) include(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
  }
  return r1 < 0 ? null : { sheet, r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
