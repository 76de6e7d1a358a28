/**
 * Tolerant matching of place and force names between the extracts and the ONS
 * lookup, which spell them differently: "St. Helens" / "St Helens", "London, City
 * of" / "City of London", "Devon & Cornwall" / "Devon and Cornwall", "Merseyside
 * Police" / "Merseyside", "Metropolitan Police Service" / "Metropolitan Police".
 * Hand-written: these few rules are the whole of it, and no library knows them.
 */

/** An ONS (GSS) code: E06000001 (a district), E22000027 (a partnership), W14000023. */
const ONS_CODE = /^[EWSN]\d{8}$/;

/** "X, City of" and "X, County of" are how ONS lists what police.uk calls X. */
const TRAILING_CITY_OF = /,\s*(city|county|city and county) of$/;
/** "City of London", "City of York": the lookup's partnership names for the districts London's City and York. */
const LEADING_CITY_OF = /^(city|county|city and county) of /;
/** Police.uk's `Falls within` adds these to the lookup's police force area names. */
const FORCE_SUFFIX = / (police service|police force|police|constabulary)$/;

/** The code, upper-cased, when the text is an ONS code; null otherwise. */
export function onsCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return ONS_CODE.test(code) ? code : null;
}

/** A place name folded for comparison: case, accents, punctuation, "&", "City of". */
export function foldPlaceName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/&/g, " and ")
    .replace(TRAILING_CITY_OF, "")
    .replace(/[.'\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(LEADING_CITY_OF, "");
}

/** A force name folded as a place, less "Police", "Police Service" or "Constabulary" at the end. */
export function foldForceName(name: string): string {
  return foldPlaceName(name).replace(FORCE_SUFFIX, "");
}

/** Levenshtein distance; small strings only (names). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** The name nearest by edit distance (case-insensitive); null when there are none. */
export function closestName(wanted: string, names: readonly string[]): string | null {
  return closestNames(wanted, names, 1, (n) => n.toLowerCase())[0] ?? null;
}

/** Up to `count` names nearest to `wanted` once both are folded, nearest first (ties in the order given). */
export function closestNames(
  wanted: string,
  names: readonly string[],
  count: number,
  fold: (name: string) => string,
): string[] {
  const target = fold(wanted);
  return names
    .map((name) => ({ name, distance: editDistance(target, fold(name)) }))
    .sort((x, y) => x.distance - y.distance)
    .slice(0, count)
    .map((x) => x.name);
}
