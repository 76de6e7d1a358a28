/**
 * The region is the force the area's rows fall within, and its districts.
 * police.uk snaps some crimes to a neighbouring force's district (e.g. 16
 * Hambleton rows in Cleveland's file); such districts hold only stray rows
 * and are left out of the region total unless the user includes them. So are
 * the Home Office's "Unassigned <force>" pseudo-areas.
 */
import type { CrimeTable } from "../extracts/crimeTable";

/** A district with fewer rows than this fraction of the median district in its force is out-of-area. */
export const OUT_OF_AREA_FRACTION = 0.05;

/** Home Office pseudo-areas holding crimes a force could not place ("Unassigned Cleveland"). */
export const UNASSIGNED = /^unassigned\b/i;

export interface Region {
  force: string;
  /** District indexes counted in the region, in the crime table's order. */
  districts: number[];
  /** Districts holding only stray rows in this force. */
  outOfArea: { district: string; rows: number }[];
  /** Whether out-of-area districts were counted in the region anyway. */
  includesOutOfArea: boolean;
}

/** Rows by district x force, in one pass. */
export function rowsByDistrictAndForce(table: CrimeTable): Float64Array {
  const nForce = table.forces.length;
  const grid = new Float64Array(table.districts.length * nForce);
  for (let i = 0; i < table.length; i++) {
    grid[table.district[i] * nForce + table.force[i]] += table.count === null ? 1 : table.count[i];
  }
  return grid;
}

/** The force most of a district's rows fall within. */
export function homeForce(table: CrimeTable, grid: Float64Array, district: number): number {
  const nForce = table.forces.length;
  let best = 0;
  for (let f = 1; f < nForce; f++) if (grid[district * nForce + f] > grid[district * nForce + best]) best = f;
  return best;
}

export function defineRegion(table: CrimeTable, area: number, includeOutOfArea: boolean): Region {
  const grid = rowsByDistrictAndForce(table);
  const nForce = table.forces.length;
  const force = homeForce(table, grid, area);
  const inForce = table.districts
    .map((name, d) => ({ d, name, rows: grid[d * nForce + force] }))
    .filter((x) => x.rows > 0);
  const median = medianOf(inForce.map((x) => x.rows));
  const isStray = (x: { d: number; name: string; rows: number }) =>
    x.d !== area &&
    (x.rows < OUT_OF_AREA_FRACTION * median || homeForce(table, grid, x.d) !== force || UNASSIGNED.test(x.name));
  const strays = inForce.filter(isStray);
  const members = includeOutOfArea ? inForce : inForce.filter((x) => !isStray(x));
  return {
    force: table.forces[force],
    districts: members.map((x) => x.d),
    outOfArea: strays.map((x) => ({ district: x.name, rows: x.rows })),
    includesOutOfArea: includeOutOfArea,
  };
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
