/**
 * Counts by LSOA for the area: one pass over the crime table, reading only the
 * rows of the area's districts and adding each to the few windows of months the
 * places need (the headline period, the two sides of the comparison, the last
 * complete years). Never a cube of LSOA x category x month: a national extract
 * holds 35,000 LSOAs, and the places need a handful of sums.
 */
import type { CrimeTable } from "../extracts/crimeTable";
import type { CubePriority } from "./counts";

/** A measure counted by LSOA: All crime, ASB or a priority, by whether a kind of row belongs to it. */
export type PlaceMeasureRule = Pick<CubePriority, "includes">;

export interface LsoaCounts {
  /**
   * The LSOAs the extract names on the area's rows, in any month and category (ids
   * into table.lsoas), in the order first seen: the area's LSOAs, zero counts included.
   */
  lsoas: number[];
  /** counts[measure][window][i]: the measure's count in LSOA lsoas[i] over the window's months. */
  counts: number[][][];
  /** unlocated[measure][window]: the measure's count on rows with no LSOA over the window's months. */
  unlocated: number[][];
}

/** At most this many windows: a window is one bit of a month's mask. */
const MAX_WINDOWS = 31;

export function countByLsoa(
  table: CrimeTable,
  districts: readonly number[],
  windows: readonly (readonly number[])[],
  measures: readonly PlaceMeasureRule[],
): LsoaCounts {
  if (windows.length > MAX_WINDOWS) throw new Error(`countByLsoa takes at most ${MAX_WINDOWS} windows`);
  const result: LsoaCounts = {
    lsoas: [],
    counts: measures.map(() => windows.map(() => [])),
    unlocated: measures.map(() => windows.map(() => 0)),
  };
  const lsoa = table.lsoa ?? null;
  const inArea = new Uint8Array(table.districts.length);
  for (const d of districts) inArea[d] = 1;
  const masks = windowMasks(windows);
  const localOf = new Int32Array(lsoa ? (table.lsoas?.length ?? 0) : 0).fill(-1);
  for (let i = 0; i < table.length; i++) {
    if (!inArea[table.district[i]]) continue;
    const id = lsoa === null ? -1 : lsoa[i];
    let local = -1;
    if (id >= 0) {
      if (localOf[id] < 0) localOf[id] = addLsoa(result, id);
      local = localOf[id];
    }
    const mask = masks.get(table.month[i]) ?? 0;
    if (mask !== 0) addRow(table, i, local, mask, measures, result);
  }
  return result;
}

/** Month -> a bit for each window holding it. */
function windowMasks(windows: readonly (readonly number[])[]): Map<number, number> {
  const masks = new Map<number, number>();
  windows.forEach((months, w) => {
    for (const m of months) masks.set(m, (masks.get(m) ?? 0) | (1 << w));
  });
  return masks;
}

/** A newly seen LSOA: a zero in every measure's every window. */
function addLsoa(result: LsoaCounts, id: number): number {
  for (const byWindow of result.counts) for (const list of byWindow) list.push(0);
  return result.lsoas.push(id) - 1;
}

function addRow(
  table: CrimeTable,
  i: number,
  local: number,
  mask: number,
  measures: readonly PlaceMeasureRule[],
  result: LsoaCounts,
): void {
  const weight = table.count === null ? 1 : table.count[i];
  const subgroup = table.subgroup ? table.subgroup[i] : -1;
  const code = table.code ? table.code[i] : -1;
  const flags = table.flags ? table.flags[i] : 0;
  measures.forEach((measure, j) => {
    if (!measure.includes(table.category[i], subgroup, code, flags)) return;
    for (let w = 0; w < result.counts[j].length; w++) {
      if ((mask & (1 << w)) === 0) continue;
      if (local >= 0) result.counts[j][w][local] += weight;
      else result.unlocated[j][w] += weight;
    }
  });
}
