/**
 * Reading chosen sheets and tables into the crime table, chunk by chunk, with
 * progress and cancel. A chunk that Excel finds too big is halved and asked for
 * again; the pane gets a turn to repaint between chunks.
 */
import { AssessmentError } from "../../engine/errors";
import {
  detectExtract,
  ExtractReader,
  isDetection,
  notAnExtractError,
  type Cell,
  type ColumnMapping,
  type Detection,
  type ReadResult,
} from "../../engine/extracts";
import {
  columnSpans,
  DEFAULT_CHUNK_LIMITS,
  fillRows,
  firstChunkRows,
  neededColumns,
  type ChunkLimits,
} from "./chunking";
import { trimmed } from "./extractSample";
import { errorCode, isPayloadError, throwIfCancelled, type OfficeRuntime } from "./runtime";
import { peekSource, resolveSource, type SourceRef } from "./sourceRanges";
import { readWorkbookState } from "./workbookState";

export interface ReadOptions {
  signal?: AbortSignal;
  /** 0 to 1 across all rows of all sources. */
  onProgress?: (fraction: number, message: string) => void;
  limits?: ChunkLimits;
  /** Sources to count even when they look like a copy of another (passed to the engine by name). */
  keepSourceIds?: readonly string[];
}

interface Planned {
  source: SourceRef;
  name: string;
  detection: Detection;
  head: Cell[][];
  /** 0-based sheet row and column of the source's first cell. */
  top: number;
  left: number;
  /** 0-based sheet rows of the data, inclusive. */
  firstDataRow: number;
  lastDataRow: number;
}

async function planSources(
  context: Excel.RequestContext,
  ids: string[],
  mappings: Record<string, ColumnMapping>,
): Promise<Planned[]> {
  const state = await readWorkbookState(context);
  const peeks = ids.map((id) => {
    const source = resolveSource(id, state);
    return { source, peek: peekSource(context, source) };
  });
  await context.sync();
  return peeks.map(({ source, peek }) => {
    const { rowIndex, columnIndex, rowCount, columnCount } = peek.extent;
    const head = trimmed(peek.head.values, rowCount, columnCount);
    const name = source.kind === "sheet" ? source.sheet : source.table;
    const detection = detectExtract(head, mappings[source.id]);
    if (!isDetection(detection)) throw notAnExtractError(name, "sheet", detection);
    const firstDataRow = rowIndex + detection.headerRowIndex + 1;
    return {
      source,
      name,
      detection,
      head,
      top: rowIndex,
      left: columnIndex,
      firstDataRow,
      lastDataRow: rowIndex + rowCount - 1,
    };
  });
}

function payloadTooBig(rows: number): AssessmentError {
  return new AssessmentError(
    `Excel would not hand over even ${rows} row of this extract at a time.`,
    "Check for very long text in the extract's cells, or save the extract as CSV and use the command line.",
  );
}

async function readSource(
  context: Excel.RequestContext,
  runtime: OfficeRuntime,
  plan: Planned,
  reader: ExtractReader,
  options: ReadOptions & { advance(rows: number): void },
): Promise<void> {
  const columns = neededColumns(plan.detection);
  const spans = columnSpans(columns);
  const width = columns[columns.length - 1] + 1;
  const sheet = context.workbook.worksheets.getItem(plan.source.sheet);
  let chunk = firstChunkRows(
    columns,
    plan.head.slice(plan.detection.headerRowIndex + 1),
    options.limits ?? DEFAULT_CHUNK_LIMITS,
  );
  const buffer: Cell[][] = [];
  reader.addSource(plan.name, "sheet", plan.detection);
  for (let row = plan.firstDataRow; row <= plan.lastDataRow;) {
    throwIfCancelled(options.signal);
    const count = Math.min(chunk, plan.lastDataRow - row + 1);
    const ranges = spans.map((span) =>
      sheet.getRangeByIndexes(row, plan.left + span.start, count, span.width).load("values"),
    );
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each chunk is one request under the 5 MB limit
      await context.sync();
      // Excel returns no values, without an error, for reads over 5 million cells.
      if (ranges.some((range) => !Array.isArray(range.values)))
        throw Object.assign(new Error("No values returned"), { code: "ResponsePayloadSizeLimitExceeded" });
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      if (count === 1) throw errorCode(error) === "GeneralException" ? error : payloadTooBig(1);
      chunk = Math.max(1, Math.floor(count / 2));
      continue;
    }
    // An error cell arrives as its text ("#N/A": Range.values gives ErrorCellValue.basicValue) and is passed
    // on as it is, as the file readers do, for the engine to set aside; nothing here turns it into a blank.
    const rows = fillRows(
      buffer,
      width,
      spans,
      ranges.map((range) => range.values),
      count,
    );
    reader.addRowRange(rows, 0, count, row + 1);
    row += count;
    options.advance(count);
    await runtime.yieldToUi();
  }
}

export async function readSources(
  runtime: OfficeRuntime,
  ids: string[],
  mappings: Record<string, ColumnMapping>,
  options: ReadOptions = {},
): Promise<ReadResult> {
  if (ids.length === 0)
    throw new AssessmentError("No data was chosen.", "Choose at least one police extract on the Data panel.");
  throwIfCancelled(options.signal);
  return runtime.run(async (context) => {
    const plans = await planSources(context, ids, mappings);
    const total = plans.reduce((sum, p) => sum + Math.max(0, p.lastDataRow - p.firstDataRow + 1), 0);
    const keep = new Set(options.keepSourceIds ?? []);
    const reader = new ExtractReader({ keepSources: plans.filter((p) => keep.has(p.source.id)).map((p) => p.name) });
    let done = 0;
    for (const plan of plans) {
      const advance = (rows: number) => {
        done += rows;
        options.onProgress?.(
          total ? done / total : 1,
          `Read ${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} rows`,
        );
      };
      await readSource(context, runtime, plan, reader, { ...options, advance });
    }
    return reader.finish();
  });
}
