/**
 * What a written workbook shows, in one plain form for both writers, so the parity
 * test can compare the xlsx file (read back with ExcelJS, JSZip and an XML parser)
 * with the Office writer's result (read from the fake Excel's model). Each reader
 * turns its side's own vocabulary (argb vs "#", "Landscape" vs "landscape", inches
 * vs points, exclusive vs inclusive chart corners) into this form, independently of
 * the writers' code.
 */
export interface FontShown {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  colour: string;
}

export interface CellShown {
  value: string | number | null;
  format: string;
  font: FontShown;
  fill: string | null;
  horizontal: string | null;
  indent: number;
  wrap: boolean;
  vertical: string | null;
}

export interface ConditionalFormatShown {
  range: string;
  kind: "formula" | "equals" | "dataBar";
  formula?: string;
  fill?: string;
  font?: string;
  bar?: { colour: string; start: string; end: string; gradient: boolean };
}

export interface TableShown {
  name: string;
  range: string;
  style: string;
  bandedRows: boolean;
  headerRow: boolean;
  columns: string[];
}

export interface ChartShown {
  name: string;
  type: string;
  title: string;
  /** "Bottom" and so on, or "none" for no legend. */
  legend: string;
  /** The chart's own alt text (Excel's Alt Text description), or null where the writer cannot set one. */
  altText: string | null;
  /** 0-based [row, col] of the top-left cell and of the (exclusive) bottom-right cell. */
  from: [number, number];
  to: [number, number];
  valueAxisTitle: string | null;
  categoryAxisTitle: string | null;
  /** The value axis's fixed lowest value, or null when Excel chooses. */
  valueAxisMin: number | null;
  /** The value axis's fixed highest value, or null when Excel chooses. */
  valueAxisMax: number | null;
  valueAxisFormat: string;
  categoriesReversed: boolean;
  valueAxisAtMaxCategory: boolean;
  series: SeriesShown[];
}

export interface SeriesShown {
  name: string;
  values: string;
  categories: string;
  /** Line or fill colour. */
  colour: string;
  /** Line width in points; null for bars. */
  lineWidth: number | null;
  /** "dash" for a dashed line; null for a solid line or a bar. */
  dash: string | null;
  /** The series' own chart type where it is drawn unlike the chart (a line over bars); null otherwise. */
  chartType: string | null;
  marker: { style: string; size: number; colour: string } | null;
  /** Points drawn in a colour of their own: a bar's fill or a line point's marker. */
  points: { index: number; fill: string | null; marker: string | null }[];
}

export interface PrintShown {
  paper: string;
  orientation: string;
  /** [pages wide, pages tall], or null for 100% scale. */
  fit: [number, number] | null;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** In header/footer codes: "&L...&C...&R...". */
  header: string;
  footer: string;
  /** "$1:$2", or null. */
  titleRows: string | null;
  /** 0-based rows that start a new page. */
  pageBreaks: number[];
}

export interface SheetShown {
  name: string;
  tabColour: string;
  /** Width in characters of each column from A that has one. */
  columnWidths: number[];
  freezeRows: number;
  /** By A1 address, over the used area of both sides; merged-over cells are left out. */
  cells: Record<string, CellShown>;
  rowHeights: Record<number, number>;
  merges: string[];
  conditionalFormats: ConditionalFormatShown[];
  tables: TableShown[];
  charts: ChartShown[];
  print: PrintShown;
}

export const DEFAULT_FONT: FontShown = { name: "Calibri", size: 11, bold: false, italic: false, colour: "000000" };

/** "FF1F3864" or "#1f3864" -> "1F3864". */
export function hex(colour: string): string {
  return colour.replace(/^#/, "").toUpperCase().slice(-6);
}

export function letters(col: number): string {
  let text = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

export function a1(row: number, col: number): string {
  return `${letters(col)}${row + 1}`;
}

export function a1Range(r0: number, c0: number, rows: number, cols: number): string {
  const first = a1(r0, c0);
  const last = a1(r0 + rows - 1, c0 + cols - 1);
  return first === last ? first : `${first}:${last}`;
}

/** "B12" -> [11, 1] (0-based). */
export function parseA1(address: string): [number, number] {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, col];
}

/** Cells merged over (all but the top-left of each merge), which show nothing of their own. */
export function mergedOver(merges: string[]): Set<string> {
  const hidden = new Set<string>();
  for (const merge of merges) {
    const [first, last] = merge.split(":").map(parseA1);
    for (let r = first[0]; r <= last[0]; r++)
      for (let c = first[1]; c <= last[1]; c++) if (r !== first[0] || c !== first[1]) hidden.add(a1(r, c));
  }
  return hidden;
}
