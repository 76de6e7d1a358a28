/**
 * The cells of a table or a line of text as 2-D arrays of values and number formats,
 * ready for one range write each. Every string cell is formatted as text ("@") and
 * that format is written before the values, so extract text such as "=HYPERLINK(...)"
 * or "-ASB" can never become a formula, and labels such as "Apr 2024" never become dates.
 *
 * Excel shows a text-formatted cell holding more than 255 characters as "####", so
 * such long text (a sentence, never a number or date) keeps the General format and,
 * if it starts like a formula, gets Excel's apostrophe prefix, which marks it as text
 * without being shown.
 */
import { NUMBER_FORMATS, type CellValue, type TablePlan } from "../../../report/plan";

export const TEXT_FORMAT = NUMBER_FORMATS.text;

export interface CellBlock {
  row: number;
  col: number;
  values: (string | number)[][];
  formats: string[][];
}

/** Excel would read these as the start of a formula in a cell that is not formatted as text. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

const TEXT_FORMAT_MAX_LENGTH = 255;
const GENERAL = "General";

function cell(value: CellValue): string | number {
  if (value === null) return "";
  if (typeof value === "string" && value.length > TEXT_FORMAT_MAX_LENGTH && isFormulaLike(value)) return `'${value}`;
  return value;
}

function textFormat(text: string): string {
  return text.length > TEXT_FORMAT_MAX_LENGTH ? GENERAL : TEXT_FORMAT;
}

/** Header and body rows [from, to) of a table, at their place on the sheet. */
export function tableRowsBlock(table: TablePlan, from: number, to: number, withHeader: boolean): CellBlock {
  const body = table.rows.slice(from, to);
  const values = body.map((row) => row.map(cell));
  const formats = body.map((row) =>
    row.map((value, c) => (typeof value === "string" ? textFormat(value) : NUMBER_FORMATS[table.columns[c].format])),
  );
  if (withHeader) {
    values.unshift(table.columns.map((column) => column.header));
    formats.unshift(table.columns.map(() => TEXT_FORMAT));
  }
  return { row: table.at.row + 1 + from - (withHeader ? 1 : 0), col: table.at.col, values, formats };
}

export function textBlock(row: number, col: number, text: string): CellBlock {
  return { row, col, values: [[cell(text)]], formats: [[textFormat(text)]] };
}

/**
 * Bytes of a string in UTF-8, counted rather than encoded: TextEncoder is missing
 * from jsdom, where the pane's tests run this adapter, and counting allocates nothing.
 */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one character of 4 bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** What the write sends, as Excel measures its request payload (bytes of UTF-8 JSON: "€" is 3), give or take. */
export function blockBytes(block: CellBlock): number {
  return utf8Length(JSON.stringify(block.values)) + utf8Length(JSON.stringify(block.formats));
}

/** Splits a table's header and body into blocks of at most about maxBytes each. */
export function tableBlocks(table: TablePlan, maxBytes: number): CellBlock[] {
  const blocks: CellBlock[] = [];
  let from = 0;
  let withHeader = true;
  while (from < table.rows.length || withHeader) {
    let to = from;
    let bytes = withHeader ? blockBytes(tableRowsBlock(table, 0, 0, true)) : 0;
    while (to < table.rows.length) {
      const rowBytes = blockBytes(tableRowsBlock(table, to, to + 1, false));
      if (to > from && bytes + rowBytes > maxBytes) break;
      bytes += rowBytes;
      to++;
    }
    blocks.push(tableRowsBlock(table, from, to, withHeader));
    from = to;
    withHeader = false;
  }
  return blocks;
}
