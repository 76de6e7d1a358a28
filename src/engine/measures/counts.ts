/**
 * The count cube: crimes by district x category x month, built in one pass over
 * the crime table. Every other measure reads from it.
 *
 * Priorities (themes) are extra "categories" after the table's own: each row is
 * counted in its category and in every priority it belongs to, so every measure
 * that sums a category by name works for a priority unchanged, and a priority of
 * one category counts exactly what the category does. All crime sums the table's
 * own categories only (never a priority, which would count rows twice).
 */
import type { CrimeTable } from "../extracts/crimeTable";

export const ALL_CRIME = "All crime";
export const ASB = "Anti-social behaviour";

/** A priority as the cube needs it: its name, and whether a kind of row belongs to it. */
export interface CubePriority {
  name: string;
  /** Whether a row with this category, offence subgroup, code (-1 for none) and flag bits belongs. */
  includes(category: number, subgroup: number, code: number, flags: number): boolean;
}

export interface CountCube {
  districts: readonly string[];
  /** The table's categories, then the priorities. */
  categories: readonly string[];
  /** How many of `categories` are the table's own (the priorities follow). */
  tableCategories: number;
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

export function buildCountCube(table: CrimeTable, priorities: readonly CubePriority[] = []): CountCube {
  let first = Infinity;
  let last = -Infinity;
  const month = table.month;
  for (let i = 0; i < table.length; i++) {
    const m = month[i];
    if (m < first) first = m;
    if (m > last) last = m;
  }
  const monthCount = table.length === 0 ? 0 : last - first + 1;
  const tableCategories = table.categories.length;
  const nCat = tableCategories + priorities.length;
  const counts = new Float64Array(table.districts.length * nCat * monthCount);
  const { district, category, count } = table;
  for (let i = 0; i < table.length; i++) {
    const cell = (district[i] * nCat + category[i]) * monthCount + (month[i] - first);
    counts[cell] += count === null ? 1 : count[i];
  }
  if (priorities.length > 0) countPriorities(table, priorities, counts, { nCat, monthCount, first });
  const seen = new Uint8Array(monthCount);
  for (let i = 0; i < table.length; i++) seen[month[i] - first] = 1;
  const monthsPresent: number[] = [];
  seen.forEach((flag, offset) => flag && monthsPresent.push(first + offset));
  return {
    districts: table.districts,
    categories: [...table.categories, ...priorities.map((p) => p.name)],
    tableCategories,
    firstMonth: first,
    monthCount,
    counts,
    monthsPresent,
    asbIndex: table.categories.indexOf(ASB),
  };
}

/**
 * Adds each row to the priorities it belongs to. Membership depends only on the
 * row's category, subgroup, code and flags, so it is worked out once per distinct
 * combination (a few hundred in a million rows) and looked up after that.
 */
function countPriorities(
  table: CrimeTable,
  priorities: readonly CubePriority[],
  counts: Float64Array,
  shape: { nCat: number; monthCount: number; first: number },
): void {
  const { nCat, monthCount, first } = shape;
  const { district, category, month, count } = table;
  const subgroup = table.subgroup ?? null;
  const code = table.code ?? null;
  const flags = table.flags ?? null;
  const nSub = (table.subgroups?.length ?? 0) + 1;
  const nCode = (table.codes?.length ?? 0) + 1;
  const offset = table.categories.length;
  // Distinct combinations -> the priorities they belong to. A number key (combination x 2^32 + flags) is
  // exact while categories x subgroups x codes < 2^21, as in any real table; past that, a text key.
  const exact = offset * nSub * nCode < 2 ** 21;
  const members = new Map<number | string, Int32Array>();
  let lastKey: number | string = -1;
  let lastMembers: Int32Array = new Int32Array(0);
  for (let i = 0; i < table.length; i++) {
    const c = category[i];
    const s = subgroup === null ? -1 : subgroup[i];
    const k = code === null ? -1 : code[i];
    const f = flags === null ? 0 : flags[i];
    const combination = (c * nSub + s + 1) * nCode + k + 1;
    const key = exact ? combination * 4294967296 + f : `${combination}|${f}`;
    if (key !== lastKey) {
      let found = members.get(key);
      if (found === undefined) {
        found = Int32Array.from(priorities.flatMap((p, index) => (p.includes(c, s, k, f) ? [index] : [])));
        members.set(key, found);
      }
      lastKey = key;
      lastMembers = found;
    }
    if (lastMembers.length === 0) continue;
    const weight = count === null ? 1 : count[i];
    const base = district[i] * nCat + offset;
    const m = month[i] - first;
    for (let j = 0; j < lastMembers.length; j++) counts[(base + lastMembers[j]) * monthCount + m] += weight;
  }
}

/** Which categories a measure sums: one category, or "All crime" = every category but ASB. */
export function categoryIndexes(cube: CountCube, category: string): number[] {
  if (category === ALL_CRIME)
    return cube.categories.map((_, i) => i).filter((i) => i < cube.tableCategories && i !== cube.asbIndex);
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
      // Priorities hold rows already counted in a category: only the table's own are looked at.
      for (let c = 0; c < cube.tableCategories && !any; c++)
        any = cube.counts[(d * nCat + c) * cube.monthCount + offset] > 0;
      if (any) break;
    }
    if (any) result.push(cube.firstMonth + offset);
  }
  return result;
}
