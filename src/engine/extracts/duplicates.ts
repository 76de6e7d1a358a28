/**
 * Spotting repeated Crime IDs across every source read.
 *
 * The IDs are kept as 64-bit hashes in an open-addressing table rather than as a
 * Set of strings, so the CSV reader can check an ID straight from its bytes
 * without decoding it (and a million IDs cost 16 MB, not ~100 MB of strings).
 * Two different IDs share a 64-bit hash with a chance of about 3 in 100 million
 * in a million-row extract, which is far below anything a count would show.
 * The table is filled to at most three quarters: 2M slots (16 MB) hold 1.5M IDs.
 */
import type { DuplicateCrimeIds } from "./index";

export const MAX_EXAMPLES = 5;
// As 32-bit signed values (| 0), as the hashes are once computed and stored.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const MURMUR_M = 0x5bd1e995 | 0;
const SECOND_SEED = 0x9747b28c | 0;
/** The constants of IdHasher, for the CSV reader that inlines the same hashing in its scan. */
export const ID_HASH = { offset1: FNV_OFFSET, offset2: SECOND_SEED, multiplier2: MURMUR_M, prime1: FNV_PRIME } as const;

/** Murmur3's finaliser: spreads every input bit over the whole word (used for the table slot). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Two independent 32-bit hashes of a run of character codes, taken two at a
 * time (code i | code i+1 << 16, half the steps of one at a time), with the
 * length folded in at the end. The codes are a string's UTF-16 code units, or
 * the bytes of an ASCII ID (the same numbers), so an ID hashes alike whether it
 * came from a cell or straight from CSV bytes; the CSV reader inlines the same
 * steps in its scan (see ID_HASH).
 */
export class IdHasher {
  h1 = FNV_OFFSET;
  h2 = SECOND_SEED;

  hashString(text: string): void {
    let h1 = FNV_OFFSET;
    let h2 = SECOND_SEED;
    const n = text.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const unit = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
      h1 = Math.imul(h1 ^ unit, FNV_PRIME);
      h2 = Math.imul(h2 ^ unit, MURMUR_M);
      h2 ^= h2 >>> 15;
    }
    if (i < n) {
      const unit = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ unit, FNV_PRIME);
      h2 = Math.imul(h2 ^ unit, MURMUR_M);
      h2 ^= h2 >>> 15;
    }
    this.h1 = h1 ^ n;
    this.h2 = h2 ^ n;
  }

  /** Hashes ASCII bytes; returns false (leaving the hashes unset) when a byte is not ASCII. */
  hashAsciiBytes(bytes: Uint8Array, start: number, end: number): boolean {
    let h1 = FNV_OFFSET;
    let h2 = SECOND_SEED;
    let i = start;
    for (; i + 1 < end; i += 2) {
      const a = bytes[i];
      const b = bytes[i + 1];
      if ((a | b) >= 0x80) return false;
      const unit = a | (b << 16);
      h1 = Math.imul(h1 ^ unit, FNV_PRIME);
      h2 = Math.imul(h2 ^ unit, MURMUR_M);
      h2 ^= h2 >>> 15;
    }
    if (i < end) {
      const unit = bytes[i];
      if (unit >= 0x80) return false;
      h1 = Math.imul(h1 ^ unit, FNV_PRIME);
      h2 = Math.imul(h2 ^ unit, MURMUR_M);
      h2 ^= h2 >>> 15;
    }
    this.h1 = h1 ^ (end - start);
    this.h2 = h2 ^ (end - start);
    return true;
  }
}

export class DuplicateRegister {
  private count = 0;
  private readonly examples: DuplicateCrimeIds["examples"] = [];
  private size = 0;
  private mask = (1 << 16) - 1;
  /** Pairs of 32-bit keys side by side (one cache line per probe); [0, 0] marks an empty slot. */
  private keys = new Int32Array(2 * (this.mask + 1));
  private readonly hasher = new IdHasher();

  /** Records an ID given as text; true when it was seen before. */
  checkText(crimeId: string, source: string, row: number): boolean {
    this.hasher.hashString(crimeId);
    if (!this.seen(this.hasher.h1, this.hasher.h2)) return false;
    if (this.wantsExamples()) this.addExample(source, row, crimeId);
    return true;
  }

  /** Records an ID by its two hashes (as IdHasher makes them); true (and counted) when it was seen before. */
  seen(h1: number, h2: number): boolean {
    if (this.insert(h1, h2)) {
      if (++this.size * 4 > this.mask * 3) this.resize(this.mask * 2 + 1);
      return false;
    }
    this.count++;
    return true;
  }

  /** Whether another example of a repeat is wanted (so its ID need only be decoded then). */
  wantsExamples(): boolean {
    return this.examples.length < MAX_EXAMPLES;
  }

  addExample(source: string, row: number, crimeId: string): void {
    if (this.wantsExamples()) this.examples.push({ source, row, crimeId });
  }

  /** Sizes the table for `more` IDs at once, rather than doubling as they come. */
  reserve(more: number): void {
    let mask = this.mask;
    while ((this.size + more) * 4 > mask * 3) mask = mask * 2 + 1;
    if (mask !== this.mask) this.resize(mask);
  }

  result(): DuplicateCrimeIds {
    return { count: this.count, examples: [...this.examples] };
  }

  /** False when the key is already present. */
  private insert(k1: number, k2: number): boolean {
    if (k1 === 0 && k2 === 0) k1 = 1; // [0, 0] means empty
    const keys = this.keys;
    let slot = mix(k1 ^ k2) & this.mask;
    for (;;) {
      const a = keys[2 * slot];
      const b = keys[2 * slot + 1];
      if (a === 0 && b === 0) break;
      if (a === k1 && b === k2) return false;
      slot = (slot + 1) & this.mask;
    }
    keys[2 * slot] = k1;
    keys[2 * slot + 1] = k2;
    return true;
  }

  private resize(mask: number): void {
    const old = this.keys;
    this.mask = mask;
    this.keys = new Int32Array(2 * (this.mask + 1));
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0 || old[i + 1] !== 0) this.insert(old[i], old[i + 1]);
  }
}
