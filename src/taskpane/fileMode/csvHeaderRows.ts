/** The first records of a CSV as text, to recognise its header row before the file is read. */
import { HEADER_SCAN_ROWS } from "../../engine/extracts";
import { INCOMPLETE, parseRecord } from "../../engine/extracts/csv/csvRecords";
import { blobArrayBuffer, type ByteSource } from "./blobChunks";

/** The header sits within the first HEADER_SCAN_ROWS records; 1 MB holds those of any real table. */
const HEADER_BYTES = 1 << 20;

export async function csvHeaderRows(file: ByteSource): Promise<string[][]> {
  const end = Math.min(file.size, HEADER_BYTES);
  const bytes = new Uint8Array(await blobArrayBuffer(file.slice(0, end)));
  const final = end === file.size;
  // Past a UTF-8 byte-order mark, as the CSV reader skips it.
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const rows: string[][] = [];
  while (pos < bytes.length && rows.length < HEADER_SCAN_ROWS) {
    const fields: string[] = [];
    const next = parseRecord(bytes, pos, bytes.length, final, fields);
    if (next === INCOMPLETE) break;
    rows.push(fields);
    pos = next;
  }
  return rows;
}
