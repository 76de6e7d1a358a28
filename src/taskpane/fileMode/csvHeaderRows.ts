/** The header row of a CSV (and its delimiter), found from its first bytes before the file is read. */
import { findCsvHeader, HEADER_SEARCH_BYTES, type CsvHeader } from "../../engine/extracts/csv/csvHeader";
import type { NotAnExtract } from "../../engine/extracts/types";
import { blobArrayBuffer, type ByteSource } from "./blobChunks";

/** As the CSV reader finds it, from as many bytes as it searches; throws an AssessmentError for a file that is not CSV text. */
export async function csvHeader(file: ByteSource & { name: string }): Promise<CsvHeader | NotAnExtract> {
  const end = Math.min(file.size, HEADER_SEARCH_BYTES);
  const bytes = new Uint8Array(await blobArrayBuffer(file.slice(0, end)));
  return findCsvHeader(bytes, end === file.size, file.name);
}
