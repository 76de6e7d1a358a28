/**
 * Ways of spoiling a file or a grid, as fast-check arbitraries: bytes inserted,
 * deleted or replaced (quotes, delimiters, line breaks, byte-order marks, NULs,
 * stray bytes, Excel error text), the file cut short, lines repeated or swapped,
 * columns swapped; and in grids, cells replaced by junk, error values, dates and
 * numbers, rows repeated or removed.
 */
import fc from "fast-check";
import type { Cell } from "../../src/engine/extracts";

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Byte runs a mutation inserts: CSV syntax, encodings' traps and values the readers treat specially. */
const INSERTS: number[][] = [
  [0x22], // "
  [0x22, 0x22],
  [0x2c], // ,
  [0x3b], // ;
  [0x09], // tab
  [0x0a], // LF
  [0x0d], // CR
  [0x0d, 0x0a],
  [0xef, 0xbb, 0xbf], // UTF-8 byte-order mark
  [0xff, 0xfe], // UTF-16 byte-order mark
  [0x00],
  [0xe9], // é in Windows-1252, invalid alone in UTF-8
  [0xc3], // the first byte of a two-byte UTF-8 character, alone
  [0x20],
  ascii("#N/A"),
  ascii("2199-12"),
  ascii("1999-12"),
  ascii("2024-13"),
  ascii("Burglary"),
  ascii("9"),
];

const insertBytes = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INSERTS) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }) },
);

/**
 * A place in a file or line, as a fraction of its length (so it fits any length):
 * uniform (fast-check's numbers lean to small values, which would put most
 * mutations in a file's first bytes, the header), with the very start and end now and then.
 */
const place = fc.oneof(
  { weight: 9, arbitrary: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1) },
);
const at = (fraction: number, length: number) => Math.min(length, Math.floor(fraction * (length + 1)));

export type ByteEdit =
  | { kind: "insert"; where: number; bytes: number[] }
  | { kind: "delete"; where: number; length: number }
  | { kind: "replace"; where: number; byte: number };

/** Edits that stay within the bytes they are given (a line's text, or a whole file). */
export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("insert" as const), where: place, bytes: insertBytes }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("delete" as const),
      where: place,
      length: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("replace" as const),
      where: place,
      byte: fc.oneof(fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x00, 0x30, 0x39, 0x20), fc.integer({ min: 0, max: 255 })),
    }),
  },
);

export function applyEdit(bytes: number[], edit: ByteEdit): number[] {
  const where = at(edit.where, bytes.length);
  switch (edit.kind) {
    case "insert":
      return [...bytes.slice(0, where), ...edit.bytes, ...bytes.slice(where)];
    case "delete":
      return [...bytes.slice(0, where), ...bytes.slice(where + edit.length)];
    case "replace":
      return where < bytes.length ? [...bytes.slice(0, where), edit.byte, ...bytes.slice(where + 1)] : bytes;
  }
}

/** Mutations of a whole file: byte edits anywhere (the header too), and changes to its lines and columns. */
export type FileMutation =
  | ByteEdit
  | { kind: "truncate"; where: number }
  | { kind: "repeatLine"; line: number }
  | { kind: "swapLines"; a: number; b: number }
  | { kind: "swapColumns"; a: number; b: number; everyLine: boolean; line: number }
  | { kind: "bomFirst" };

/** Any line (taken modulo the number of lines), uniformly. */
const lineIndex = fc.noBias(fc.nat());

export const fileMutation: fc.Arbitrary<FileMutation> = fc.oneof(
  { weight: 6, arbitrary: byteEdit },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), where: place }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("repeatLine" as const), line: lineIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("swapLines" as const), a: lineIndex, b: lineIndex }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("swapColumns" as const),
      a: fc.nat({ max: 12 }),
      b: fc.nat({ max: 12 }),
      everyLine: fc.boolean(),
      line: lineIndex,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "bomFirst" as const }) },
);

/** Splits text lines on LF (the base files' line end), keeping nothing of the line ends. */
function linesOf(bytes: number[]): number[][] {
  const lines: number[][] = [[]];
  for (const b of bytes) {
    if (b === 0x0a) lines.push([]);
    else lines[lines.length - 1].push(b);
  }
  return lines;
}

const joinLines = (lines: number[][]) => lines.flatMap((line, i) => (i === 0 ? line : [0x0a, ...line]));

/** Swaps two comma-separated fields of a line, as bytes (quotes not looked at: a swap may split a quoted field). */
function swapFields(line: number[], a: number, b: number): number[] {
  const fields: number[][] = [[]];
  for (const byte of line) {
    if (byte === 0x2c) fields.push([]);
    else fields[fields.length - 1].push(byte);
  }
  if (a >= fields.length || b >= fields.length) return line;
  [fields[a], fields[b]] = [fields[b], fields[a]];
  return fields.flatMap((field, i) => (i === 0 ? field : [0x2c, ...field]));
}

export function applyFileMutation(bytes: number[], mutation: FileMutation): number[] {
  switch (mutation.kind) {
    case "insert":
    case "delete":
    case "replace":
      return applyEdit(bytes, mutation);
    case "truncate":
      return bytes.slice(0, at(mutation.where, bytes.length));
    case "bomFirst":
      return [0xef, 0xbb, 0xbf, ...bytes];
  }
  const lines = linesOf(bytes);
  const pick = (n: number) => n % lines.length;
  if (mutation.kind === "repeatLine") lines.splice(pick(mutation.line), 0, [...lines[pick(mutation.line)]]);
  else if (mutation.kind === "swapLines") {
    const [a, b] = [pick(mutation.a), pick(mutation.b)];
    [lines[a], lines[b]] = [lines[b], lines[a]];
  } else {
    const chosen = mutation.everyLine ? lines.map((_, i) => i) : [pick(mutation.line)];
    for (const i of chosen) lines[i] = swapFields(lines[i], mutation.a, mutation.b);
  }
  return joinLines(lines);
}

// --- Grids ---

const EXCEL_ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", " #n/a "];

/** What a cell of a sheet may hold instead of what it should. */
export const junkCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>(...EXCEL_ERRORS),
  fc.constantFrom<Cell>(null, undefined, "", "   ", true, false),
  fc.constantFrom<Cell>("2199-12", "1999-12", "2024-13", "Febtember 2024", "2024-02", "Jan-24", "15/03/2024"),
  fc.constantFrom<Cell>("Burglary", "BURGLARY ", "Fraud", "Anti-social behaviour", "St. Aldric 001A", "Northby", "="),
  fc.date({ min: new Date(Date.UTC(1890, 0, 1)), max: new Date(Date.UTC(2300, 0, 1)) }),
  fc.constant<Cell>(new Date(Number.NaN)),
  fc.oneof(fc.double(), fc.integer({ min: -100, max: 3_000_000 }), fc.constantFrom(45292, 45383, 2_958_466, 0.5, -1)),
  fc.string({ maxLength: 12 }),
);

export type GridMutation =
  | { kind: "cell"; row: number; column: number; value: Cell }
  | { kind: "repeatRow"; row: number }
  | { kind: "removeRow"; row: number }
  | { kind: "blankRow"; row: number }
  | { kind: "swapColumns"; a: number; b: number };

export const gridMutation: fc.Arbitrary<GridMutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("cell" as const),
      row: fc.noBias(fc.nat()),
      column: fc.nat({ max: 12 }),
      value: junkCell,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("repeatRow" as const), row: fc.noBias(fc.nat()) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("removeRow" as const), row: fc.noBias(fc.nat()) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("blankRow" as const), row: fc.noBias(fc.nat()) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("swapColumns" as const), a: fc.nat({ max: 11 }), b: fc.nat({ max: 11 }) }),
  },
);

/** Applies a mutation to the rows below the header (rows[0] is the header, which cell mutations may hit too). */
export function applyGridMutation(rows: Cell[][], mutation: GridMutation): Cell[][] {
  const out = rows.map((row) => [...row]);
  const below = (n: number) => 1 + (n % Math.max(1, out.length - 1));
  switch (mutation.kind) {
    case "cell": {
      const row = out[mutation.row % out.length];
      row[mutation.column] = mutation.value;
      return out;
    }
    case "repeatRow":
      out.splice(below(mutation.row), 0, [...(out[below(mutation.row)] ?? [])]);
      return out;
    case "removeRow":
      if (out.length > 1) out.splice(below(mutation.row), 1);
      return out;
    case "blankRow":
      out.splice(below(mutation.row), 0, []);
      return out;
    case "swapColumns":
      for (const row of out) [row[mutation.a], row[mutation.b]] = [row[mutation.b], row[mutation.a]];
      return out;
  }
}
