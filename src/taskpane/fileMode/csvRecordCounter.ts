/**
 * Counts the records of a CSV fed in chunks, for the row count shown beside a
 * file that is not an extract (it is read properly once its columns are mapped).
 * A quoted field may hold line breaks; a line of only commas and spaces is blank
 * and not counted.
 */
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

export class CsvRecordCounter {
  private records = 0;
  private inQuotes = false;
  /** The record being scanned has something besides separators, spaces and quotes. */
  private filled = false;

  push(bytes: Uint8Array): void {
    let { records, inQuotes, filled } = this;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === QUOTE) {
        inQuotes = !inQuotes; // "" inside quotes toggles twice: an escaped quote
      } else if (inQuotes) {
        if (b !== SPACE && b !== TAB && b !== LF && b !== CR) filled = true;
      } else if (b === LF || b === CR) {
        if (filled) records++;
        filled = false;
      } else if (b !== COMMA && b !== SPACE && b !== TAB) {
        filled = true;
      }
    }
    this.records = records;
    this.inQuotes = inQuotes;
    this.filled = filled;
  }

  /** The number of non-blank records, the header row included. */
  end(): number {
    return this.records + (this.filled ? 1 : 0);
  }
}
