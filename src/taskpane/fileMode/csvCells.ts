/** A small CSV (such as a population table) read whole into rows of text; a large file is refused. */
import { AssessmentError } from "../../engine/errors";
import { parseSmallCsv } from "../../engine/extracts/csv/smallCsv";
import { blobArrayBuffer } from "./blobChunks";
import type { OpenedFile } from "./protocol";

/** A population table has a few hundred rows; 5 MB is far more than any needs. */
export const SMALL_CSV_BYTES = 5 << 20;

export async function csvCells(file: OpenedFile): Promise<string[][]> {
  if (file.size > SMALL_CSV_BYTES) {
    throw new AssessmentError(
      `"${file.name}" is too big to read as a population table.`,
      "Choose a file with one row per district and its population, or choose None.",
      { source: file.name },
    );
  }
  return parseSmallCsv(new Uint8Array(await blobArrayBuffer(file.slice(0, file.size))), file.name);
}
