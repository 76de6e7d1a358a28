/**
 * Categories the Settings panel offers for polarity and targets, by extract format.
 * The host reports formats, not categories, so the lists come from the published formats.
 */
import { HOME_OFFICE_OFFENCE_GROUPS, POLICE_UK_CRIME_TYPES } from "../../engine/extracts/crimeTypes";
import type { ExtractFormat } from "../../engine/extracts/types";
import { ALL_CRIME } from "../../engine/measures/counts";

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
