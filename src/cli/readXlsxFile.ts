/**
 * Reads the extract sheets of an .xlsx workbook with ExcelJS's streaming reader
 * (rows arrive one at a time, so a full sheet does not sit in memory as objects).
 * Sheets that are not extracts are skipped, with a note; a workbook with no
 * extract sheet at all is an error. A file that is not a workbook, or is damaged,
 * is an error too (or a note, for one found in a folder before any of it was read).
 */
import ExcelJS from "exceljs";
import { createReadStream, type ReadStream } from "fs";
import { open } from "fs/promises";
import { basename } from "path";
import { isAssessmentError } from "../engine/errors";
import {
  detectExtract,
  HEADER_SCAN_ROWS,
  isDetection,
  notAnExtractError,
  type Cell,
  type ColumnMapping,
  type ExtractReader,
  type NotAnExtract,
} from "../engine/extracts";
import { rowFromExcelJs } from "../taskpane/fileMode/cellValue";
import {
  damagedReason,
  HEAD_BYTES,
  NO_WORKSHEETS,
  notAWorkbookError,
  notAWorkbookReason,
  TAIL_BYTES,
} from "../taskpane/fileMode/workbookBytes";
import { errorCellsOfSheet, lostErrorResults, restoreErrorResults } from "./formulaErrorCells";

const BATCH_ROWS = 10_000;

/** A problem ExcelJS met while it unzipped or parsed the workbook (not one of the engine's); the message is the reason. */
class DamagedWorkbook extends Error {}

/**
 * The workbook as a stream, and a promise that fails when the unzipping fails.
 * ExcelJS pipes the stream into its unzipper, and an error there (damaged
 * compressed data) reaches no one who waits: the read would never finish, and
 * Node would exit with nothing said (exceljs/lib/stream/xlsx/workbook-reader.js
 * `parse`, unzipper/lib/parse.js). Listening on the pipe's destination catches it.
 */
function workbookStream(path: string): { input: ReadStream; failed: Promise<never> } {
  const input = createReadStream(path);
  const failed = new Promise<never>((_, reject) => {
    input.on("error", reject);
    const pipe = input.pipe.bind(input);
    input.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
      destination.on("error", reject);
      return pipe(destination, options);
    };
  });
  failed.catch(() => undefined); // raced below; never an unhandled rejection on its own
  return { input, failed };
}

/** Each step of an ExcelJS iteration, failing as soon as the unzipping fails; its errors become DamagedWorkbook. */
async function* guarded<T>(iterable: AsyncIterable<T>, failed: Promise<never>): AsyncGenerator<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  for (;;) {
    let step: IteratorResult<T>;
    try {
      step = await Promise.race([iterator.next(), failed]);
    } catch (error) {
      throw new DamagedWorkbook(damagedReason(error));
    }
    if (step.done) return;
    yield step.value;
  }
}

/** Why the file cannot be a workbook, from its first and last bytes; null if it may be one. */
async function notAWorkbook(path: string): Promise<string | null> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(HEAD_BYTES, size));
    const tail = new Uint8Array(Math.min(TAIL_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    await handle.read(tail, 0, tail.length, size - tail.length);
    return notAWorkbookReason(head, tail, size);
  } finally {
    await handle.close();
  }
}

interface StreamedSheet extends AsyncIterable<ExcelJS.Row> {
  id: string | number;
  name?: string;
}

interface SheetOutcome {
  name: string;
  /** Why the sheet was not read; null if it was. */
  notAnExtract: NotAnExtract | null;
}

interface SheetRead {
  reader: ExtractReader;
  path: string;
  failed: Promise<never>;
  /** Called when the sheet's first row goes into the table. */
  started: () => void;
  /** The user's column mapping, used for a sheet with its columns. */
  mapping?: ColumnMapping;
}

/** Reads one worksheet: looks for the header in its first rows, then feeds the rest in batches. */
async function readSheet(sheet: StreamedSheet, sourceName: string, read: SheetRead): Promise<NotAnExtract | null> {
  const head: Cell[][] = [];
  let batch: Cell[][] = [];
  let batchFirstRow = 0;
  let detected = false;
  let notAnExtract: NotAnExtract | null = null;
  let errorCells: Map<string, string> | undefined;
  const flush = () => {
    if (batch.length > 0) read.reader.addRows(batch, batchFirstRow);
    batch = [];
  };
  for await (const row of guarded(sheet, read.failed)) {
    if (notAnExtract) continue; // drain the sheet so the reader moves on to the next
    const cells = rowFromExcelJs(row.values);
    const lost = lostErrorResults(row);
    if (lost.length > 0) {
      errorCells ??= await errorCellsOfSheet(read.path, String(sheet.id)).catch((error: unknown) => {
        throw new DamagedWorkbook(damagedReason(error));
      });
      restoreErrorResults(cells, lost, errorCells);
    }
    if (!detected) {
      while (head.length < row.number - 1) head.push([]); // rows ExcelJS skips are empty
      head.push(cells);
      const detection = detectExtract(head, read.mapping);
      if (isDetection(detection)) {
        read.started();
        read.reader.addSource(sourceName, "sheet", detection);
        detected = true;
        batchFirstRow = row.number + 1;
      } else if (head.length >= HEADER_SCAN_ROWS) {
        notAnExtract = detection as NotAnExtract;
      }
      continue;
    }
    if (row.number !== batchFirstRow + batch.length || batch.length >= BATCH_ROWS) {
      flush();
      batchFirstRow = row.number;
    }
    batch.push(cells);
  }
  if (detected) {
    flush();
    read.reader.endSource();
    return null;
  }
  const detection = detectExtract(head, read.mapping);
  return notAnExtract ?? (isDetection(detection) ? null : detection);
}

async function readSheets(
  reader: ExtractReader,
  path: string,
  started: () => void,
  mapping?: ColumnMapping,
): Promise<SheetOutcome[]> {
  const file = basename(path);
  const { input, failed } = workbookStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const outcomes: SheetOutcome[] = [];
  try {
    for await (const streamed of guarded(workbook, failed)) {
      const sheet = streamed as unknown as StreamedSheet;
      const name = sheet.name ?? `Sheet${outcomes.length + 1}`;
      const notAnExtract = await readSheet(sheet, `${file}: ${name}`, { reader, path, failed, started, mapping });
      outcomes.push({ name, notAnExtract });
    }
  } finally {
    input.destroy();
  }
  if (outcomes.length === 0) throw new DamagedWorkbook(NO_WORKSHEETS);
  return outcomes;
}

/**
 * Reads every extract sheet; returns notes on the sheets skipped. A damaged
 * workbook found in a folder is skipped with a note, unless some of it had already
 * gone into the table: then it is an error, as nothing may be counted in part.
 */
export async function readXlsxFile(
  reader: ExtractReader,
  path: string,
  named: boolean,
  mapping?: ColumnMapping,
): Promise<string[]> {
  const file = basename(path);
  let started = false;
  let outcomes: SheetOutcome[];
  try {
    const reason = await notAWorkbook(path);
    if (reason) throw notAWorkbookError(file, reason);
    outcomes = await readSheets(reader, path, () => (started = true), mapping);
  } catch (error) {
    const problem = error instanceof DamagedWorkbook ? notAWorkbookError(file, error.message) : error;
    if (named || started || !isAssessmentError(problem)) throw problem;
    return [`Skipped ${file}: ${problem.describe()}`];
  }
  const skipped = outcomes.filter((o): o is { name: string; notAnExtract: NotAnExtract } => o.notAnExtract !== null);
  if (skipped.length === outcomes.length) {
    const closest = skipped.find((o) => o.notAnExtract.found.length > 0) ?? skipped[0];
    const error = notAnExtractError(`${file}: ${closest.name}`, "sheet", closest.notAnExtract);
    if (named) throw error;
    return [`Skipped ${file}: no sheet in it is a crime extract. ${error.describe()}`];
  }
  return skipped.map((o) => `Skipped sheet "${o.name}" in ${file}: it is not a crime extract.`);
}
