/**
 * Dictionary encoding straight from bytes: each distinct field value is decoded
 * and read (month, district, crime type...) the first time its bytes are seen;
 * after that a row costs a hash-table probe and a short byte comparison.
 */
import { FieldDecoder } from "./textDecoding";

/**
 * FNV-1a: the CSV reader hashes each wanted field byte by byte as it scans,
 * starting here. As a 32-bit signed value (| 0), like every hash it is compared
 * with once stored: an empty field keeps this value unchanged.
 */
export const FIELD_HASH_OFFSET = 0x811c9dc5 | 0;
const FIELD_HASH_PRIME = 0x01000193;

/** The hash valueOf expects for bytes[start..end) (what the scan computes inline). */
export function fieldHash(bytes: Uint8Array, start: number, end: number): number {
  let h = FIELD_HASH_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], FIELD_HASH_PRIME);
  return h;
}

export class ByteDictionary {
  private mask = 63;
  /** Slot -> code + 1 (0 = empty). */
  private slots = new Int32Array(this.mask + 1);
  private hashes = new Int32Array(32);
  private starts = new Int32Array(32);
  private lengths = new Int32Array(32);
  private values = new Float64Array(32);
  private pool = new Uint8Array(1024);
  private poolUsed = 0;
  private size = 0;

  constructor(
    private readonly read: (text: string) => number,
    /** Shared by a file's columns, so that it knows whether any value was not UTF-8. */
    private readonly text = new FieldDecoder(),
  ) {}

  /** The value read from bytes[start..end), whose fieldHash is `hash`. */
  valueOf(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    // FNV's low bits are weak on short, similar values: fold the high bits in for the slot.
    let slot = (hash ^ (hash >>> 16)) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      const code = entry - 1;
      if (this.hashes[code] === hash && this.lengths[code] === length && this.sameBytes(code, bytes, start, length))
        return this.values[code];
      slot = (slot + 1) & this.mask;
    }
    return this.add(slot, bytes, start, end, hash);
  }

  private sameBytes(code: number, bytes: Uint8Array, start: number, length: number): boolean {
    const pool = this.pool;
    const at = this.starts[code];
    for (let i = 0; i < length; i++) if (pool[at + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(slot: number, bytes: Uint8Array, start: number, end: number, hash: number): number {
    const value = this.read(this.text.decode(bytes, start, end));
    const code = this.size++;
    if (code === this.hashes.length) this.growEntries();
    while (this.poolUsed + (end - start) > this.pool.length)
      this.pool = copyInto(new Uint8Array(this.pool.length * 2), this.pool);
    this.pool.set(bytes.subarray(start, end), this.poolUsed);
    this.hashes[code] = hash;
    this.starts[code] = this.poolUsed;
    this.lengths[code] = end - start;
    this.values[code] = value;
    this.poolUsed += end - start;
    this.slots[slot] = code + 1;
    if (this.size * 2 > this.mask) this.rehash();
    return value;
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    this.hashes = copyInto(new Int32Array(n), this.hashes);
    this.starts = copyInto(new Int32Array(n), this.starts);
    this.lengths = copyInto(new Int32Array(n), this.lengths);
    this.values = copyInto(new Float64Array(n), this.values);
  }

  private rehash(): void {
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(this.mask + 1);
    for (let code = 0; code < this.size; code++) {
      const h = this.hashes[code];
      let slot = (h ^ (h >>> 16)) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = code + 1;
    }
  }
}

function copyInto<T extends Uint8Array | Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}
