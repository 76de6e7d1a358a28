/**
 * A CSV file opened in the browser: the worker keeps the File, not its cells, and
 * streams it a chunk at a time through the engine's CSV byte reader (as the CLI
 * does) each time it is read.
 */
import { CsvExtractReader, detectExtract, ExtractReader, isDetection } from "../../engine/extracts";
import type { ColumnMapping } from "../../engine/extracts/types";
import { blobChunks } from "./blobChunks";
import { Cancelled } from "./cancelled";
import { csvCells } from "./csvCells";
import { csvHeaderRows } from "./csvHeaderRows";
import { CsvRecordCounter } from "./csvRecordCounter";
import { NOT_CANCELLABLE, type FileSource, type OpenedSource, type ReadOptions } from "./fileSource";
import type { OpenedFile } from "./protocol";
import { extractDescription, notAnExtractDescription } from "./sourceDescription";

async function streamCsv(
  reader: ExtractReader,
  file: OpenedFile,
  mapping: ColumnMapping | undefined,
  chunkBytes: number,
  { isCancelled, onBytes }: ReadOptions,
): Promise<void> {
  const csv = new CsvExtractReader(reader, file.name, { mapping, expectedBytes: file.size });
  for await (const chunk of blobChunks(file, chunkBytes)) {
    // A cancel from the page is taken while the worker waits for a slice of the file.
    if (isCancelled()) throw new Cancelled();
    csv.push(chunk);
    onBytes(chunk.length);
  }
  csv.end();
}

async function countRecords(file: OpenedFile, chunkBytes: number): Promise<number> {
  const counter = new CsvRecordCounter();
  for await (const chunk of blobChunks(file, chunkBytes)) counter.push(chunk);
  return counter.end();
}

/**
 * Describes the file from one pass: an extract is read into a table of its own
 * (kept by the session for when it is chosen alone); a table in no known format
 * is only counted, and offered for a column mapping with its headers.
 */
export async function openCsvFile(file: OpenedFile, chunkBytes: number): Promise<OpenedSource> {
  const base = { id: file.name, name: file.name, kind: "file" } as const;
  const source = (description: FileSource["description"]): FileSource => ({
    description,
    bytes: file.size,
    readInto: (reader, mapping, options) => streamCsv(reader, file, mapping, chunkBytes, options),
    readCells: () => csvCells(file),
  });
  const detection = detectExtract(await csvHeaderRows(file));
  if (!isDetection(detection)) {
    const rows = Math.max(0, (await countRecords(file, chunkBytes)) - 1);
    return { source: source(notAnExtractDescription(base, rows, detection)), read: null };
  }
  const reader = new ExtractReader();
  await streamCsv(reader, file, undefined, chunkBytes, NOT_CANCELLABLE);
  const read = reader.finish();
  return { source: source(extractDescription(base, detection, read)), read };
}
