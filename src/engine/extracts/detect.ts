/**
 * Recognising an extract from its header row. The header may sit below a title
 * or notes (the first rows are scanned), with columns in any order, case or spacing.
 */
import { foldHeader, KNOWN_FORMATS, mappedHeaders, type FormatHeaders } from "./formats";
import type { Cell, ColumnMapping, CrimeField, Detection, NotAnExtract } from "./types";

/** How many rows from the top are searched for a header row. */
export const HEADER_SCAN_ROWS = 20;

/** Folded header -> first column holding it. */
function headerIndex(row: Cell[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let c = 0; c < row.length; c++) {
    const folded = foldHeader(row[c]);
    if (folded !== "" && !index.has(folded)) index.set(folded, c);
  }
  return index;
}

function matchFormat(format: FormatHeaders, index: Map<string, number>): Detection["columns"] | null {
  const columns: Partial<Record<CrimeField, number>> = {};
  for (const field of format.fields) {
    const alias = field.aliases.find((a) => index.has(a));
    if (alias !== undefined) columns[field.field] = index.get(alias);
    else if (field.required) return null;
  }
  return columns;
}

function knownHeaderCount(index: Map<string, number>, formats: FormatHeaders[]): number {
  let count = 0;
  for (const format of formats) for (const field of format.fields) if (field.aliases.some((a) => index.has(a))) count++;
  return count;
}

function headersAsWritten(row: Cell[]): string[] {
  return row.map((cell) =>
    cell === null || cell === undefined
      ? ""
      : String(cell)
          .replace(/^\uFEFF/, "")
          .trim(),
  );
}

/**
 * The format and column positions of an extract, or what was expected and found.
 * With a mapping, only the mapped columns are looked for.
 */
export function detectExtract(rows: Cell[][], mapping?: ColumnMapping): Detection | NotAnExtract {
  const formats = mapping ? [mappedHeaders(mapping)] : KNOWN_FORMATS;
  const scanned = Math.min(rows.length, HEADER_SCAN_ROWS);
  let best = { row: -1, known: -1 };
  for (let r = 0; r < scanned; r++) {
    const row = rows[r] ?? [];
    const index = headerIndex(row);
    if (index.size === 0) continue;
    for (const format of formats) {
      const columns = matchFormat(format, index);
      if (columns) return { format: format.format, headerRowIndex: r, columns, headers: headersAsWritten(row) };
    }
    const known = knownHeaderCount(index, formats);
    if (known > best.known) best = { row: r, known };
  }
  return notAnExtract(
    formats,
    best.row < 0 ? [] : headersAsWritten(rows[best.row]).filter((h) => h !== ""),
    best.row,
    rows,
  );
}

/** Expected columns are those of the format the found headers come closest to (police.uk when none is close). */
function notAnExtract(formats: FormatHeaders[], found: string[], bestRow: number, rows: Cell[][]): NotAnExtract {
  let closest = formats[0];
  if (bestRow >= 0) {
    const index = headerIndex(rows[bestRow]);
    let most = 0;
    for (const format of formats) {
      const known = knownHeaderCount(index, [format]);
      if (known > most) [closest, most] = [format, known];
    }
  }
  return { format: null, expected: closest.fields.filter((f) => f.required).map((f) => f.label), found };
}

export function isDetection(result: Detection | NotAnExtract): result is Detection {
  return result.format !== null;
}
