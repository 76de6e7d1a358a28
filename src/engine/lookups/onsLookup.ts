/**
 * The ONS "Local Authority District to Community Safety Partnership to PFA
 * (December 2024)" lookup, parsed once from the CSV shipped beside this file: which
 * districts and partnerships make up each police force area, found by tolerant name
 * or by ONS code.
 */
import Papa from "papaparse";
import { LAD24_CSP24_PFA24_CSV } from "./lad24Csp24Pfa24Csv";
import { closestNames, editDistance, foldForceName, foldPlaceName, onsCode } from "./placeNames";

export const LOOKUP_NAME =
  "the ONS Local Authority District to Community Safety Partnership to PFA (December 2024) lookup";
export const OGL_ATTRIBUTION = "Contains public sector information licensed under the Open Government Licence v3.0.";

const HEADER = ["LAD24CD", "LAD24NM", "CSP24CD", "CSP24NM", "PFA24NM"];

export interface LookupDistrict {
  code: string;
  name: string;
  forceArea: string;
  /** One for most districts; several for a district split between partnerships (Buckinghamshire). */
  partnerships: LookupPartnership[];
}

export interface LookupPartnership {
  code: string;
  name: string;
  forceArea: string;
  districts: LookupDistrict[];
  /** Every district of it lies wholly in it, so its rows are the sum of its districts' rows. */
  whole: boolean;
}

export interface OnsLookup {
  /** The police force areas (PFA24NM), alphabetically. */
  forceAreas: string[];
  districts: LookupDistrict[];
  partnerships: LookupPartnership[];
}

interface Indexed extends OnsLookup {
  districtByKey: Map<string, LookupDistrict>;
  partnershipByKey: Map<string, LookupPartnership>;
  forceAreaByKey: Map<string, string>;
}

let parsed: Indexed | null = null;

export function onsLookup(): OnsLookup {
  return indexed();
}

function indexed(): Indexed {
  parsed ??= parseLookup(LAD24_CSP24_PFA24_CSV);
  return parsed;
}

function parseLookup(text: string): Indexed {
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  if (header.join(",") !== HEADER.join(",")) throw new Error(`Unexpected lookup header: ${header.join(",")}`);
  const districts = new Map<string, LookupDistrict>();
  const partnerships = new Map<string, LookupPartnership>();
  for (const [ladCode, ladName, cspCode, cspName, forceArea] of rows) {
    const district = districts.get(ladCode) ?? { code: ladCode, name: ladName, forceArea, partnerships: [] };
    const partnership = partnerships.get(cspCode) ?? {
      code: cspCode,
      name: cspName,
      forceArea,
      districts: [],
      whole: true,
    };
    districts.set(ladCode, district);
    partnerships.set(cspCode, partnership);
    district.partnerships.push(partnership);
    partnership.districts.push(district);
  }
  for (const p of partnerships.values()) p.whole = p.districts.every((d) => d.partnerships.length === 1);
  const forceAreas = [...new Set([...districts.values()].map((d) => d.forceArea))].sort((a, b) => a.localeCompare(b));
  return {
    forceAreas,
    districts: [...districts.values()],
    partnerships: [...partnerships.values()],
    districtByKey: keyed(districts.values()),
    partnershipByKey: keyed(partnerships.values()),
    forceAreaByKey: new Map(forceAreas.map((f) => [foldForceName(f), f])),
  };
}

/** Each entry under its code and its folded name. */
function keyed<T extends { code: string; name: string }>(entries: Iterable<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const e of entries) {
    map.set(e.code, e);
    map.set(foldPlaceName(e.name), e);
  }
  return map;
}

function key(name: string): string {
  return onsCode(name) ?? foldPlaceName(name);
}

/** The district (LAD24) of this name or code, tolerantly. */
export function findDistrict(name: string): LookupDistrict | null {
  return indexed().districtByKey.get(key(name)) ?? null;
}

/** The partnership (CSP24) of this name or code, tolerantly. */
export function findPartnership(name: string): LookupPartnership | null {
  return indexed().partnershipByKey.get(key(name)) ?? null;
}

/** The police force area (PFA24NM) a force name means: "Merseyside Police" is "Merseyside". */
export function findForceArea(name: string): string | null {
  return indexed().forceAreaByKey.get(foldForceName(name)) ?? null;
}

/**
 * Up to three police force areas whose names are near a force name that matches
 * none: within an edit distance of half its length, so that a typing error finds
 * its force and a force the lookup lacks (British Transport Police) finds none.
 */
export function closeForceAreas(name: string, count = 3): string[] {
  const folded = foldForceName(name);
  const near = (area: string) => editDistance(folded, foldForceName(area)) <= Math.max(3, folded.length / 2);
  return closestNames(name, indexed().forceAreas, count, foldForceName).filter(near);
}

/** The districts of a police force area, in the lookup's order. */
export function districtsOf(forceArea: string): LookupDistrict[] {
  return indexed().districts.filter((d) => d.forceArea === forceArea);
}
