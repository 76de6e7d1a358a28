/**
 * The count cube: crimes by district x category x month, built in one pass over
 * the crime table. Every other measure reads from it.
 */
import type { CrimeTable } from "../extracts/crimeTable";

export const ALL_CRIME = "All crime";
export const ASB = "Anti-social behaviour";

export interface CountCube {
  districts: readonly string[];
  categories: readonly string[];
  /** First month index held. */
  firstMonth: number;
  monthCount: number;
  /** counts[(district * categories + category) * monthCount + (month - firstMonth)] */
  counts: Float64Array;
  /** Months (indexes) with at least one row anywhere in the table. */
  monthsPresent: number[];
  /** Category index of ASB, or -1. */
  asbIndex: number;
}

export function buildCountCube(table: CrimeTable): CountCube {
  let first = Infinity;
  let last = -Infinity;
  const month = table.month;
  for (let i = 0; i < table.length; i++) {
    const m = month[i];
    if (m < first) first = m;
    if (m > last) last = m;
  }
  const monthCount = table.length === 0 ? 0 : last - first + 1;
  const nCat = table.categories.length;
  const counts = new Float64Array(table.districts.length * nCat * monthCount);
  const { district, category, count } = table;
  for (let i = 0; i < table.length; i++) {
    const cell = (district[i] * nCat + category[i]) * monthCount + (month[i] - first);
    counts[cell] += count === null ? 1 : count[i];
  }
  const seen = new Uint8Array(monthCount);
  for (let i = 0; i < table.length; i++) seen[month[i] - first] = 1;
  const monthsPresent: number[] = [];
  seen.forEach((flag, offset) => flag && monthsPresent.push(first + offset));
  return {
    districts: table.districts,
    categories: table.categories,
    firstMonth: first,
    monthCount,
    counts,
    monthsPresent,
    asbIndex: table.categories.indexOf(ASB),
  };
}

/** Which categories a measure sums: one category, or "All crime" = every category but ASB. */
export function categoryIndexes(cube: CountCube, category: string): number[] {
  if (category === ALL_CRIME) return cube.categories.map((_, i) => i).filter((i) => i !== cube.asbIndex);
  const index = cube.categories.indexOf(category);
  return index < 0 ? [] : [index];
}

/** Sum of a category (or All crime) for some districts over some months. */
export function sumCounts(
  cube: CountCube,
  districts: readonly number[],
  category: string,
  months: readonly number[],
): number {
  const cats = categoryIndexes(cube, category);
  const nCat = cube.categories.length;
  let total = 0;
  for (const d of districts) {
    for (const c of cats) {
      const base = (d * nCat + c) * cube.monthCount - cube.firstMonth;
      for (const m of months) {
        if (m >= cube.firstMonth && m < cube.firstMonth + cube.monthCount) total += cube.counts[base + m];
      }
    }
  }
  return total;
}

/** Months (indexes) in which some district holds rows. */
export function monthsWithData(cube: CountCube, districts: readonly number[]): number[] {
  const nCat = cube.categories.length;
  const result: number[] = [];
  for (let offset = 0; offset < cube.monthCount; offset++) {
    let any = false;
    for (const d of districts) {
      for (let c = 0; c < nCat && !any; c++) any = cube.counts[(d * nCat + c) * cube.monthCount + offset] > 0;
      if (any) break;
    }
    if (any) result.push(cube.firstMonth + offset);
  }
  return result;
}
