/**
 * Bytes of a CSV to text with TextDecoder: UTF-8 when they are valid UTF-8, else
 * Windows-1252, the code page Excel's "CSV (Comma delimited)" saves in on a UK
 * Windows PC. Decided per value (each distinct value is decoded once), so that
 * one stray byte in a UTF-8 file does not turn the rest of it into mojibake.
 */
const TextDecoderClass = (globalThis as unknown as { TextDecoder: EngineTextDecoderClass }).TextDecoder;

let utf8: EngineTextDecoder | null = null;
let windows1252: EngineTextDecoder | null = null;

/**
 * What bytes 0x80-0x9F are in Windows-1252 (the WHATWG Encoding Standard's table;
 * 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay as they are). Node 20.18.3
 * and later decode these bytes as Latin-1 control characters instead
 * (https://github.com/nodejs/node/issues/60888), so they are put right after decoding.
 */
const C1_AS_WINDOWS_1252 =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  windows1252 ??= new TextDecoderClass("windows-1252");
  return windows1252.decode(bytes).replace(/[\u0080-\u009F]/g, (c) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80]);
}

/** The text of `bytes` if they are valid UTF-8 (a byte-order mark is kept as U+FEFF), else null. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  utf8 ??= new TextDecoderClass("utf-8", { fatal: true, ignoreBOM: true });
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes the values of one file, remembering whether any was not UTF-8. */
export class FieldDecoder {
  /** True once a value was not valid UTF-8 and was read as Windows-1252. */
  readWindows1252 = false;

  decode(bytes: Uint8Array, start: number, end: number): string {
    const view = bytes.subarray(start, end);
    const text = decodeUtf8(view);
    if (text !== null) return text;
    this.readWindows1252 = true;
    return decodeWindows1252(view);
  }
}
