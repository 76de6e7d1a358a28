/**
 * Spotting repeated Crime IDs across every source read.
 *
 * The IDs are kept as 64-bit hashes in an open-addressing table rather than as a
 * Set of strings, so the CSV reader can check an ID straight from its bytes
 * without decoding it (and a million IDs cost 16 MB, not ~100 MB of strings).
 * Two different IDs share a 64-bit hash with a chance of about 3 in 100 million
 * in a million-row extract, which is far below anything a count would show.
 * The table is filled to at most three quarters: 2M slots (16 MB) hold 1.5M IDs.
 *
 * Each stored ID also remembers the source it was first seen in (4 bytes a slot,
 * 8 MB more for 2M slots), and each source counts how many of its IDs were first
 * seen in each other source: that is what shows a source to be a copy, or a
 * filtered part, of another. Each kept row's ID hashes are noted in the table
 * builder too, so repeats can be recounted exactly when rows are dropped later.
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

/** Murmur3's finaliser: spreads every input bit over the whole word (used for the table slot and fingerprints). */
export function mix(h: number): number {
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

/** How many of the Crime IDs read in source `later` were first seen in source `first` (the same source for repeats within it). */
export interface SourceOverlap {
  first: number;
  later: number;
  count: number;
}

/** What the register needs of the table: somewhere to note the ID of the row just added. */
export interface CrimeIdColumn {
  setLastCrimeId(h1: number, h2: number): void;
}

export class DuplicateRegister {
  private count = 0;
  private readonly examples: DuplicateCrimeIds["examples"] = [];
  private size = 0;
  private mask = (1 << 16) - 1;
  /** Pairs of 32-bit keys side by side (one cache line per probe); [0, 0] marks an empty slot. */
  private keys = new Int32Array(2 * (this.mask + 1));
  /** The source each stored ID was first seen in, by slot. */
  private firstSource = new Int32Array(this.mask + 1);
  private readonly hasher = new IdHasher();

  /** The source being read, and its running figures (added to the per-source lists when it ends). */
  private source = 0;
  private sourceIds = 0;
  private sourceSum1 = 0;
  private sourceSum2 = 0;
  /** For the source being read: how many of its IDs were first seen in each source so far. */
  private overlapWith = new Int32Array(8);
  private readonly idsBySource: number[] = [];
  private readonly sumsBySource: [number, number][] = [];
  private readonly overlapList: SourceOverlap[] = [];

  /** `rows` (the table being built) is told each kept row's ID, so repeats can be recounted after rows are dropped. */
  constructor(private readonly rows: CrimeIdColumn | null = null) {}

  /** The IDs that follow belong to source `index` (0, 1, 2... in the order read). */
  startSource(index: number): void {
    this.endSource();
    this.source = index;
    if (index >= this.overlapWith.length) this.overlapWith = new Int32Array(2 * (index + 1));
  }

  /** Records an ID given as text; true when it was seen before. */
  checkText(crimeId: string, source: string, row: number): boolean {
    this.hasher.hashString(crimeId);
    if (!this.seen(this.hasher.h1, this.hasher.h2)) return false;
    if (this.wantsExamples()) this.addExample(source, row, crimeId);
    return true;
  }

  /**
   * Records the ID of the row just kept, by its two hashes (as IdHasher makes them);
   * true (and counted) when it was seen before.
   */
  seen(h1: number, h2: number): boolean {
    this.sourceIds++;
    // Sums are order-independent: the same IDs in any order give the same fingerprint.
    this.sourceSum1 = (this.sourceSum1 + mix(h1)) | 0;
    this.sourceSum2 = (this.sourceSum2 + mix(h2 ^ SECOND_SEED)) | 0;
    if (this.rows) this.rows.setLastCrimeId(h1, h2);
    const slot = this.insert(h1, h2);
    if (slot < 0) {
      if (++this.size * 4 > this.mask * 3) this.resize(this.mask * 2 + 1);
      return false;
    }
    this.overlapWith[this.firstSource[slot]]++;
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

  /** Rows with a Crime ID in source `index`. */
  idsIn(index: number): number {
    this.endSource();
    return this.idsBySource[index] ?? 0;
  }

  /** An order-independent fingerprint of source `index`'s Crime IDs. */
  idFingerprint(index: number): [number, number] {
    this.endSource();
    return this.sumsBySource[index] ?? [0, 0];
  }

  /** Every pair of sources sharing IDs (and every source repeating its own), with how many. */
  overlaps(): SourceOverlap[] {
    this.endSource();
    return this.overlapList.map((o) => ({ ...o }));
  }

  /**
   * Repeats counted again over the rows left after some were dropped: `ranges`
   * gives each remaining source's rows in `hashes` (the table's Crime ID columns).
   * Examples are those of this register whose source remains and whose ID is
   * still held at least twice.
   */
  recount(
    ranges: { source: number; name: string; from: number; to: number }[],
    hashes: { h1: Int32Array; h2: Int32Array } | null,
  ): DuplicateRegister {
    const fresh = new DuplicateRegister();
    if (hashes) {
      fresh.reserve(hashes.h1.length);
      for (const { source, from, to } of ranges) {
        fresh.startSource(source);
        for (let row = from; row < to; row++) {
          const h1 = hashes.h1[row];
          const h2 = hashes.h2[row];
          if (h1 !== 0 || h2 !== 0) fresh.seen(h1, h2);
        }
      }
    }
    const remaining = new Set(ranges.map((r) => r.name));
    for (const example of this.examples) {
      if (remaining.has(example.source) && hashes && this.heldTwice(example.crimeId, hashes))
        fresh.examples.push(example);
    }
    return fresh;
  }

  private heldTwice(crimeId: string, hashes: { h1: Int32Array; h2: Int32Array }): boolean {
    this.hasher.hashString(crimeId);
    const { h1, h2 } = this.hasher;
    let held = 0;
    for (let row = 0; row < hashes.h1.length && held < 2; row++)
      if (hashes.h1[row] === h1 && hashes.h2[row] === h2) held++;
    return held >= 2;
  }

  /** Adds the running figures of the source being read to the per-source lists (idempotent). */
  private endSource(): void {
    const s = this.source;
    while (this.idsBySource.length <= s) {
      this.idsBySource.push(0);
      this.sumsBySource.push([0, 0]);
    }
    this.idsBySource[s] += this.sourceIds;
    const sums = this.sumsBySource[s];
    sums[0] = (sums[0] + this.sourceSum1) | 0;
    sums[1] = (sums[1] + this.sourceSum2) | 0;
    this.sourceIds = this.sourceSum1 = this.sourceSum2 = 0;
    const overlap = this.overlapWith;
    for (let first = 0; first < overlap.length; first++) {
      if (overlap[first] === 0) continue;
      const known = this.overlapList.find((o) => o.first === first && o.later === s);
      if (known) known.count += overlap[first];
      else this.overlapList.push({ first, later: s, count: overlap[first] });
      overlap[first] = 0;
    }
  }

  /** Adds the key, noting the source; -1 when it was new, else the slot where it already was. */
  private insert(k1: number, k2: number): number {
    if (k1 === 0 && k2 === 0) k1 = 1; // [0, 0] means empty
    const keys = this.keys;
    let slot = mix(k1 ^ k2) & this.mask;
    for (;;) {
      const a = keys[2 * slot];
      const b = keys[2 * slot + 1];
      if (a === 0 && b === 0) break;
      if (a === k1 && b === k2) return slot;
      slot = (slot + 1) & this.mask;
    }
    keys[2 * slot] = k1;
    keys[2 * slot + 1] = k2;
    this.firstSource[slot] = this.source;
    return -1;
  }

  private resize(mask: number): void {
    const oldKeys = this.keys;
    const oldFirst = this.firstSource;
    const source = this.source;
    this.mask = mask;
    this.keys = new Int32Array(2 * (mask + 1));
    this.firstSource = new Int32Array(mask + 1);
    for (let i = 0; i < oldFirst.length; i++) {
      if (oldKeys[2 * i] === 0 && oldKeys[2 * i + 1] === 0) continue;
      this.source = oldFirst[i];
      this.insert(oldKeys[2 * i], oldKeys[2 * i + 1]);
    }
    this.source = source;
  }
}
