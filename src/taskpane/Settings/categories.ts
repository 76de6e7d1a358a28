/**
 * Categories the Settings panel offers for polarity and targets: by extract format (the
 * published lists), then those the chosen data holds (a mapped table's own), then the
 * priorities, which targets may name too.
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

/** The format's categories, then any others the data holds (sorted), then the priorities' names. */
export function categoriesWith(
  published: readonly string[],
  dataCategories: readonly string[],
  priorityNames: readonly string[] = [],
): string[] {
  const list = [...published];
  const add = (name: string) => {
    if (name.trim() && !list.some((c) => c.toLowerCase() === name.trim().toLowerCase())) list.push(name.trim());
  };
  [...dataCategories].sort((a, b) => a.localeCompare(b)).forEach(add);
  if (list.length > 0 && !list.includes(ALL_CRIME)) list.unshift(ALL_CRIME);
  priorityNames.forEach(add);
  return list;
}
