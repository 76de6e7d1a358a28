/**
 * Recognising an extract from its header row. The header may sit below a title
 * or notes (the first rows are scanned), with columns in any order, case or spacing.
 */
import { foldHeader, KNOWN_FORMATS, mappedHeaders, type FormatHeaders } from "./formats";
import type { Cell, ColumnMapping, CrimeField, Detection, FlagColumn, NotAnExtract } from "./types";

/** How many rows from the top are searched for a header row. */
export const HEADER_SCAN_ROWS = 20;
/** How far down a header row is still looked for, only to say where it is when it is too low. */
export const LATE_HEADER_SCAN_ROWS = 1000;

/** Folded header -> the columns holding it, in order. */
function headerIndex(row: Cell[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let c = 0; c < row.length; c++) {
    const folded = foldHeader(row[c]);
    if (folded === "") continue;
    const columns = index.get(folded);
    if (columns) columns.push(c);
    else index.set(folded, [c]);
  }
  return index;
}

type FormatMatch =
  { columns: Detection["columns"]; flags: FlagColumn[] } | { duplicate: { header: string; columns: [number, number] } };

/** The columns of each field the format reads, or the first header it reads that two columns share. */
function matchFormat(format: FormatHeaders, index: Map<string, number[]>, row: Cell[]): FormatMatch | null {
  const columns: Partial<Record<CrimeField, number>> = {};
  let duplicate: FormatMatch | null = null;
  const written = headersAsWritten(row);
  const use = (found: number[]) => {
    if (found.length > 1 && !duplicate)
      duplicate = { duplicate: { header: written[found[0]], columns: [found[0], found[1]] } };
    return found[0];
  };
  for (const field of format.fields) {
    const alias = field.aliases.find((a) => index.has(a));
    if (alias === undefined) {
      if (field.required) return null;
      continue;
    }
    columns[field.field] = use(index.get(alias) as number[]);
  }
  const flags: FlagColumn[] = [];
  for (const flag of format.flags ?? []) {
    const found = index.get(flag.alias);
    if (!found) return null;
    const column = use(found);
    flags.push({ name: flag.name, column, header: written[column] });
  }
  return duplicate ?? { columns, flags };
}

function knownHeaderCount(index: Map<string, number[]>, formats: FormatHeaders[]): number {
  let count = 0;
  for (const format of formats) {
    for (const field of format.fields) if (field.aliases.some((a) => index.has(a))) count++;
    for (const flag of format.flags ?? []) if (index.has(flag.alias)) count++;
  }
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
 * With a mapping, a table with the mapped columns is read with it (even one that is
 * also a police.uk or Home Office table, so that its flags can be mapped); any other
 * is read in its own format when it has one.
 */
function formatsFor(mapping?: ColumnMapping): FormatHeaders[] {
  return mapping ? [mappedHeaders(mapping), ...KNOWN_FORMATS] : KNOWN_FORMATS;
}

/**
 * Whether row `r` alone is a header row: its Detection; a NotAnExtract when it is
 * one but a column it is read from is duplicated; null when it is not a header row.
 */
export function detectHeaderRow(row: Cell[], r: number, mapping?: ColumnMapping): Detection | NotAnExtract | null {
  const cells = row ?? [];
  const index = headerIndex(cells);
  if (index.size === 0) return null;
  const formats = formatsFor(mapping);
  for (const format of formats) {
    const match = matchFormat(format, index, cells);
    if (match === null) continue;
    if ("duplicate" in match)
      return { ...expectedAndFound(formats, cells), duplicate: { ...match.duplicate, row: r + 1 } };
    const detection: Detection = {
      format: format.format,
      headerRowIndex: r,
      columns: match.columns,
      headers: headersAsWritten(cells),
    };
    if (format.format === "mapped") detection.flags = match.flags;
    return detection;
  }
  return null;
}

/**
 * The format and column positions of an extract, or what was expected and found.
 * With a mapping, only the mapped columns are looked for. The header must be in
 * the first HEADER_SCAN_ROWS rows; one found further down is reported (headerRow).
 */
export function detectExtract(rows: Cell[][], mapping?: ColumnMapping): Detection | NotAnExtract {
  const formats = formatsFor(mapping);
  const scanned = Math.min(rows.length, HEADER_SCAN_ROWS);
  let best = { row: -1, known: -1 };
  for (let r = 0; r < scanned; r++) {
    const row = rows[r] ?? [];
    const found = detectHeaderRow(row, r, mapping);
    if (found !== null) return found;
    const index = headerIndex(row);
    if (index.size === 0) continue;
    const known = knownHeaderCount(index, formats);
    if (known > best.known) best = { row: r, known };
  }
  const result = expectedAndFound(formats, best.row < 0 ? null : rows[best.row]);
  const late = lateHeaderRow(rows, mapping);
  return late === null ? result : { ...result, headerRow: late + 1 };
}

/** The 0-based row of a header row below the rows searched (within LATE_HEADER_SCAN_ROWS), or null. */
function lateHeaderRow(rows: Cell[][], mapping?: ColumnMapping): number | null {
  const last = Math.min(rows.length, LATE_HEADER_SCAN_ROWS);
  for (let r = HEADER_SCAN_ROWS; r < last; r++) if (detectHeaderRow(rows[r] ?? [], r, mapping) !== null) return r;
  return null;
}

/** Expected columns are those of the format the found headers come closest to (the first format when none is close). */
function expectedAndFound(formats: FormatHeaders[], row: Cell[] | null): NotAnExtract {
  let closest = formats[0];
  const index = headerIndex(row ?? []);
  if (row !== null) {
    let most = 0;
    for (const format of formats) {
      const known = knownHeaderCount(index, [format]);
      if (known > most) [closest, most] = [format, known];
    }
  }
  const result: NotAnExtract = {
    format: null,
    expected: [
      ...closest.fields.filter((f) => f.required).map((f) => f.label),
      ...(closest.flags ?? []).map((f) => f.label),
    ],
    found: row === null ? [] : headersAsWritten(row).filter((h) => h !== ""),
  };
  if (closest.format === "mapped") {
    const missingFields = closest.fields.filter((f) => f.required && !f.aliases.some((a) => index.has(a)));
    const missingFlags = (closest.flags ?? []).filter((f) => !index.has(f.alias));
    result.missing = [...missingFields.map((f) => f.label), ...missingFlags.map((f) => f.label)];
  }
  return result;
}

/** Every column a detection reads (fields, Crime ID and flags), ascending: what a reader of a sheet must fetch. */
export function columnsRead(detection: Detection): number[] {
  const columns = [
    ...Object.values(detection.columns).filter((c): c is number => c !== undefined),
    ...(detection.flags ?? []).map((f) => f.column),
  ];
  return [...new Set(columns)].sort((a, b) => a - b);
}

export function isDetection(result: Detection | NotAnExtract): result is Detection {
  return result.format !== null;
}
