/**
 * The fast path for CSV files: bytes in, crime table out, in chunks.
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
 * and holds one chunk at a time.
 *
 * CSV as RFC 4180 and Excel write it: comma-separated, fields optionally quoted
 * with "" for a quote inside, quoted fields may hold commas and line breaks,
 * lines end with LF or CRLF (a lone CR too), and an optional UTF-8 byte-order mark.
 */
import { AssessmentError } from "../../errors";
import { detectExtract, HEADER_SCAN_ROWS, isDetection } from "../detect";
import type { ExtractReader } from "../extractReader";
import { notAnExtractError } from "../notAnExtract";
import type { SourcePlan } from "../sourcePlans";
import type { ColumnMapping } from "../types";
import { ID_HASH, IdHasher } from "../duplicates";
import { ByteDictionary, FIELD_HASH_OFFSET } from "./byteDictionary";
import { CarryOver } from "./carryOver";
import { COMMA, CR, INCOMPLETE, isBlankRecord, LF, parseRecord, QUOTE, Scratch } from "./csvRecords";
import { decodeUtf8 } from "./utf8";

interface DataLayout {
  plan: SourcePlan;
  /** Column -> index into plan values, -1 for a column not read. */
  slotOf: Int32Array;
  dictionaries: ByteDictionary[];
  /** What each value is when its column is missing from a short row. */
  blankValues: Float64Array;
  /** Extra plan values that read the same column as an earlier one: [from, to]. */
  copies: [number, number][];
  crimeIdColumn: number;
}

export class CsvExtractReader {
  private readonly carry = new CarryOver();
  private atFileStart = true;
  /** 1-based number of the last record parsed (the header counts; so do blank lines). */
  private rowNumber = 0;
  private readonly headerRows: string[][] = [];
  private layout: DataLayout | null = null;
  private readonly scratch = new Scratch();
  private readonly hasher = new IdHasher();
  private values = new Float64Array(0);

  private readonly mapping?: ColumnMapping;
  private readonly expectedBytes: number;

  /**
   * `name` names the file in messages; `mapping` is the user's column mapping for
   * a table in no known format; `expectedBytes` (the file size, when known) lets
   * the table and the Crime ID register be sized once instead of doubling.
   */
  constructor(
    private readonly reader: ExtractReader,
    private readonly name: string,
    options: { mapping?: ColumnMapping; expectedBytes?: number } = {},
  ) {
    this.mapping = options.mapping;
    this.expectedBytes = options.expectedBytes ?? 0;
  }

  /** Feeds the next bytes of the file; a chunk may end anywhere, even inside a quoted field or a character. */
  push(chunk: Uint8Array): void {
    const bytes = this.carry.join(chunk);
    this.carry.keep(bytes, this.parse(bytes, false));
  }

  /** Ends the file: reads a last record without a line break, and checks a header was found. */
  end(): void {
    this.parse(this.carry.take(), true);
    if (!this.layout) throw this.notAnExtract();
  }

  /** Parses whole records; returns how many bytes were consumed. */
  private parse(bytes: Uint8Array, final: boolean): number {
    let pos = 0;
    if (this.atFileStart) {
      if (bytes.length < 3 && !final) return 0;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
      this.atFileStart = false;
    }
    if (!this.layout) pos = this.parseHeaderRecords(bytes, pos, final);
    return this.layout ? this.parseDataRecords(this.layout, bytes, pos, final) : pos;
  }

  /** Reads whole records as text until the header row is recognised; returns where the data starts. */
  private parseHeaderRecords(bytes: Uint8Array, pos: number, final: boolean): number {
    const fields: string[] = [];
    while (pos < bytes.length && !this.layout) {
      const next = parseRecord(bytes, pos, bytes.length, final, fields);
      if (next === INCOMPLETE) return pos;
      pos = next;
      this.rowNumber++;
      this.headerRows.push([...fields]);
      const detection = detectExtract(this.headerRows, this.mapping);
      if (isDetection(detection)) {
        this.reader.addSource(this.name, "file", detection);
        this.layout = this.layoutFor(this.reader.currentPlan());
        this.reserve();
      } else if (this.headerRows.length >= HEADER_SCAN_ROWS) {
        throw this.notAnExtract();
      }
    }
    return pos;
  }

  /** A police.uk row is about 220 bytes; reserving for a few more rows than that guess costs little. */
  private reserve(): void {
    const rows = Math.ceil(this.expectedBytes / 200);
    if (rows === 0) return;
    this.reader.session.builder.reserve(rows);
    if (this.reader.currentPlan().crimeIdColumn >= 0) this.reader.session.duplicates.reserve(rows);
  }

  private layoutFor(plan: SourcePlan): DataLayout {
    const width = Math.max(plan.crimeIdColumn, ...plan.columns) + 1;
    const slotOf = new Int32Array(width).fill(-1);
    const copies: [number, number][] = [];
    plan.columns.forEach((column, f) => {
      if (slotOf[column] < 0) slotOf[column] = f;
      else copies.push([slotOf[column], f]);
    });
    this.values = new Float64Array(plan.columns.length);
    return {
      plan,
      slotOf,
      dictionaries: plan.readers.map((reader) => new ByteDictionary((text) => reader.read(text))),
      blankValues: Float64Array.from(plan.readers, (reader) => reader.read("")),
      copies,
      crimeIdColumn: plan.crimeIdColumn,
    };
  }

  private notAnExtract(): AssessmentError {
    const result = detectExtract(this.headerRows, this.mapping);
    if (isDetection(result)) throw new Error("A header was found after all; the caller should not ask.");
    return notAnExtractError(this.name, "file", result);
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
    const { slotOf, dictionaries, blankValues, copies, plan, crimeIdColumn } = layout;
    const width = slotOf.length;
    const values = this.values;
    const scratch = this.scratch;
    // Local copies of the byte values: module-level constants are property loads in compiled CommonJS.
    const comma = COMMA;
    const quote = QUOTE;
    const lf = LF;
    const cr = CR;
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
              break;
            }
            const b = bytes[pos];
            if (b === quote) {
              if (pos + 1 >= end && !final) return recordStart;
              if (bytes[pos + 1] !== quote) {
                pos++;
                break;
              }
              pos++; // an escaped quote: keep one
            }
            if (wanted) {
              scratch.push(b);
              hash = Math.imul(hash ^ b, fnvPrime);
            }
            quotedBytes++;
            pos++;
          }
          while (pos < end) {
            const b = bytes[pos];
            if (b === comma || b === lf || b === cr) break;
            if (wanted) {
              scratch.push(b);
              hash = Math.imul(hash ^ b, fnvPrime);
            }
            quotedBytes++;
            pos++;
          }
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
            if (a === comma || a === lf || a === cr) break;
            const b = pos + 1 < end ? bytes[pos + 1] : comma;
            if (b === comma || b === lf || b === cr) {
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
            if (b <= comma && (b === comma || b === lf || b === cr)) break;
            hash = Math.imul(hash ^ b, fnvPrime);
          }
          stop = pos;
        } else {
          // Most bytes are above the comma (44), so one comparison usually settles a byte.
          for (; pos < end; pos++) {
            const b = bytes[pos];
            if (b <= comma && (b === comma || b === lf || b === cr)) break;
          }
          stop = pos;
        }
        if (pos >= end && !final) return recordStart;
        if (stop > start) hasContent = true;
        if (slot >= 0) values[slot] = dictionaries[slot].valueOf(fieldBytes, start, stop, hash);
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
        if (b === comma) {
          pos++;
          column++;
          continue;
        }
        if (b === cr) {
          if (pos + 1 >= end && !final) return recordStart;
          pos += bytes[pos + 1] === lf ? 2 : 1;
        } else {
          pos++;
        }
        break;
      }
      this.rowNumber++;
      if (!hasContent) continue;
      // A row of spaces only is blank too, as in a sheet; checked exactly, but only when every wanted field is blank.
      if (allBlank(values, blankValues) && isBlankRecord(bytes, recordStart, pos)) continue;
      for (let k = 0; k < copies.length; k++) values[copies[k][1]] = values[copies[k][0]];
      if (plan.accept(values, this.rowNumber) && idStart >= 0) {
        if (idAscii) this.checkHashedId(idHash1, idHash2, idBytes, idStart, idEnd);
        else this.checkCrimeId(idBytes, idStart, idEnd);
      }
    }
    return pos;
  }

  /** An ID hashed during the scan; decoded only when it is kept as an example of a repeat. */
  private checkHashedId(h1: number, h2: number, bytes: Uint8Array, start: number, end: number): void {
    const duplicates = this.reader.session.duplicates;
    if (duplicates.seen(h1, h2) && duplicates.wantsExamples())
      duplicates.addExample(this.name, this.rowNumber, decodeUtf8(bytes, start, end));
  }

  /** A quoted or non-ASCII ID: hashed as the cell reader hashes its characters (decoded first if not ASCII). */
  private checkCrimeId(bytes: Uint8Array, start: number, end: number): void {
    const hasher = this.hasher;
    if (!hasher.hashAsciiBytes(bytes, start, end)) hasher.hashString(decodeUtf8(bytes, start, end));
    this.checkHashedId(hasher.h1, hasher.h2, bytes, start, end);
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
