/**
 * The district (the CSP area, in most places) of a police.uk row is its LSOA name
 * without the last token: "Knowsley 006A" is Knowsley, "Redcar and Cleveland 001A"
 * is Redcar and Cleveland, "St. Helens 012C" is St. Helens.
 */
const LSOA_SUFFIX = /\s+\d{3}[A-Z]$/i;

/** The district of an LSOA name, "" for a blank one. A name without an LSOA suffix is kept whole. */
export function districtOfLsoaName(lsoaName: string): string {
  const name = lsoaName.trim().replace(/\s+/g, " ");
  const match = LSOA_SUFFIX.exec(name);
  if (match) return name.slice(0, match.index);
  // Not the usual "<district> 001A": drop the last token only when there is more than one.
  const lastSpace = name.lastIndexOf(" ");
  return lastSpace > 0 && /\d/.test(name.slice(lastSpace + 1)) ? name.slice(0, lastSpace) : name;
}
