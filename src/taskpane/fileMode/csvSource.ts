/**
 * A CSV file opened in the browser: the worker keeps the File, not its cells, and
 * streams it a chunk at a time through the engine's CSV byte reader (as the CLI
 * does) each time it is read.
 */
import { CsvExtractReader, ExtractReader } from "../../engine/extracts";
import { isCsvHeader } from "../../engine/extracts/csv/csvHeader";
import { CsvRowCounter } from "../../engine/extracts/csv/csvRowCounter";
import type { ColumnMapping } from "../../engine/extracts/types";
import { blobChunks } from "./blobChunks";
import { Cancelled } from "./cancelled";
import { csvCells } from "./csvCells";
import { csvHeader } from "./csvHeaderRows";
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

/** The rows below the header of a table in no known format, counted by the CSV byte scanner. */
async function countRows(file: OpenedFile, chunkBytes: number): Promise<number> {
  const counter = new CsvRowCounter(file.name);
  for await (const chunk of blobChunks(file, chunkBytes)) counter.push(chunk);
  counter.end();
  return counter.rowsBelowHeader;
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
  const header = await csvHeader(file);
  if (!isCsvHeader(header)) {
    return { source: source(notAnExtractDescription(base, await countRows(file, chunkBytes), header)), read: null };
  }
  const { detection } = header;
  const reader = new ExtractReader();
  await streamCsv(reader, file, undefined, chunkBytes, NOT_CANCELLABLE);
  const read = reader.finish();
  return { source: source(extractDescription(base, detection, read)), read };
}
