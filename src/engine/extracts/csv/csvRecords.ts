/**
 * The byte values and the simple whole-record parser used while looking for
 * the header row (a few records only; the data rows go through the fast path).
 */
import { decodeUtf8 } from "./utf8";

export const COMMA = 0x2c;
export const QUOTE = 0x22;
export const LF = 0x0a;
export const CR = 0x0d;

/** A growable byte buffer for unescaped quoted fields. */
export class Scratch {
  bytes = new Uint8Array(256);
  length = 0;

  push(byte: number): void {
    if (this.length === this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.bytes[this.length++] = byte;
  }
}

/** Where a record ended: the next position, or INCOMPLETE when more bytes are needed to be sure. */
export const INCOMPLETE = -1;

/**
 * Parses one record starting at `pos` into decoded fields. Returns the position
 * after its line ending, or INCOMPLETE if the record may continue past `end`
 * (unless `final`, when the end of the bytes ends the record).
 */
export function parseRecord(bytes: Uint8Array, pos: number, end: number, final: boolean, fields: string[]): number {
  const scratch = new Scratch();
  fields.length = 0;
  for (;;) {
    scratch.length = 0;
    if (pos < end && bytes[pos] === QUOTE) {
      pos++;
      for (;;) {
        if (pos >= end) {
          if (!final) return INCOMPLETE;
          break;
        }
        const b = bytes[pos];
        if (b !== QUOTE) {
          scratch.push(b);
          pos++;
        } else if (pos + 1 >= end && !final) {
          return INCOMPLETE;
        } else if (bytes[pos + 1] === QUOTE) {
          scratch.push(QUOTE);
          pos += 2;
        } else {
          pos++;
          break;
        }
      }
    }
    // Unquoted text, or anything after a closing quote up to the delimiter (kept, leniently).
    while (pos < end) {
      const b = bytes[pos];
      if (b === COMMA || b === LF || b === CR) break;
      scratch.push(b);
      pos++;
    }
    fields.push(decodeUtf8(scratch.bytes, 0, scratch.length));
    if (pos >= end) return final ? end : INCOMPLETE;
    const b = bytes[pos];
    if (b === COMMA) {
      pos++;
      continue;
    }
    if (b === CR) {
      if (pos + 1 >= end) return final ? end : INCOMPLETE;
      return bytes[pos + 1] === LF ? pos + 2 : pos + 1;
    }
    return pos + 1;
  }
}

/** True when the complete record bytes[start..end) has only blank fields (empty or spaces). */
export function isBlankRecord(bytes: Uint8Array, start: number, end: number): boolean {
  const fields: string[] = [];
  parseRecord(bytes, start, end, true, fields);
  return fields.every((field) => field.trim() === "");
}
