/**
 * The fast path for CSV files: bytes in, rows out, in chunks.
 *
 * Why hand-written rather than uDSV or papaparse: both hand back every field of
 * every row as a string, after decoding the whole file. Measured with
 * `npm run bench` on this shared, busy 2-core machine, reading a 1,000,000-row
 * police.uk CSV (216 MB) and counting district x crime type x financial year,
 * whole process: uDSV 2.8-4.1 s and 780 MB, papaparse 4.6-4.9 s and 1.1 GB,
 * arquero 7 4.8-5.4 s and 960 MB; this reader 1.15-1.2 s and 105 MB (the whole
 * CLI, workbook written, 1.35-1.45 s and 142 MB). No maintained parser hands out byte spans of only
 * the wanted columns. This one keeps five columns of twelve, never decodes a
 * value it has seen before (it looks the bytes up in a per-column dictionary),
 * and holds one chunk at a time. The few lines above and including the header
 * are decoded and split by papaparse (csvHeader.ts).
 *
 * CSV as RFC 4180 and Excel write it: fields separated by commas (or semicolons
 * or tabs), optionally quoted with "" for a quote inside, lines ending with LF or
 * CRLF (a lone CR too), an optional UTF-8 byte-order mark. Strictly, so that a
 * stray quote cannot swallow the rows after it: a quoted field must close with a
 * quote followed by the delimiter, a line end or the end of the file; a quote
 * inside an unquoted field is stray; and only a mapped table's quoted fields may
 * hold line breaks (police.uk and Home Office fields never do), and then only in a
 * record with as many fields as its header. A record that breaks these rules is
 * set aside as one row, and reading goes on at the line after its first line.
 * Row numbers are physical line numbers, as a text editor shows them.
 */
import { ID_HASH, IdHasher } from "../duplicates";
import { isExcelErrorText } from "../fieldReaders";
import type { SourcePlan } from "../sourcePlans";
import { ByteDictionary, FIELD_HASH_OFFSET } from "./byteDictionary";
import { CarryOver } from "./carryOver";
import { COMMA, CR, isBlankRecord, LF, lineAt, QUOTE, Scratch, SEMICOLON, TAB } from "./csvBytes";
import { HEADER_SEARCH_BYTES, type Delimiter } from "./csvHeader";
import { FILE_START_BYTES, textStart } from "./fileStart";
import { FieldDecoder } from "./textDecoding";

/** A record with a multi-line field longer than this is taken to be an unclosed quote (and not carried to the end of the file). */
const MAX_MULTI_LINE_RECORD_BYTES = 1 << 20;

const DELIMITER_BYTES: Record<Delimiter, number> = { ",": COMMA, ";": SEMICOLON, "\t": TAB };
const SPACE = 0x20;
const HASH = 0x23;

/** How the data rows below the header are read. */
export interface DataShape {
  delimiter: Delimiter;
  /** Whether quoted fields may hold line breaks: a mapped table's may; police.uk and Home Office fields never do. */
  multiLine: boolean;
  /** Fields in the header row: a record with a line break in a field must have as many. */
  headerWidth: number;
}

export interface DataLayout {
  plan: SourcePlan;
  /** Column -> index into plan values, -1 for a column not read. */
  slotOf: Int32Array;
  dictionaries: ByteDictionary[];
  /** What each value is when its column is missing from a short row. */
  blankValues: Float64Array;
  /**
   * Plan values that read the same column as an earlier one, each with its own
   * reader (a Home Office table whose category is its subgroup column): slot -> the
   * next slot reading the same column, -1 for none.
   */
  nextSlot: Int32Array;
  crimeIdColumn: number;
  delimiter: number;
  multiLine: boolean;
  headerWidth: number;
}

/** An ID seen in a row that was kept, by its hashes (decoded only when kept as an example of a repeat). */
export interface RepeatedIds {
  seen(h1: number, h2: number): boolean;
  wantsExamples(): boolean;
  addExample(source: string, row: number, crimeId: string): void;
}

export abstract class CsvScanner {
  private readonly carry = new CarryOver();
  private atFileStart = true;
  /** Physical lines consumed so far (the header and the lines above it, blank lines and line breaks in quotes included). */
  private linesRead = 0;
  private layout: DataLayout | null = null;
  private readonly scratch = new Scratch();
  private readonly hasher = new IdHasher();
  private values = new Float64Array(0);
  private ids: RepeatedIds | null = null;
  /** Decodes every value of the file, and knows whether any was not UTF-8. */
  protected readonly text = new FieldDecoder();

  /** `name` names the file in messages. */
  constructor(protected readonly name: string) {}

  /** The next line above the data (its text, and its bytes with the line end): the data's layout when it is the header, else null. */
  protected abstract headerLine(text: string, lineBytes: number): DataLayout | null;
  /** The file ended, or `HEADER_SEARCH_BYTES` passed with no line end, before a header line. */
  protected abstract noHeader(): void;
  /** Counts the record at line `rowNumber` as read and set aside for its quotes. */
  protected abstract setAsideStrayQuote(rowNumber: number): void;
  /** The register of Crime IDs, for a layout that reads them. */
  protected abstract repeatedIds(): RepeatedIds;

  /** Feeds the next bytes of the file; a chunk may end anywhere, even inside a quoted field or a character. */
  push(chunk: Uint8Array): void {
    const bytes = this.carry.join(chunk);
    this.carry.keep(bytes, this.parse(bytes, false));
  }

  /** Ends the file: reads a last record without a line break, and checks a header was found. */
  end(): void {
    this.parse(this.carry.take(), true);
    if (!this.layout) this.noHeader();
  }

  protected layoutFor(plan: SourcePlan, shape: DataShape): DataLayout {
    const width = Math.max(plan.crimeIdColumn, ...plan.columns) + 1;
    const slotOf = new Int32Array(width).fill(-1);
    const nextSlot = new Int32Array(plan.columns.length).fill(-1);
    const lastSlot = new Int32Array(width).fill(-1);
    plan.columns.forEach((column, f) => {
      if (slotOf[column] < 0) slotOf[column] = f;
      else nextSlot[lastSlot[column]] = f;
      lastSlot[column] = f;
    });
    this.values = new Float64Array(plan.columns.length);
    return {
      plan,
      slotOf,
      dictionaries: plan.readers.map((reader) => new ByteDictionary((text) => reader.read(text), this.text)),
      blankValues: Float64Array.from(plan.readers, (reader) => reader.read("")),
      nextSlot,
      crimeIdColumn: plan.crimeIdColumn,
      delimiter: DELIMITER_BYTES[shape.delimiter],
      multiLine: shape.multiLine,
      headerWidth: shape.headerWidth,
    };
  }

  /** Parses whole records; returns how many bytes were consumed. */
  private parse(bytes: Uint8Array, final: boolean): number {
    let pos = 0;
    if (this.atFileStart) {
      if (bytes.length < FILE_START_BYTES && !final) return 0;
      pos = textStart(bytes, this.name);
      this.atFileStart = false;
    }
    if (!this.layout) pos = this.parseHeaderLines(bytes, pos, final);
    return this.layout ? this.parseDataRecords(this.layout, bytes, pos, final) : pos;
  }

  /** Hands whole lines to headerLine until it finds the header; returns where the data starts. */
  private parseHeaderLines(bytes: Uint8Array, pos: number, final: boolean): number {
    while (!this.layout) {
      const line = lineAt(bytes, pos, final);
      if (line === null) {
        // A "line" longer than the header search (a file with no line breaks) is not waited for to its end.
        if (bytes.length - pos > HEADER_SEARCH_BYTES) this.noHeader();
        return pos;
      }
      this.linesRead++;
      this.layout = this.headerLine(this.text.decode(bytes, pos, line.end), line.next - pos);
      pos = line.next;
    }
    return pos;
  }

  /**
   * The hot loop: one pass over the bytes, looking each wanted field up in its
   * column's dictionary (and hashing the Crime ID for repeats). Stops before a
   * record that may continue past the end of the bytes (unless `final`) and
   * returns its start. One long function on purpose: its state stays in local
   * variables (registers) rather than being passed between calls per field.
   */
  private parseDataRecords(layout: DataLayout, bytes: Uint8Array, pos: number, final: boolean): number {
    const end = bytes.length;
    const { slotOf, dictionaries, blankValues, nextSlot, plan, crimeIdColumn, multiLine } = layout;
    const width = slotOf.length;
    const values = this.values;
    const scratch = this.scratch;
    // Local copies of the byte values: module-level constants are property loads in compiled CommonJS.
    const delimiter = layout.delimiter;
    const quote = QUOTE;
    const lf = LF;
    const cr = CR;
    // No byte above this ends an unquoted field, so one comparison settles most bytes (44 for commas).
    const special = Math.max(delimiter, quote, lf, cr);
    const fnvPrime = ID_HASH.prime1;
    const fnvOffset = FIELD_HASH_OFFSET;
    const idOffset1 = ID_HASH.offset1;
    const idOffset2 = ID_HASH.offset2;
    const murmurM = ID_HASH.multiplier2;
    while (pos < end) {
      const recordStart = pos;
      values.set(blankValues);
      let column = 0;
      let hasContent = false;
      let malformed = false;
      /** Line breaks inside quoted fields (mapped tables only). */
      let lineBreaks = 0;
      let idStart = -1;
      let idEnd = -1;
      let idBytes = bytes;
      let idHash1 = 0;
      let idHash2 = 0;
      let idAscii = false;
      for (;;) {
        const slot = column < width ? slotOf[column] : -1;
        const wanted = slot >= 0 || column === crimeIdColumn;
        let fieldBytes = bytes;
        let start = pos;
        let stop: number;
        let hash = fnvOffset;
        if (pos < end && bytes[pos] === quote) {
          // Quoted: unescape into the scratch buffer (wanted fields only).
          scratch.length = 0;
          let quotedBytes = 0;
          pos++;
          for (;;) {
            if (pos >= end) {
              if (!final) return recordStart;
              malformed = true; // the file ended inside the quotes
              break;
            }
            const b = bytes[pos];
            if (b === quote) {
              if (pos + 1 >= end) {
                if (!final) return recordStart;
                pos++; // closed at the end of the file
                break;
              }
              const next = bytes[pos + 1];
              if (next !== quote) {
                pos++;
                if (next !== delimiter && next !== lf && next !== cr) malformed = true; // text after the closing quote
                break;
              }
              pos++; // an escaped quote: keep one
            } else if (b === lf || b === cr) {
              if (!multiLine || pos - recordStart > MAX_MULTI_LINE_RECORD_BYTES) {
                malformed = true;
                break;
              }
              if (b === lf) lineBreaks++;
              else if (pos + 1 >= end && !final) return recordStart;
              else if (bytes[pos + 1] !== lf) lineBreaks++; // a lone CR; CRLF is counted at its LF
            }
            if (wanted) {
              scratch.push(b);
              hash = Math.imul(hash ^ b, fnvPrime);
            }
            quotedBytes++;
            pos++;
          }
          if (malformed) break;
          if (quotedBytes > 0) hasContent = true; // an unwanted column's content is not kept, but the row is not blank
          fieldBytes = scratch.bytes;
          start = 0;
          stop = scratch.length;
        } else if (column === crimeIdColumn) {
          // The Crime ID is hashed as it is scanned, two bytes a step, exactly as IdHasher hashes its characters.
          let h1: number = idOffset1;
          let h2: number = idOffset2;
          let high = 0;
          for (;;) {
            if (pos >= end) break;
            const a = bytes[pos];
            if (a <= special && (a === delimiter || a === lf || a === cr || a === quote)) break;
            const b = pos + 1 < end ? bytes[pos + 1] : delimiter;
            if (b <= special && (b === delimiter || b === lf || b === cr || b === quote)) {
              // An odd last byte is hashed on its own.
              high |= a;
              h1 = Math.imul(h1 ^ a, fnvPrime);
              h2 = Math.imul(h2 ^ a, murmurM);
              h2 ^= h2 >>> 15;
              pos++;
              break;
            }
            high |= a | b;
            const unit = a | (b << 16);
            h1 = Math.imul(h1 ^ unit, fnvPrime);
            h2 = Math.imul(h2 ^ unit, murmurM);
            h2 ^= h2 >>> 15;
            pos += 2;
          }
          stop = pos;
          idHash1 = h1 ^ (stop - start);
          idHash2 = h2 ^ (stop - start);
          idAscii = high < 0x80;
        } else if (slot >= 0) {
          // Hashing every byte as it is scanned costs almost nothing: the loop waits on loads anyway.
          for (; pos < end; pos++) {
            const b = bytes[pos];
            if (b <= special && (b === delimiter || b === lf || b === cr || b === quote)) break;
            hash = Math.imul(hash ^ b, fnvPrime);
          }
          stop = pos;
        } else {
          for (; pos < end; pos++) {
            const b = bytes[pos];
            if (b <= special && (b === delimiter || b === lf || b === cr || b === quote)) break;
          }
          stop = pos;
        }
        if (pos >= end && !final) return recordStart;
        if (stop > start) hasContent = true;
        if (slot >= 0) {
          values[slot] = dictionaries[slot].valueOf(fieldBytes, start, stop, hash);
          for (let s = nextSlot[slot]; s >= 0; s = nextSlot[s])
            values[s] = dictionaries[s].valueOf(fieldBytes, start, stop, hash);
        }
        if (column === crimeIdColumn && stop > start) {
          if (fieldBytes === scratch.bytes) {
            // Quoted IDs are rare: keep a copy, since the scratch buffer is reused by later fields.
            idBytes = scratch.bytes.slice(0, stop);
            idStart = 0;
          } else {
            idBytes = bytes;
            idStart = start;
          }
          idEnd = idStart + (stop - start);
        }
        if (pos >= end) break;
        const b = bytes[pos];
        if (b === delimiter) {
          pos++;
          column++;
          continue;
        }
        if (b === quote) {
          // A quote inside an unquoted field (checked here, off the path of the delimiter, which is the common case).
          malformed = true;
          break;
        }
        if (b === cr) {
          if (pos + 1 >= end && !final) return recordStart;
          pos += bytes[pos + 1] === lf ? 2 : 1;
        } else {
          pos++;
        }
        break;
      }
      if (malformed || (lineBreaks > 0 && column + 1 !== layout.headerWidth)) {
        const line = lineAt(bytes, recordStart, final);
        if (line === null) return recordStart;
        this.setAsideStrayQuote(++this.linesRead);
        pos = line.next;
        continue;
      }
      const rowNumber = this.linesRead + 1;
      this.linesRead = rowNumber + lineBreaks;
      if (!hasContent) continue;
      // A row of spaces only is blank too, as in a sheet; checked exactly, but only when every wanted field is blank.
      if (allBlank(values, blankValues) && isBlankRecord(bytes, recordStart, pos, delimiter)) continue;
      if (plan.accept(values, rowNumber) && idStart >= 0 && !this.isErrorValue(idBytes, idStart, idEnd)) {
        if (idAscii) this.checkHashedId(idHash1, idHash2, idBytes, idStart, idEnd, rowNumber);
        else this.checkCrimeId(idBytes, idStart, idEnd, rowNumber);
      }
    }
    return pos;
  }

  /**
   * An Excel error value (#N/A) in the Crime ID column is no ID, as in a sheet: a
   * column of them would make every row a repeat, and a later source a "copy".
   * Decoded only when its first byte other than a space is "#".
   */
  private isErrorValue(bytes: Uint8Array, start: number, end: number): boolean {
    let i = start;
    while (i < end && bytes[i] === SPACE) i++;
    return i < end && bytes[i] === HASH && isExcelErrorText(this.text.decode(bytes, start, end));
  }

  /** An ID hashed during the scan; decoded only when it is kept as an example of a repeat. */
  private checkHashedId(h1: number, h2: number, bytes: Uint8Array, start: number, end: number, row: number): void {
    const ids = (this.ids ??= this.repeatedIds());
    if (ids.seen(h1, h2) && ids.wantsExamples()) ids.addExample(this.name, row, this.text.decode(bytes, start, end));
  }

  /** A quoted or non-ASCII ID: hashed as the cell reader hashes its characters (decoded first if not ASCII). */
  private checkCrimeId(bytes: Uint8Array, start: number, end: number, row: number): void {
    const hasher = this.hasher;
    if (!hasher.hashAsciiBytes(bytes, start, end)) hasher.hashString(this.text.decode(bytes, start, end));
    this.checkHashedId(hasher.h1, hasher.h2, bytes, start, end, row);
  }
}

function allBlank(values: Float64Array, blankValues: Float64Array): boolean {
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const b = blankValues[k];
    if (v !== b && !(Number.isNaN(v) && Number.isNaN(b))) return false;
  }
  return true;
}
