/**
 * Reading an extract in chunks: only the columns the engine needs (as contiguous
 * spans), in blocks of rows sized to stay well under Excel's 5 MB response limit
 * and far under its 5 million cell limit. Pure, so the sizes can be tested.
 */
import { columnsRead, type Cell, type Detection } from "../../engine/extracts";

/** A run of adjacent needed columns, 0-based from the source's first column. */
export interface ColumnSpan {
  start: number;
  width: number;
}

export interface ChunkLimits {
  /** Cells per request. */
  maxCells: number;
  /** Estimated response bytes per request (Excel's limit is 5 MB). */
  maxBytes: number;
}

export const DEFAULT_CHUNK_LIMITS: ChunkLimits = { maxCells: 200_000, maxBytes: 1_500_000 };

/** Bytes a cell takes in a response when the sample gives no better idea. */
const FALLBACK_CELL_BYTES = 32;
/** Allowance for rows longer than the sample's. */
const SAFETY_FACTOR = 1.5;

export function neededColumns(detection: Detection): number[] {
  // The engine's list: the fields' columns and a mapped table's flag columns.
  return columnsRead(detection);
}

export function columnSpans(columns: number[]): ColumnSpan[] {
  const spans: ColumnSpan[] = [];
  for (const col of columns) {
    const last = spans[spans.length - 1];
    if (last && last.start + last.width === col) last.width++;
    else spans.push({ start: col, width: 1 });
  }
  return spans;
}

/** Rows per request from the sample rows' size; at least 1. */
export function firstChunkRows(columns: number[], sample: Cell[][], limits: ChunkLimits): number {
  const sampleBytes = sample.map((row) => JSON.stringify(columns.map((c) => row[c] ?? "")).length);
  const perRow = sampleBytes.length ? Math.max(...sampleBytes) : FALLBACK_CELL_BYTES * columns.length;
  const byBytes = Math.floor(limits.maxBytes / (perRow * SAFETY_FACTOR));
  const byCells = Math.floor(limits.maxCells / Math.max(1, columns.length));
  return Math.max(1, Math.min(byBytes, byCells));
}

/**
 * Puts each span's block of values into full-width rows (the engine indexes rows
 * by the Detection's column numbers); unneeded columns stay empty. The buffer's
 * rows are reused from chunk to chunk: every needed cell is overwritten each time.
 */
export function fillRows(
  buffer: Cell[][],
  width: number,
  spans: ColumnSpan[],
  blocks: unknown[][][],
  count: number,
): Cell[][] {
  for (let r = 0; r < count; r++) {
    const row = (buffer[r] ??= new Array<Cell>(width).fill(null));
    spans.forEach((span, s) => {
      const values = blocks[s][r];
      for (let c = 0; c < span.width; c++) row[span.start + c] = values[c] as Cell;
    });
  }
  return buffer;
}
