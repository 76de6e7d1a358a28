/**
 * The fictional force of the sample extract: Northshire Police, its districts
 * with their sizes and yearly trends, a neighbouring district across the
 * boundary, and plausible crime mixes and seasonal shapes.
 */
import type { PoliceUkCrimeType } from "../engine/extracts/crimeTypes";

export const FORCE = "Northshire Police";

export interface SampleDistrict {
  name: string;
  /** Relative size (share of the force's rows). */
  size: number;
  /** Change a year in every crime type, e.g. -0.1 for a 10% fall a year. */
  yearlyTrend: number;
  lsoaCount: number;
  longitude: number;
  latitude: number;
}

export const DISTRICTS: SampleDistrict[] = [
  { name: "Northby", size: 1.4, yearlyTrend: 0.03, lsoaCount: 24, longitude: -1.52, latitude: 54.61 },
  { name: "St. Aldric", size: 1.0, yearlyTrend: -0.1, lsoaCount: 18, longitude: -1.31, latitude: 54.57 },
  { name: "Marsh and Dale", size: 0.8, yearlyTrend: 0.0, lsoaCount: 14, longitude: -1.18, latitude: 54.52 },
  { name: "Kingsbridge", size: 1.2, yearlyTrend: 0.06, lsoaCount: 20, longitude: -1.42, latitude: 54.49 },
  { name: "Eastholme", size: 0.6, yearlyTrend: -0.02, lsoaCount: 10, longitude: -1.05, latitude: 54.58 },
];

/** An LSOA name as police.uk writes it: "St. Aldric 004D". */
export function lsoaNameOf(district: string, n: number): string {
  return `${district} ${String(n + 1).padStart(3, "0")}${"ABCDE"[n % 5]}`;
}

/** A made-up LSOA code (E0199 is no real code's start): district index and LSOA number. */
export function lsoaCodeOf(districtIndex: number, n: number): string {
  return `E0199${String(districtIndex).padStart(2, "0")}${String(n).padStart(3, "0")}`;
}

/**
 * Cumulative weights of a district's LSOAs: crime concentrates, as it does in real
 * places (weights 1 / rank^0.9: in a district of 20 LSOAs the busiest has about 15
 * times the quietest's share, and half the crime falls in about a quarter of them). Ranks are spread over the LSOA numbers (rank = 11n + d mod count;
 * 11 shares no factor with any count here), so the hotspots differ by district.
 */
export function lsoaCumulative(districtIndex: number): Float64Array {
  const count = DISTRICTS[districtIndex].lsoaCount;
  let total = 0;
  return Float64Array.from({ length: count }, (_, n) => {
    const rank = (n * 11 + districtIndex) % count;
    total += 1 / (rank + 1) ** 0.9;
    return total;
  });
}

/** The district whose crime falls about 10% a year (the demo's focus area). */
export const FALLING_DISTRICT = "St. Aldric";

/** A neighbouring force's district: a few rows are snapped across the boundary into it. */
export const NEIGHBOUR_LSOAS = ["Hambledown 003D", "Hambledown 007B"];

/** Share of the force's rows by crime type, roughly as in a real English force. */
export const CRIME_MIX: Record<PoliceUkCrimeType, number> = {
  "Anti-social behaviour": 20,
  "Bicycle theft": 1.2,
  Burglary: 4.5,
  "Criminal damage and arson": 8.5,
  Drugs: 2.4,
  "Other crime": 1.6,
  "Other theft": 6.5,
  "Possession of weapons": 0.9,
  "Public order": 9,
  Robbery: 0.9,
  Shoplifting: 7,
  "Theft from the person": 1,
  "Vehicle crime": 4.5,
  "Violence and sexual offences": 32,
};

/** Extra yearly change by crime type, on top of the district's trend. */
export const TYPE_TREND: Partial<Record<PoliceUkCrimeType, number>> = {
  Shoplifting: 0.12,
  "Anti-social behaviour": -0.04,
};

const FLAT = [1, 0.93, 1, 0.98, 1, 1, 1.02, 1.02, 1, 1.02, 1.01, 0.99];
/** Monthly shape, January first. ASB peaks in October and November (Halloween, Bonfire Night). */
export const SEASON: Partial<Record<PoliceUkCrimeType, number[]>> = {
  "Anti-social behaviour": [0.8, 0.8, 0.9, 1, 1.05, 1.1, 1.15, 1.1, 0.95, 1.5, 1.45, 0.85],
  "Violence and sexual offences": [0.9, 0.88, 0.96, 1, 1.06, 1.1, 1.12, 1.08, 1, 1, 0.95, 1.04],
  "Bicycle theft": [0.6, 0.6, 0.8, 1, 1.2, 1.35, 1.4, 1.35, 1.2, 0.95, 0.8, 0.6],
};
export function seasonOf(type: PoliceUkCrimeType): number[] {
  return SEASON[type] ?? FLAT;
}

export const STREETS = [
  "High Street",
  "Station Road",
  "Church Lane",
  "Market Place",
  "Mill Road",
  "Park Avenue",
  "Victoria Street",
  "Harbour Road",
  "Queen's Drive",
  "School Lane",
  "Green Lane",
  "Chapel Street",
  "The Crescent",
  "Bridge Street",
  "Supermarket",
  "Parking Area",
  "Sports/Recreation Area",
  "Shopping Area",
  "Petrol Station",
  "Nightclub",
];

/** Last outcome categories of crimes, weighted roughly as a real force's file shows them. */
export const OUTCOMES: [outcome: string, weight: number][] = [
  ["Unable to prosecute suspect", 42],
  ["Investigation complete; no suspect identified", 37],
  ["Court result unavailable", 6],
  ["Awaiting court outcome", 4.5],
  ["Under investigation", 4],
  ["Status update unavailable", 2],
  ["Local resolution", 1],
  ["Further action is not in the public interest", 1],
  ["Action to be taken by another organisation", 0.8],
  ["Further investigation is not in the public interest", 0.5],
  ["Formal action is not in the public interest", 0.4],
  ["Offender given a caution", 0.3],
];
