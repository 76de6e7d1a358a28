/**
 * What a ".csv" file really is, told from its first bytes: a file that is not
 * text a CSV reader can use (compressed, a workbook, binary, UTF-16) is named
 * with what to do, rather than read as mojibake.
 */
import { AssessmentError } from "../../errors";

/** How many bytes are looked at (fewer when the file is shorter). */
export const FILE_START_BYTES = 1024;

const SAVE_AS_CSV_UTF8 = "save it as CSV UTF-8 (Excel: File > Save As > CSV UTF-8)";

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** How many of the even and of the odd bytes of `start` are NUL. */
function nulsByParity(start: Uint8Array): [number, number] {
  const nuls: [number, number] = [0, 0];
  for (let i = 0; i < start.length; i++) if (start[i] === 0) nuls[i & 1]++;
  return nuls;
}

/**
 * UTF-16 without a byte-order mark: text in Latin script puts a NUL in every other
 * byte (the high byte of each character). Most of one parity NUL and almost none
 * of the other tells it from a binary file, whose NULs fall anywhere.
 */
function looksUtf16(start: Uint8Array, [even, odd]: [number, number]): boolean {
  const half = Math.floor(start.length / 2);
  if (half < 2) return false;
  return (odd >= 0.7 * half && even <= 0.05 * half) || (even >= 0.7 * half && odd <= 0.05 * half);
}

function notText(source: string, problem: string, advice: string): AssessmentError {
  return new AssessmentError(problem, advice, { source });
}

/**
 * Checks the first bytes of a file (at least FILE_START_BYTES of them, or all of a
 * shorter file) and returns where its text starts: past a UTF-8 byte-order mark.
 * Throws an AssessmentError naming `source` for a file that is not CSV text.
 */
export function textStart(bytes: Uint8Array, source: string): number {
  if (startsWith(bytes, 0x1f, 0x8b))
    throw notText(
      source,
      "This file is compressed (gzip), not a CSV file.",
      "Unpack it first, then choose the .csv file inside.",
    );
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04))
    throw notText(
      source,
      "This is a zip archive or an Excel workbook saved with a .csv name, not a CSV file.",
      `Unpack it and choose the .csv file inside, or open it in Excel and ${SAVE_AS_CSV_UTF8}.`,
    );
  const start = bytes.subarray(0, FILE_START_BYTES);
  const nuls = nulsByParity(start);
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) || looksUtf16(start, nuls))
    throw notText(
      source,
      'This file is saved as UTF-16 (Excel\'s "Unicode Text"), which the assessment does not read.',
      `Open it in Excel and ${SAVE_AS_CSV_UTF8}.`,
    );
  if (nuls[0] + nuls[1] > 0)
    throw notText(
      source,
      "This file is not text: it holds binary data, so it is not a CSV file.",
      `If it is compressed, unpack it first; if it is a spreadsheet, open it in Excel and ${SAVE_AS_CSV_UTF8}.`,
    );
  return startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
}
