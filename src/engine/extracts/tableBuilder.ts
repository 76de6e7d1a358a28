/**
 * Building the columnar crime table row by row: typed arrays that double when
 * full, and strings interned once into dictionaries. Rows already added can be
 * dropped again (a source left out as a copy, a typo month) by compacting every
 * column at once.
 */
import type { CrimeTable } from "./crimeTable";

/** Strings interned to small integers, in order of first appearance. */
export class StringDictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

const INITIAL_CAPACITY = 1024;

type Column = Int32Array | Float64Array;

/**
 * Every per-row array the builder holds. Growing and compacting walk this record,
 * so a column added here (a flag, an LSOA code) is grown and compacted with the rest.
 * Optional columns are null until a row needs them.
 */
interface Columns {
  month: Int32Array;
  district: Int32Array;
  force: Int32Array;
  category: Int32Array;
  /** Created only when a source has per-row counts; earlier rows are back-filled with 1. */
  count: Float64Array | null;
  /** The two 32-bit hashes of each row's Crime ID (0, 0 for none), to recount repeats after compacting. */
  crimeIdHash1: Int32Array | null;
  crimeIdHash2: Int32Array | null;
}

function resized<T extends Column>(array: T, capacity: number): T {
  const other = new (array.constructor as new (n: number) => T)(capacity);
  other.set(array.subarray(0, Math.min(array.length, capacity)));
  return other;
}

/** Moves the rows whose flag is 1 to the front of the array, in order. */
function compactColumn(array: Column, keep: Uint8Array, length: number): void {
  let kept = 0;
  for (let row = 0; row < length; row++) if (keep[row] === 1) array[kept++] = array[row];
}

export class CrimeTableBuilder {
  readonly districts = new StringDictionary();
  readonly forces = new StringDictionary();
  readonly categories = new StringDictionary();
  length = 0;
  private capacity = INITIAL_CAPACITY;
  private columns: Columns = {
    month: new Int32Array(INITIAL_CAPACITY),
    district: new Int32Array(INITIAL_CAPACITY),
    force: new Int32Array(INITIAL_CAPACITY),
    category: new Int32Array(INITIAL_CAPACITY),
    count: null,
    crimeIdHash1: null,
    crimeIdHash2: null,
  };

  /** Make room for at least `rows` more rows in one step (readers that know their size call this). */
  reserve(rows: number): void {
    const needed = this.length + rows;
    if (needed <= this.capacity) return;
    let capacity = this.capacity;
    while (capacity < needed) capacity *= 2;
    this.capacity = capacity;
    this.eachColumn((array) => resized(array, capacity));
  }

  push(month: number, district: number, force: number, category: number, count: number): void {
    const row = this.length;
    if (row === this.capacity) this.reserve(1);
    const c = this.columns;
    c.month[row] = month;
    c.district[row] = district;
    c.force[row] = force;
    c.category[row] = category;
    if (count !== 1 && c.count === null) {
      c.count = new Float64Array(this.capacity);
      c.count.fill(1, 0, row);
    }
    if (c.count) c.count[row] = count;
    this.length = row + 1;
  }

  /** Notes the Crime ID (as its two hashes) of the row added last. */
  setLastCrimeId(h1: number, h2: number): void {
    const c = this.columns;
    if (c.crimeIdHash1 === null || c.crimeIdHash2 === null) {
      c.crimeIdHash1 = new Int32Array(this.capacity);
      c.crimeIdHash2 = new Int32Array(this.capacity);
    }
    // [0, 0] means "no ID", as in the Crime ID register.
    c.crimeIdHash1[this.length - 1] = h1 === 0 && h2 === 0 ? 1 : h1;
    c.crimeIdHash2[this.length - 1] = h2;
  }

  /** The Crime ID hashes of the rows so far (views of `length` rows), or null when no row had an ID. */
  crimeIdHashes(): { h1: Int32Array; h2: Int32Array } | null {
    const { crimeIdHash1, crimeIdHash2 } = this.columns;
    if (crimeIdHash1 === null || crimeIdHash2 === null) return null;
    return { h1: crimeIdHash1.subarray(0, this.length), h2: crimeIdHash2.subarray(0, this.length) };
  }

  /** Month of each row so far (a view). */
  months(): Int32Array {
    return this.columns.month.subarray(0, this.length);
  }

  /** Drops every row whose flag in `keep` is 0 from every column, keeping the order of the rest. */
  compact(keep: Uint8Array): void {
    if (keep.length !== this.length) throw new Error("compact needs one flag per row.");
    let kept = 0;
    for (let row = 0; row < this.length; row++) kept += keep[row];
    this.eachColumn((array) => {
      compactColumn(array, keep, this.length);
      return array;
    });
    this.length = kept;
  }

  /** The table; the arrays are views of exactly `length` rows. */
  finish(): CrimeTable {
    const n = this.length;
    const c = this.columns;
    return {
      length: n,
      month: c.month.subarray(0, n),
      district: c.district.subarray(0, n),
      force: c.force.subarray(0, n),
      category: c.category.subarray(0, n),
      count: c.count ? c.count.subarray(0, n) : null,
      districts: this.districts.values,
      forces: this.forces.values,
      categories: this.categories.values,
    };
  }

  private eachColumn(change: (array: Column) => Column): void {
    const c = this.columns as unknown as Record<string, Column | null>;
    for (const name of Object.keys(c)) {
      const array = c[name];
      if (array !== null) c[name] = change(array);
    }
  }
}
