/**
 * Telling a damaged or mislabelled .xlsx from a workbook, from its bytes, before
 * ExcelJS reads it: the command line and the browser file mode give the same
 * message. An .xlsx is a zip archive: it starts with a zip entry ("PK\3\4") and
 * ends with the zip's directory record ("PK\5\6", followed by at most a 64 KB comment).
 */
import { AssessmentError } from "../../engine/errors";

/** How much of the file's start and end `notAWorkbookReason` looks at. */
export const HEAD_BYTES = 512;
export const TAIL_BYTES = 22 + 0xffff;

const ZIP_ENTRY = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const OLE_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const NO_WORKSHEETS = "it is a zip archive with no worksheets in it";

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function lastIndexOf(bytes: Uint8Array, signature: number[]): number {
  for (let i = bytes.length - signature.length; i >= 0; i--) if (startsWith(bytes.subarray(i), signature)) return i;
  return -1;
}

/**
 * Why these bytes cannot be an .xlsx workbook, or null if they may be one.
 * `head` is the file's first HEAD_BYTES (or fewer), `tail` its last TAIL_BYTES.
 */
export function notAWorkbookReason(head: Uint8Array, tail: Uint8Array, size: number): string | null {
  if (size === 0) return "the file is empty";
  if (startsWith(head, OLE_FILE)) return "it is an older Excel .xls workbook, or one protected with a password";
  if (startsWith(head, ZIP_END)) return "it is an empty zip archive";
  if (!startsWith(head, ZIP_ENTRY)) {
    // Binary formats hold zero bytes near their start; text (a CSV) never does.
    return head.includes(0) ? "it is not in the .xlsx format" : "it holds plain text, as a CSV file does";
  }
  if (lastIndexOf(tail, ZIP_END) < 0)
    return "it is incomplete: its end is missing, as when a copy or download stops early";
  return null;
}

/** The reason for a workbook that ExcelJS could not unzip or parse. */
export function damagedReason(error: unknown): string {
  // Not `instanceof Error`: errors from Node's zlib may come from another realm (e.g. under jest).
  const message = (error as { message?: unknown } | null)?.message;
  const detail = typeof message === "string" ? message : String(error);
  return `its contents are damaged: ${detail}`;
}

export function notAWorkbookError(fileName: string, reason: string): AssessmentError {
  return new AssessmentError(
    `This file is not a valid Excel workbook (${reason}).`,
    "Open it in Excel and save it again as .xlsx, or if it is a CSV give it a .csv name.",
    { source: fileName },
  );
}
