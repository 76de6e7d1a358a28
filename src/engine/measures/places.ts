/**
 * What the ONS lookup says about each district of the crime table. police.uk
 * districts are local authority districts (LAD); Home Office tables name
 * partnerships (CSP). A police.uk district merged since 2021 may still be a
 * partnership of its own (Allerdale, now part of Cumberland), so a name that is no
 * district is looked for among the partnerships too.
 */
import type { CrimeTable } from "../extracts/crimeTable";
import { findDistrict, findPartnership, type LookupDistrict, type LookupPartnership } from "../lookups/onsLookup";

export type Place =
  | { kind: "district"; district: LookupDistrict; forceArea: string }
  | { kind: "partnership"; partnership: LookupPartnership; forceArea: string };

/** Home Office tables name partnerships, so "North Devon" there is the partnership, not the district. */
export function placeOf(name: string, partnershipsFirst: boolean): Place | null {
  const partnership = findPartnership(name);
  const district = findDistrict(name);
  if (partnership && (partnershipsFirst || !district)) {
    return { kind: "partnership", partnership, forceArea: partnership.forceArea };
  }
  return district ? { kind: "district", district, forceArea: district.forceArea } : null;
}

export function placesOf(table: CrimeTable, partnershipsFirst: boolean): (Place | null)[] {
  return table.districts.map((name) => placeOf(name, partnershipsFirst));
}

/** The partnerships a place lies in: one, several for a split district, none when unknown. */
export function partnershipsOf(place: Place | null): LookupPartnership[] {
  if (!place) return [];
  return place.kind === "partnership" ? [place.partnership] : place.district.partnerships;
}

/**
 * The partnership a place lies wholly in, when that partnership is made of whole
 * districts (so its count is the sum of theirs); null for a split district, a
 * partnership that takes part of a split one (Dorset), or an unknown place.
 */
export function wholePartnershipOf(place: Place | null): LookupPartnership | null {
  const partnerships = partnershipsOf(place);
  return partnerships.length === 1 && partnerships[0].whole ? partnerships[0] : null;
}
