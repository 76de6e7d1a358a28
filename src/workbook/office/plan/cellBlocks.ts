/**
 * The cells of a table or a line of text as 2-D arrays of values and number formats,
 * ready for one range write each, by the shared text rules (src/workbook/excel/cellText.ts):
 * every string cell is text-formatted ("@") and the formats are written before the
 * values, so extract text such as "=HYPERLINK(...)" or "-ASB" never becomes a formula.
 * Long formula-like text keeps the General format and gets Excel's apostrophe prefix,
 * which marks it as text without being shown.
 */
import type { TablePlan } from "../../../report/plan";
import { textEntry, type CellEntry } from "../../excel/cellText";
import { tableBodyEntries, tableBodyRows, tableHeaderEntries } from "../../excel/tableLayout";

export interface CellBlock {
  row: number;
  col: number;
  values: (string | number)[][];
  formats: string[][];
}

/** What Office.js writes for an entry: "" clears a blank, and the apostrophe marks text. */
function officeValue(entry: CellEntry): string | number {
  if (entry.value === null) return "";
  return entry.markAsText ? `'${entry.value}` : entry.value;
}

function block(row: number, col: number, entries: CellEntry[][]): CellBlock {
  return {
    row,
    col,
    values: entries.map((cells) => cells.map(officeValue)),
    formats: entries.map((cells) => cells.map((entry) => entry.format)),
  };
}

/** Header and body rows [from, to) of a table, at their place on the sheet. */
export function tableRowsBlock(table: TablePlan, from: number, to: number, withHeader: boolean): CellBlock {
  const entries = tableBodyEntries(table, from, to);
  if (withHeader) entries.unshift(tableHeaderEntries(table));
  return block(table.at.row + 1 + from - (withHeader ? 1 : 0), table.at.col, entries);
}

export function textBlock(row: number, col: number, text: string): CellBlock {
  return block(row, col, [[textEntry(text)]]);
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
export function blockBytes(cells: CellBlock): number {
  return utf8Length(JSON.stringify(cells.values)) + utf8Length(JSON.stringify(cells.formats));
}

/** Splits a table's header and body (an empty table has one blank row) into blocks of at most about maxBytes each. */
export function tableBlocks(table: TablePlan, maxBytes: number): CellBlock[] {
  const rowCount = tableBodyRows(table).length;
  const blocks: CellBlock[] = [];
  let from = 0;
  let withHeader = true;
  while (from < rowCount || withHeader) {
    let to = from;
    let bytes = withHeader ? blockBytes(tableRowsBlock(table, 0, 0, true)) : 0;
    while (to < rowCount) {
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
