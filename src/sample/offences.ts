/**
 * The Home Office offences of the synthetic force extract and Home Office table: a
 * realistic subset of the offence codes, descriptions, subgroups and groups as the
 * Home Office "police recorded crime by CSP" tables name them, with a made-up mix,
 * trend, domestic-abuse and hate-crime rate and demo harm weight for each. None of
 * these figures is real: they are chosen so that the demo's theme pages, priority
 * matrix and targets have something to say (serious violence falling, hate crime
 * reports rising, domestic abuse flat, shoplifting rising as in the police.uk
 * sample).
 */
import type { PoliceUkCrimeType } from "../engine/extracts/crimeTypes";

export interface SampleOffence {
  code: string;
  description: string;
  group: string;
  subgroup: string;
  /** The police.uk crime type the offence falls in: its seasonal shape comes from there. */
  policeUkType: PoliceUkCrimeType;
  /** Crimes of this offence per 100 crimes, before trends. */
  share: number;
  /** Change a year, on top of the district's own trend (-0.055: a 5.5% fall a year). */
  trend: number;
  /**
   * Racially or religiously aggravated offences: every one is a hate crime, and their
   * counts follow HATE_TREND in every district rather than the district's trend.
   */
  aggravated?: true;
  /** Share flagged as domestic abuse in the first year (kept flat in number from then on). */
  domesticAbuse: number;
  /** Share flagged as hate crime in the first year (rising by HATE_TREND a year in number). */
  hate: number;
  /** A made-up demo harm weight: neither the ONS Crime Severity Score nor the Cambridge Crime Harm Index. */
  demoWeight: number;
}

/** Hate crime reports rise this much a year in every district (confidence to report growing). */
export const HATE_TREND = 0.12;

/** Serious violence (the demo's local definition): these subgroups, which fall about 5.5% a year force-wide. */
export const SERIOUS_VIOLENCE_SUBGROUPS = [
  "Homicide",
  "Violence with injury",
  "Robbery of personal property",
  "Possession of weapons offences",
];

const VAP = "Violence against the person";
const VIOLENCE = "Violence and sexual offences";
const THEFT = "Theft offences";
const DAMAGE = "Criminal damage and arson";
const WEAPONS = "Possession of weapons offences";
const SV_TREND = -0.055;

// One offence a line reads best as a table; prettier would put each value on a line of its own.
// Columns: code, description, group, subgroup, police.uk type, share, trend, domestic abuse, hate, demo weight.
// prettier-ignore
export const OFFENCES: SampleOffence[] = [
  o("1", "Murder", VAP, "Homicide", VIOLENCE, 0.012, SV_TREND, 0.3, 0, 5000),
  o("5D", "Assault with intent to cause serious harm", VAP, "Violence with injury", VIOLENCE, 0.6, SV_TREND, 0.1, 0.01, 300),
  o("8N", "Assault with injury", VAP, "Violence with injury", VIOLENCE, 7.5, SV_TREND, 0.18, 0.01, 40),
  aggravated(o("8P", "Racially or religiously aggravated assault with injury", VAP, "Violence with injury", VIOLENCE, 0.1, 0, 0, 1, 50)),
  o("105A", "Assault without injury", VAP, "Violence without injury", VIOLENCE, 10, 0.02, 0.15, 0.01, 10),
  aggravated(o("105B", "Racially or religiously aggravated assault without injury", VAP, "Violence without injury", VIOLENCE, 0.3, 0, 0, 1, 15)),
  o("8L", "Harassment", VAP, "Stalking and harassment", VIOLENCE, 4, 0.04, 0.15, 0.02, 8),
  aggravated(o("8M", "Racially or religiously aggravated harassment", VAP, "Stalking and harassment", VIOLENCE, 0.2, 0, 0, 1, 12)),
  o("8Q", "Stalking", VAP, "Stalking and harassment", VIOLENCE, 2.5, 0.06, 0.3, 0, 30),
  o("8R", "Malicious communications", VAP, "Stalking and harassment", VIOLENCE, 4, 0.04, 0.12, 0.03, 5),
  o("19C", "Rape of a female aged 16 and over", "Sexual offences", "Rape", VIOLENCE, 0.8, 0.02, 0.15, 0, 1000),
  o("20A", "Sexual assault on a female aged 13 and over", "Sexual offences", "Other sexual offences", VIOLENCE, 1.2, 0.02, 0.05, 0, 120),
  o("34A", "Robbery of business property", "Robbery", "Robbery of business property", "Robbery", 0.15, 0, 0, 0, 60),
  o("34B", "Robbery of personal property", "Robbery", "Robbery of personal property", "Robbery", 1, SV_TREND, 0.02, 0.01, 60),
  o("28E", "Burglary - residential", THEFT, "Residential burglary", "Burglary", 2.7, -0.02, 0.01, 0, 40),
  o("28F", "Attempted burglary - residential", THEFT, "Residential burglary", "Burglary", 0.5, -0.02, 0.01, 0, 20),
  o("30C", "Burglary - business and community", THEFT, "Non-residential burglary", "Burglary", 1, 0, 0, 0, 25),
  o("45", "Theft from a vehicle", THEFT, "Vehicle offences", "Vehicle crime", 3, 0, 0, 0, 6),
  o("48", "Theft or unauthorised taking of a motor vehicle", THEFT, "Vehicle offences", "Vehicle crime", 1.7, 0, 0, 0, 15),
  o("126", "Interfering with a motor vehicle", THEFT, "Vehicle offences", "Vehicle crime", 0.5, 0, 0, 0, 3),
  o("39", "Theft from the person", THEFT, "Theft from the person", "Theft from the person", 1.5, 0, 0, 0, 8),
  o("44", "Theft or unauthorised taking of a pedal cycle", THEFT, "Bicycle theft", "Bicycle theft", 1, 0, 0, 0, 3),
  o("46", "Shoplifting", THEFT, "Shoplifting", "Shoplifting", 7, 0.12, 0, 0, 2),
  o("49", "Other theft", THEFT, "All other theft offences", "Other theft", 7, 0, 0.01, 0, 4),
  o("56B", "Arson not endangering life", DAMAGE, "Arson", DAMAGE, 0.6, 0, 0.02, 0.01, 25),
  o("58A", "Criminal damage to a dwelling", DAMAGE, "Criminal damage", DAMAGE, 2.5, 0, 0.12, 0.02, 5),
  o("58B", "Criminal damage to a building other than a dwelling", DAMAGE, "Criminal damage", DAMAGE, 1, 0, 0, 0.02, 5),
  o("58C", "Criminal damage to a vehicle", DAMAGE, "Criminal damage", DAMAGE, 2.5, 0, 0.03, 0.01, 4),
  o("58D", "Other criminal damage", DAMAGE, "Criminal damage", DAMAGE, 1.2, 0, 0.03, 0.02, 3),
  o("92A", "Trafficking in controlled drugs", "Drug offences", "Trafficking of drugs", "Drugs", 0.6, 0.03, 0, 0, 50),
  o("92E", "Possession of cannabis", "Drug offences", "Possession of drugs", "Drugs", 1.5, -0.03, 0, 0, 1),
  o("10A", "Possession of firearms with intent", WEAPONS, WEAPONS, "Possession of weapons", 0.02, SV_TREND, 0, 0, 100),
  o("10C", "Possession of other weapons", WEAPONS, WEAPONS, "Possession of weapons", 0.3, SV_TREND, 0, 0, 20),
  o("10D", "Possession of article with blade or point", WEAPONS, WEAPONS, "Possession of weapons", 0.5, SV_TREND, 0, 0, 20),
  o("9A", "Public fear, alarm or distress", "Public order offences", "Public fear, alarm or distress", "Public order", 5.5, 0, 0.02, 0.03, 3),
  aggravated(o("9B", "Racially or religiously aggravated public fear, alarm or distress", "Public order offences", "Racially or religiously aggravated public fear, alarm or distress", "Public order", 0.45, 0, 0, 1, 5)),
];

function o(
  code: string,
  description: string,
  group: string,
  subgroup: string,
  policeUkType: PoliceUkCrimeType,
  share: number,
  trend: number,
  domesticAbuse: number,
  hate: number,
  demoWeight: number,
): SampleOffence {
  return { code, description, group, subgroup, policeUkType, share, trend, domesticAbuse, hate, demoWeight };
}

function aggravated(offence: SampleOffence): SampleOffence {
  return { ...offence, trend: HATE_TREND, aggravated: true };
}
