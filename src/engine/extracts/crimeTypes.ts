/** The 14 data.police.uk street-level crime types, as police.uk spells them. */
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

/** Home Office police recorded crime by CSP: offence groups (fraud excluded). */
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

export type PoliceUkCrimeType = (typeof POLICE_UK_CRIME_TYPES)[number];

export const ANTI_SOCIAL_BEHAVIOUR: PoliceUkCrimeType = "Anti-social behaviour";

/** Lower case with runs of spaces collapsed: how headers and crime types are compared. */
export function foldText(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

const byFoldedName = new Map<string, PoliceUkCrimeType>(POLICE_UK_CRIME_TYPES.map((type) => [foldText(type), type]));

/** The canonical police.uk crime type for text written in any case or spacing, or null when it is not one. */
export function canonicalCrimeType(text: string): PoliceUkCrimeType | null {
  return byFoldedName.get(foldText(text)) ?? null;
}
