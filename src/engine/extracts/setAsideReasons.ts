/** Why a row was not counted, as the data-quality page says it. */
export const SET_ASIDE = {
  unreadableMonth: "Unreadable month",
  blankLsoa: "Location not mapped (blank LSOA name)",
  unknownCrimeType: "Not one of the 14 police.uk crime types",
  unreadableQuarter: "Unreadable financial year or quarter",
  blankArea: "Blank area",
  blankCategory: "Blank category",
  unreadableCount: "Unreadable count",
  excelError: "Excel error value",
  dateOutOfRange: "Date out of range",
  strayQuote: "Unclosed or stray quote (the line was set aside)",
  unrecognisedFlag: "Flag value not recognised",
} as const;

export type SetAsideReason = (typeof SET_ASIDE)[keyof typeof SET_ASIDE];

/** Every row of a source whose content is the same as an earlier source's. */
export function sameRowsAs(source: string): string {
  return `Same rows as "${source}" (counted once)`;
}

/** Every row of a source whose Crime IDs are almost all in another source. */
export function copyOf(source: string): string {
  return `Copy or filtered part of "${source}" (left out)`;
}
