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

type Column = Int32Array | Uint32Array | Float64Array;

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
  /** Created when a row first has a value for them: -1 (flags 0) on the rows before and on rows without one. */
  lsoa: Int32Array | null;
  subgroup: Int32Array | null;
  code: Int32Array | null;
  flags: Uint32Array | null;
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
  readonly subgroups = new StringDictionary();
  readonly codes = new StringDictionary();
  /** LSOA codes, with the name first seen beside each (lsoaNames[id]). */
  readonly lsoas = new StringDictionary();
  readonly lsoaNames: string[] = [];
  readonly flagNames = new StringDictionary();
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
    lsoa: null,
    subgroup: null,
    code: null,
    flags: null,
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
    // The optional columns a source does not have hold "none" on its rows.
    if (c.lsoa) c.lsoa[row] = -1;
    if (c.subgroup) c.subgroup[row] = -1;
    if (c.code) c.code[row] = -1;
    if (c.flags) c.flags[row] = 0;
    this.length = row + 1;
  }

  /** Sets the optional columns of the row added last (-1 or 0 for none); a column is created when first needed. */
  setLastExtras(lsoa: number, subgroup: number, code: number, flags: number): void {
    const row = this.length - 1;
    const c = this.columns;
    if (lsoa >= 0) (c.lsoa ??= this.noneColumn(Int32Array, -1))[row] = lsoa;
    if (subgroup >= 0) (c.subgroup ??= this.noneColumn(Int32Array, -1))[row] = subgroup;
    if (code >= 0) (c.code ??= this.noneColumn(Int32Array, -1))[row] = code;
    if (flags !== 0) (c.flags ??= this.noneColumn(Uint32Array, 0))[row] = flags;
  }

  /** The name of an LSOA code, the first time a row gives one. */
  nameLsoa(lsoa: number, name: string): void {
    if (this.lsoaNames[lsoa] === undefined) this.lsoaNames[lsoa] = name;
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
    const view = <T extends Column>(array: T | null): T | null => (array ? (array.subarray(0, n) as T) : null);
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
      subgroup: view(c.subgroup),
      subgroups: this.subgroups.values,
      code: view(c.code),
      codes: this.codes.values,
      lsoa: view(c.lsoa),
      lsoas: this.lsoas.values,
      lsoaNames: this.lsoas.values.map((_, id) => this.lsoaNames[id] ?? ""),
      flags: view(c.flags),
      flagNames: this.flagNames.values,
    };
  }

  /** A new optional column, holding "none" for every row so far. */
  private noneColumn<T extends Int32Array | Uint32Array>(type: new (n: number) => T, none: number): T {
    const array = new type(this.capacity);
    if (none !== 0) array.fill(none, 0, this.length);
    return array;
  }

  private eachColumn(change: (array: Column) => Column): void {
    const c = this.columns as unknown as Record<string, Column | null>;
    for (const name of Object.keys(c)) {
      const array = c[name];
      if (array !== null) c[name] = change(array);
    }
  }
}
