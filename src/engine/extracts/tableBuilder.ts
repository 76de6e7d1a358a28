/**
 * Building the columnar crime table row by row: typed arrays that double when
 * full, and strings interned once into dictionaries.
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

function grown<T extends Int32Array | Float64Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

export class CrimeTableBuilder {
  readonly districts = new StringDictionary();
  readonly forces = new StringDictionary();
  readonly categories = new StringDictionary();
  length = 0;
  private month = new Int32Array(INITIAL_CAPACITY);
  private district = new Int32Array(INITIAL_CAPACITY);
  private force = new Int32Array(INITIAL_CAPACITY);
  private category = new Int32Array(INITIAL_CAPACITY);
  /** Created only when a source has per-row counts; earlier rows are back-filled with 1. */
  private count: Float64Array | null = null;

  /** Make room for at least `rows` more rows in one step (readers that know their size call this). */
  reserve(rows: number): void {
    const needed = this.length + rows;
    if (needed <= this.month.length) return;
    let capacity = this.month.length;
    while (capacity < needed) capacity *= 2;
    this.month = grown(this.month, capacity);
    this.district = grown(this.district, capacity);
    this.force = grown(this.force, capacity);
    this.category = grown(this.category, capacity);
    if (this.count) this.count = grown(this.count, capacity);
  }

  push(month: number, district: number, force: number, category: number, count: number): void {
    const row = this.length;
    if (row === this.month.length) this.reserve(1);
    this.month[row] = month;
    this.district[row] = district;
    this.force[row] = force;
    this.category[row] = category;
    if (count !== 1 && this.count === null) {
      this.count = new Float64Array(this.month.length);
      this.count.fill(1, 0, row);
    }
    if (this.count) this.count[row] = count;
    this.length = row + 1;
  }

  /** The table; the arrays are views of exactly `length` rows. */
  finish(): CrimeTable {
    const n = this.length;
    return {
      length: n,
      month: this.month.subarray(0, n),
      district: this.district.subarray(0, n),
      force: this.force.subarray(0, n),
      category: this.category.subarray(0, n),
      count: this.count ? this.count.subarray(0, n) : null,
      districts: this.districts.values,
      forces: this.forces.values,
      categories: this.categories.values,
    };
  }
}
