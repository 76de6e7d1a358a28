/** Why a row was not counted, as the data-quality page says it. */
export const SET_ASIDE = {
  unreadableMonth: "Unreadable month",
  blankLsoa: "Location not mapped (blank LSOA name)",
  unknownCrimeType: "Not one of the 14 police.uk crime types",
  unreadableQuarter: "Unreadable financial year or quarter",
  blankArea: "Blank area",
  blankCategory: "Blank category",
  unreadableCount: "Unreadable count",
  strayQuote: "Unclosed or stray quote (the line was set aside)",
} as const;

export type SetAsideReason = (typeof SET_ASIDE)[keyof typeof SET_ASIDE];
