/**
 * Categories the Settings panel offers for polarity and targets, by extract format.
 * The host reports formats, not categories, so the lists come from the published formats.
 */
import type { ExtractFormat } from "../../engine/extracts/types";

export const ALL_CRIME = "All crime";

/** data.police.uk street-level crime types (Anti-social behaviour is incidents, not crime). */
export const POLICE_UK_CRIME_TYPES = [
  "Anti-social behaviour",
  "Bicycle theft",
  "Burglary",
  "Criminal damage and arson",
  "Drugs",
  "Other crime",
  "Other theft",
  "Possession of weapons",
  "Public order",
  "Robbery",
  "Shoplifting",
  "Theft from the person",
  "Vehicle crime",
  "Violence and sexual offences",
] as const;

/** Home Office police recorded crime by CSP: offence groups. */
export const HOME_OFFICE_OFFENCE_GROUPS = [
  "Violence against the person",
  "Sexual offences",
  "Robbery",
  "Theft offences",
  "Criminal damage and arson",
  "Drug offences",
  "Possession of weapons offences",
  "Public order offences",
  "Miscellaneous crimes against society",
] as const;

const BY_FORMAT: Record<ExtractFormat, readonly string[]> = {
  "police-uk": POLICE_UK_CRIME_TYPES,
  "home-office-csp": HOME_OFFICE_OFFENCE_GROUPS,
  mapped: [],
};

/** "All crime" then each category of the chosen formats, once, in the published order. */
export function categoriesFor(formats: Iterable<ExtractFormat | null>): string[] {
  const categories: string[] = [];
  for (const format of formats) {
    for (const category of format ? BY_FORMAT[format] : []) {
      if (!categories.includes(category)) categories.push(category);
    }
  }
  return categories.length ? [ALL_CRIME, ...categories] : [];
}
