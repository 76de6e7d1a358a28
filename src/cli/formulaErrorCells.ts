/**
 * ExcelJS's streaming reader loses the cached result of a formula cell when it is
 * an Excel error: it parses `<v>#N/A</v>` as a number, gets NaN, and the cell's
 * value has no result (exceljs/lib/stream/xlsx/worksheet-reader.js, the `c.f`
 * branch). The whole-workbook reader the browser file mode uses keeps it, and the
 * engine must see "#N/A" from both. So for a sheet with such cells (a lookup
 * formula that found nothing is the usual one), the error values are read again
 * from the sheet's XML with JSZip, streamed, so a large sheet is never held whole.
 */
import { readFile } from "fs/promises";
import JSZip from "jszip";
import type { Cell } from "../engine/extracts";

/** An error cell's element; its attributes and its content. */
const ERROR_CELL = /<c\b([^>]*\bt="e"[^>]*)>([\s\S]*?)<\/c>/g;
const ADDRESS = /\br="([A-Z]+[0-9]+)"/;
const CACHED_VALUE = /<v>([^<]*)<\/v>/;
const CELL_END = "</c>";

/** Cell address (e.g. "J3") -> error literal, for every error cell of the worksheet part `sheet<id>.xml`. */
export async function errorCellsOfSheet(path: string, sheetId: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const zip = await JSZip.loadAsync(await readFile(path));
  const part = zip.file(`xl/worksheets/sheet${sheetId}.xml`);
  if (!part) return found;
  const scan = (xml: string) => {
    for (const [, attributes, content] of xml.matchAll(ERROR_CELL)) {
      const address = ADDRESS.exec(attributes)?.[1];
      const value = CACHED_VALUE.exec(content)?.[1];
      if (address && value) found.set(address, value);
    }
  };
  const decoder = new TextDecoder();
  let pending = "";
  await new Promise<void>((resolve, reject) => {
    part
      .nodeStream("nodebuffer")
      .on("data", (chunk: Uint8Array) => {
        // Scan up to the last whole cell; the rest waits for the next chunk.
        pending += decoder.decode(chunk, { stream: true });
        const end = pending.lastIndexOf(CELL_END);
        if (end < 0) return;
        scan(pending.slice(0, end + CELL_END.length));
        pending = pending.slice(end + CELL_END.length);
      })
      .on("end", () => resolve())
      .on("error", reject);
  });
  return found;
}

interface LostResult {
  /** 0-based, as in the plain row. */
  index: number;
  address: string;
}

/** 0-based column of an A1 address ("J3" -> 9). */
function columnIndex(address: string): number {
  let column = 0;
  for (const letter of /^[A-Z]+/.exec(address)?.[0] ?? "") column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

/**
 * Formula cells of a streamed row whose error result ExcelJS dropped: the value
 * has no result, while the cell's model holds NaN (a formula never calculated
 * has no result in either). The model is only built for a row that has such a cell.
 */
export function lostErrorResults(row: { values: unknown; model: unknown }): LostResult[] {
  const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
  const suspect = values.some((value) => {
    const v = value as { formula?: unknown; sharedFormula?: unknown; result?: unknown } | null;
    return !!v && typeof v === "object" && v.result === undefined && (v.formula ?? v.sharedFormula) !== undefined;
  });
  if (!suspect) return [];
  const cells = (row.model as { cells?: { address: string; result?: unknown }[] } | null)?.cells ?? [];
  return cells
    .filter((cell) => Number.isNaN(cell.result))
    .map((cell) => ({ index: columnIndex(cell.address), address: cell.address }));
}

/** Puts the error literals back into a plain row. */
export function restoreErrorResults(cells: Cell[], lost: LostResult[], literals: Map<string, string>): void {
  for (const { index, address } of lost) cells[index] = literals.get(address) ?? null;
}
