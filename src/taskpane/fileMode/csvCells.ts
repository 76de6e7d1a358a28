/**
 * A small CSV (such as a population table) read whole into rows of text, with the
 * engine's record parser. Blank lines are skipped; a large file is refused.
 */
import { AssessmentError } from "../../engine/errors";
import { INCOMPLETE, parseRecord } from "../../engine/extracts/csv/csvRecords";
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
  const bytes = new Uint8Array(await blobArrayBuffer(file.slice(0, file.size)));
  // Past a UTF-8 byte-order mark.
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const rows: string[][] = [];
  while (pos < bytes.length) {
    const fields: string[] = [];
    const next = parseRecord(bytes, pos, bytes.length, true, fields);
    if (next === INCOMPLETE || next <= pos) break;
    if (fields.some((f) => f !== "")) rows.push(fields);
    pos = next;
  }
  return rows;
}
