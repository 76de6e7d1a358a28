/**
 * The area assessed: a district as the data name it, or a partnership (CSP) made
 * of several whole districts ("North Hampshire": Basingstoke and Deane, Hart and
 * Rushmoor), assessed as one area, the sum of its districts. A district that the
 * ONS lookup splits between partnerships (Buckinghamshire) is assessed as the
 * district: police.uk rows cannot be divided between its partnerships.
 */
import { AssessmentError } from "../errors";
import type { ReadResult } from "../extracts";
import type { CrimeTable } from "../extracts/crimeTable";
import { findForceArea, findPartnership, onsLookup, type LookupPartnership } from "../lookups/onsLookup";
import { closestName, foldPlaceName, onsCode } from "../lookups/placeNames";
import { placesOf, type Place } from "./places";

export interface Area {
  /** The district as the data name it, or the partnership as the lookup names it. */
  name: string;
  /** Indexes into the crime table's districts. */
  districts: number[];
  /** For a partnership of several districts: it, and those of its districts with no rows in the data. */
  partnership: { name: string; districts: string[]; absent: string[] } | null;
}

/** "North Devon partnership", "North Devon (CSP)": the partnership, where a district has the same name. */
const PARTNERSHIP_SUFFIX = /\s*\(?\b(partnership|csp)\)?$/i;

/** Home Office tables name partnerships, not districts. */
export function partnershipsFirst(read: ReadResult): boolean {
  return read.sources.some((s) => s.format === "home-office-csp");
}

export function findArea(read: ReadResult, wanted: string): Area {
  const { table } = read;
  const places = placesOf(table, partnershipsFirst(read));
  const explicit = PARTNERSHIP_SUFFIX.test(wanted.trim());
  const name = wanted.trim().replace(PARTNERSHIP_SUFFIX, "");
  const district = explicit ? -1 : findDistrictIndex(table, places, name);
  if (district >= 0) return { name: table.districts[district], districts: [district], partnership: null };
  const partnership = findPartnership(name);
  if (partnership && partnership.districts.length > 1) return partnershipArea(table, places, partnership, wanted);
  // A partnership of one district ("City of York") is that district.
  const only = partnership ? findDistrictIndex(table, places, partnership.districts[0].code) : -1;
  if (only >= 0) return { name: table.districts[only], districts: [only], partnership: null };
  const closest = closestName(wanted, areaChoices(read));
  const partnerships = multiDistrictPartnerships(read, places).map((p) => p.name);
  throw new AssessmentError(
    `The area "${wanted}" is not in the data.`,
    `Districts found: ${[...table.districts].sort().join(", ")}.${partnerships.length ? ` Partnerships of several of them: ${partnerships.join(", ")}.` : ""}${closest ? ` Did you mean "${closest}"?` : ""}`,
  );
}

/** The district named exactly (any case), else by a tolerant name ("St Helens") or its ONS code; -1 if none. */
function findDistrictIndex(table: CrimeTable, places: (Place | null)[], name: string): number {
  const names = table.districts;
  const exact = names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  if (exact >= 0) return exact;
  const code = onsCode(name);
  const folded = foldPlaceName(name);
  return names.findIndex((n, d) => {
    const place = places[d];
    const placeCode = place?.kind === "district" ? place.district.code : place?.partnership.code;
    return code ? placeCode === code : foldPlaceName(n) === folded;
  });
}

function partnershipArea(
  table: CrimeTable,
  places: (Place | null)[],
  partnership: LookupPartnership,
  wanted: string,
): Area {
  const names = partnership.districts.map((d) => d.name);
  if (!partnership.whole) {
    const split = partnership.districts.filter((d) => d.partnerships.length > 1).map((d) => d.name);
    throw new AssessmentError(
      `The ${partnership.name} partnership takes in part of ${split.join(" and ")}, which the data cannot divide.`,
      `Rows are counted by district: choose one of its districts (${names.join(", ")}) as the area.`,
    );
  }
  const districts: number[] = [];
  const present = new Set<string>();
  places.forEach((p, d) => {
    if (p?.kind !== "district" || !partnership.districts.includes(p.district)) return;
    districts.push(d);
    present.add(p.district.name);
  });
  if (districts.length === 0) {
    throw new AssessmentError(
      `"${wanted}" is the ${partnership.name} partnership (${names.join(", ")}), but none of its districts is in the data.`,
      `Add the extracts for ${partnership.forceArea}, or choose a district that is in the data.`,
    );
  }
  return {
    name: partnership.name,
    districts,
    partnership: { name: partnership.name, districts: names, absent: names.filter((n) => !present.has(n)) },
  };
}

/**
 * The areas to offer: every district in the data, and each partnership of several
 * whole districts of a force in the data with at least one of them present
 * ("North Devon partnership" where a district is also called North Devon).
 */
export function areaChoices(read: ReadResult): string[] {
  const { table } = read;
  const places = placesOf(table, partnershipsFirst(read));
  const folded = new Set(table.districts.map(foldPlaceName));
  const partnerships = multiDistrictPartnerships(read, places).map((p) =>
    folded.has(foldPlaceName(p.name)) ? `${p.name} partnership` : p.name,
  );
  return [...table.districts, ...partnerships].sort((a, b) => a.localeCompare(b));
}

function multiDistrictPartnerships(read: ReadResult, places: (Place | null)[]): LookupPartnership[] {
  const forceAreas = new Set(read.table.forces.map(findForceArea));
  const present = new Set(places.flatMap((p) => (p?.kind === "district" ? [p.district] : [])));
  return onsLookup().partnerships.filter(
    (p) =>
      p.whole &&
      p.districts.length > 1 &&
      p.districts.some((d) => present.has(d)) &&
      (forceAreas.has(p.forceArea) || p.districts.every((d) => present.has(d))),
  );
}
