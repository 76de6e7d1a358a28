/** The byte values of CSV syntax, and small helpers on bytes shared by the CSV readers. */

export const COMMA = 0x2c;
export const SEMICOLON = 0x3b;
export const TAB = 0x09;
export const QUOTE = 0x22;
export const LF = 0x0a;
export const CR = 0x0d;
const SPACE = 0x20;

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

/**
 * The physical line starting at `pos`: where its text ends and where the next line
 * starts (after LF, CRLF or a lone CR). Null when more bytes are needed to know
 * (unless `final`, when the end of the bytes ends the line) or when none are left.
 * Quotes are not looked at: this is the line a text editor shows.
 */
export function lineAt(bytes: Uint8Array, pos: number, final: boolean): { end: number; next: number } | null {
  const length = bytes.length;
  if (pos >= length) return null;
  for (let i = pos; i < length; i++) {
    const b = bytes[i];
    if (b === LF) return { end: i, next: i + 1 };
    if (b === CR) {
      if (i + 1 < length) return { end: i, next: bytes[i + 1] === LF ? i + 2 : i + 1 };
      return final ? { end: i, next: i + 1 } : null;
    }
  }
  return final ? { end: length, next: length } : null;
}

/**
 * True when the well-formed record bytes[start..end) has only blank fields: empty
 * or ASCII white space, quoted or not. An escaped quote ("") or a delimiter inside
 * quotes is content.
 */
export function isBlankRecord(bytes: Uint8Array, start: number, end: number, delimiter: number): boolean {
  let quoted = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === QUOTE) {
      if (quoted && i + 1 < end && bytes[i + 1] === QUOTE) return false;
      quoted = !quoted;
    } else if ((b !== delimiter || quoted) && b !== SPACE && !(b >= TAB && b <= CR)) {
      return false; // a delimiter inside quotes is content
    }
  }
  return true;
}
