/**
 * The region is the force the area's rows fall within. Its members come from the
 * ONS lookup: the districts of that police force area (for Home Office tables,
 * its partnerships). Rows in any other district are out-of-area, whatever their
 * number (police.uk snaps some crimes just across the force boundary), and are
 * listed; so are the Home Office's "Unassigned <force>" pseudo-areas. Where the
 * lookup cannot say (a force it does not know, a district name it does not hold),
 * the rule used before it judges from the data: a district is in the force when
 * most of its rows fall within it and it holds at least 5% of the median
 * district's rows.
 */
import type { CrimeTable } from "../extracts/crimeTable";
import { closeForceAreas, districtsOf, findForceArea } from "../lookups/onsLookup";
import { FORCE_NOT_STATED } from "../extracts/readingSession";
import type { Area } from "./area";
import { partnershipsOf, placesOf, wholePartnershipOf, type Place } from "./places";

/** Under the rule: a district with fewer rows than this fraction of the median district in its force is out-of-area. */
export const OUT_OF_AREA_FRACTION = 0.05;

/** Home Office pseudo-areas holding crimes a force could not place ("Unassigned Cleveland"). */
export const UNASSIGNED = /^unassigned\b/i;

/** One of the areas the area is compared with: a district, or a partnership of several whole districts. */
export interface RegionUnit {
  /** The district as the data name it, or the partnership as the lookup names it. */
  name: string;
  /** Indexes into the crime table's districts. */
  districts: number[];
  kind: "district" | "partnership";
  isArea: boolean;
}

export interface Region {
  /** The force as the data name it (`Falls within`, `Police Force`). */
  force: string;
  /** Its police force area in the ONS lookup; null when the lookup has no such force. */
  forceArea: string | null;
  /** For a force the lookup does not know: the nearest force areas it has (possibly none). */
  closeForceAreas: string[];
  /** District indexes counted in the region, in the crime table's order. */
  districts: number[];
  /** What the area is compared with, in the crime table's order: the units of every share, rank and rate. */
  units: RegionUnit[];
  /** Districts outside the region with rows that fall within the force, and those rows. */
  outOfArea: { district: string; rows: number }[];
  /** Whether out-of-area districts were counted in the region anyway. */
  includesOutOfArea: boolean;
  /** Districts the lookup does not hold (or all, for a force it does not know), placed by the rule. */
  judgedByRule: { district: string; inRegion: boolean }[];
  /** Districts (or partnerships) of the force area in the lookup with no rows in the data. */
  absent: string[];
  /** Districts of the region that the lookup splits between partnerships. */
  split: { district: string; partnerships: string[] }[];
  /** When the area is a partnership of several districts: its districts, and those with no rows in the data. */
  areaPartnership: Area["partnership"];
  /** When the area is one district of a partnership of several: that partnership and its districts. */
  areaPartOf: { partnership: string; districts: string[] } | null;
  /** When the lookup puts the area in another force area than the region's: that force area. */
  areaForceArea: string | null;
}

export interface RegionOptions {
  includeOutOfArea: boolean;
  /** Home Office tables name partnerships, not districts. */
  partnershipsFirst: boolean;
}

/** The region of a table that names no force, for an area the lookup does not hold: read as "share of crime in …". */
export const UNNAMED_REGION = "the data supplied";

/** Rows by district x force, in one pass. */
export function rowsByDistrictAndForce(table: CrimeTable): Float64Array {
  const nForce = table.forces.length;
  const grid = new Float64Array(table.districts.length * nForce);
  for (let i = 0; i < table.length; i++) {
    grid[table.district[i] * nForce + table.force[i]] += table.count === null ? 1 : table.count[i];
  }
  return grid;
}

/** The force most of some districts' rows fall within. */
export function homeForce(table: CrimeTable, grid: Float64Array, districts: readonly number[]): number {
  const nForce = table.forces.length;
  const rows = (f: number) => districts.reduce((sum, d) => sum + grid[d * nForce + f], 0);
  let best = 0;
  for (let f = 1; f < nForce; f++) if (rows(f) > rows(best)) best = f;
  return best;
}

export function defineRegion(table: CrimeTable, area: Area, options: RegionOptions): Region {
  const grid = rowsByDistrictAndForce(table);
  const force = homeForce(table, grid, area.districts);
  const forceName = table.forces[force];
  const places = placesOf(table, options.partnershipsFirst);
  const forceArea = forceAreaOf(forceName, area, places);
  const { members, outOfArea, judgedByRule } = placeDistricts(table, grid, force, forceArea, area, places);
  // Partnerships are grouped only on the lookup's word: not for a force it does not know.
  const units = inTableOrder([
    ...((forceArea ? partnershipUnits(table, members, area, places) : null) ??
      districtUnits(table, members, area, places)),
    ...(options.includeOutOfArea ? outOfArea.map((d) => single(table, places, d, false)) : []),
  ]);
  const areaPlace = places[area.districts[0]];
  return {
    // A table that names no force is called by the force area its area lies in, or else by what it is.
    force: forceName !== FORCE_NOT_STATED ? forceName : (forceArea ?? UNNAMED_REGION),
    forceArea,
    closeForceAreas: forceArea || forceName === FORCE_NOT_STATED ? [] : closeForceAreas(forceName),
    districts: units.flatMap((u) => u.districts).sort((a, b) => a - b),
    units,
    outOfArea: outOfArea.map((d) => ({ district: table.districts[d], rows: grid[d * table.forces.length + force] })),
    includesOutOfArea: options.includeOutOfArea,
    judgedByRule,
    absent: forceArea ? absentPlaces(forceArea, members, places, area, options.partnershipsFirst) : [],
    split: members.flatMap((d) => splitOf(table, d, places[d])),
    areaPartnership: area.partnership,
    areaPartOf: areaPartOf(units, area, areaPlace),
    areaForceArea: forceArea && areaPlace && areaPlace.forceArea !== forceArea ? areaPlace.forceArea : null,
  };
}

/**
 * Each district with rows in the force, in the region or out of it: by the
 * lookup's force area where it knows the force and the district, else by the rule.
 */
function placeDistricts(
  table: CrimeTable,
  grid: Float64Array,
  force: number,
  forceArea: string | null,
  area: Area,
  places: (Place | null)[],
) {
  const byRule = ruleJudge(table, grid, force, area);
  const members: number[] = [];
  const outOfArea: number[] = [];
  const judgedByRule: Region["judgedByRule"] = [];
  table.districts.forEach((name, d) => {
    if (area.districts.includes(d)) return members.push(d);
    if (grid[d * table.forces.length + force] === 0) return;
    const place = places[d];
    const unassigned = UNASSIGNED.test(name);
    const known = forceArea !== null && place !== null && !unassigned;
    const inRegion = known ? place.forceArea === forceArea : byRule(d);
    if (!known && !unassigned) judgedByRule.push({ district: name, inRegion });
    (inRegion ? members : outOfArea).push(d);
  });
  return { members, outOfArea, judgedByRule };
}

/**
 * The lookup's force area for the force named in the data; for a table that names
 * no force (a mapped table without a force column), the area's own force area.
 */
function forceAreaOf(force: string, area: Area, places: (Place | null)[]): string | null {
  if (force === FORCE_NOT_STATED) return places[area.districts[0]]?.forceArea ?? null;
  return findForceArea(force);
}

/** The rule used where the lookup cannot say: true when a district is judged to be in the force. */
function ruleJudge(table: CrimeTable, grid: Float64Array, force: number, area: Area): (d: number) => boolean {
  const nForce = table.forces.length;
  const rows = table.districts.map((_, d) => grid[d * nForce + force]).filter((r) => r > 0);
  const median = medianOf(rows);
  return (d) =>
    area.districts.includes(d) ||
    (grid[d * nForce + force] >= OUT_OF_AREA_FRACTION * median &&
      homeForce(table, grid, [d]) === force &&
      !UNASSIGNED.test(table.districts[d]));
}

/**
 * The force's partnerships when its districts make whole partnerships, at least
 * one of several districts, and the area is one of them (a district the lookup
 * does not hold is a unit of its own); null otherwise.
 */
function partnershipUnits(
  table: CrimeTable,
  members: number[],
  area: Area,
  places: (Place | null)[],
): RegionUnit[] | null {
  const groups = new Map<string, RegionUnit>();
  const loose: RegionUnit[] = [];
  const sameAsArea = (ds: number[]) =>
    ds.length === area.districts.length && ds.every((d) => area.districts.includes(d));
  for (const d of members) {
    const partnership = wholePartnershipOf(places[d]);
    // A split district, or one of a partnership that takes in part of a split one: compare districts.
    if (!partnership && places[d] !== null) return null;
    if (!partnership) {
      loose.push(single(table, places, d, false));
      continue;
    }
    const group = groups.get(partnership.code) ?? {
      name: partnership.name,
      districts: [],
      kind: "partnership",
      isArea: false,
    };
    group.districts.push(d);
    groups.set(partnership.code, group);
  }
  const units = [...groups.values()];
  const areaUnit = units.find((u) => sameAsArea(u.districts));
  if (!areaUnit || units.every((u) => u.districts.length === 1)) return null;
  Object.assign(areaUnit, { name: area.name, isArea: true });
  return [...units, ...loose];
}

/** The force's districts, with the area (a district, or a partnership of several) as one unit. */
function districtUnits(table: CrimeTable, members: number[], area: Area, places: (Place | null)[]): RegionUnit[] {
  const areaUnit: RegionUnit = area.partnership
    ? { name: area.name, districts: area.districts, kind: "partnership", isArea: true }
    : single(table, places, area.districts[0], true);
  const others = members.filter((d) => !area.districts.includes(d)).map((d) => single(table, places, d, false));
  return [areaUnit, ...others];
}

/** Units in the crime table's order of their first district. */
function inTableOrder(units: RegionUnit[]): RegionUnit[] {
  return units.sort((x, y) => Math.min(...x.districts) - Math.min(...y.districts));
}

/** One district as a unit: a partnership when the data name partnerships (Home Office tables). */
function single(table: CrimeTable, places: (Place | null)[], d: number, isArea: boolean): RegionUnit {
  return { name: table.districts[d], districts: [d], kind: places[d]?.kind ?? "district", isArea };
}

/**
 * The force area's districts in the lookup that no district of the region stands
 * for, named as the data would name them (partnerships for Home Office tables).
 * The area's own missing districts are reported with the area instead.
 */
function absentPlaces(
  forceArea: string,
  members: number[],
  places: (Place | null)[],
  area: Area,
  partnershipsFirst: boolean,
): string[] {
  const covered = new Set<string>();
  for (const d of members) {
    const place = places[d];
    if (place) covered.add(place.kind === "district" ? place.district.code : place.partnership.code);
  }
  const names = new Set<string>();
  for (const district of districtsOf(forceArea)) {
    if (covered.has(district.code) || area.partnership?.absent.includes(district.name)) continue;
    const missing = district.partnerships.filter((p) => !covered.has(p.code));
    if (missing.length === 0) continue;
    const whole = missing.length === district.partnerships.length && !partnershipsFirst;
    for (const name of whole ? [district.name] : missing.map((p) => p.name)) names.add(name);
  }
  return [...names];
}

function splitOf(table: CrimeTable, d: number, place: Place | null): Region["split"] {
  const partnerships = partnershipsOf(place);
  if (place?.kind !== "district" || partnerships.length < 2) return [];
  return [{ district: table.districts[d], partnerships: partnerships.map((p) => p.name) }];
}

/** When districts are compared and the area is one district of a partnership of several: that partnership. */
function areaPartOf(units: RegionUnit[], area: Area, place: Place | null): Region["areaPartOf"] {
  const partnership = wholePartnershipOf(place);
  if (area.partnership || !partnership || partnership.districts.length < 2) return null;
  if (units.some((u) => u.kind === "partnership")) return null;
  return { partnership: partnership.name, districts: partnership.districts.map((d) => d.name) };
}

/** "districts", "partnerships", or "areas" when the units are of both kinds. */
export function unitsWord(region: Region): "districts" | "partnerships" | "areas" {
  const kinds = new Set(region.units.map((u) => u.kind));
  if (kinds.size > 1) return "areas";
  return kinds.has("partnership") ? "partnerships" : "districts";
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
