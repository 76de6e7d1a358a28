/**
 * A seeded synthetic Home Office "police recorded crime by CSP" table, in the
 * open-data layout (financial year, quarter, police force, CSP name, offence
 * description, group, subgroup, code, count), for Northshire's partnerships and
 * for 18 partnerships of three other fictional forces, with populations for all
 * of them and a most similar group for St. Aldric, so that the demo can compare
 * the area with its peers.
 *
 * Northshire's counts are the force extract's recorded crimes counted by quarter,
 * July 2025 included (the Home Office counts the crimes the export missed). The
 * other forces' are drawn from the same offences at their own rates, mixes and
 * trends. None of the names is a real place (none is in the ONS lookup), so the
 * region of each force is judged from the data, as for any force the lookup does
 * not know. The same seed always gives the same table.
 */
import { monthIndex } from "../engine/extracts/crimeTable";
import { recordedCrimes, type ForceExtractOptions } from "./generateForceExtract";
import { DISTRICTS, FORCE, seasonOf } from "./northshire";
import { HATE_TREND, OFFENCES } from "./offences";
import { generatePopulation, POPULATION_HEADER, POPULATION_SOURCE } from "./population";
import { mulberry32, poisson, type Random } from "./prng";

export const HOME_OFFICE_HEADER = [
  "Financial Year",
  "Financial Quarter",
  "Police Force",
  "CSP Name",
  "Offence Description",
  "Offence Group",
  "Offence Subgroup",
  "Offence Code",
  "Offence Count",
];

/** The Home Office names forces without "Police" ("Cleveland"); so does this table. */
export const HOME_OFFICE_FORCE = FORCE.replace(/ Police$/, "");

/** Three fictional forces and their partnerships (one district each). */
export const OTHER_FORCES: { force: string; partnerships: string[] }[] = [
  {
    force: "Fernshire",
    partnerships: ["Ashcombe", "Brackenford", "Coldwater Vale", "Dunmere", "Fenwick Marsh", "Greyholt"],
  },
  {
    force: "Calderwick",
    partnerships: ["Hollinsby", "Kestrelford", "Larkhaven", "Millbourne", "Thornwick Dale", "Wrenford"],
  },
  { force: "Westmarch", partnerships: ["Pellingham", "Quarrydown", "Ravensmoor", "Saltfleet", "Tamberley", "Upwick"] },
];

/** St. Aldric's most similar group (as iQuanta would list it): 14 partnerships of the other forces. */
export const PEER_GROUP = [
  "Ashcombe",
  "Brackenford",
  "Dunmere",
  "Greyholt",
  "Hollinsby",
  "Kestrelford",
  "Larkhaven",
  "Thornwick Dale",
  "Wrenford",
  "Pellingham",
  "Quarrydown",
  "Saltfleet",
  "Tamberley",
  "Upwick",
];

export interface HomeOfficeOptions extends ForceExtractOptions {
  /** Seed of the other forces' partnerships. Default 20250501. */
  peerSeed?: number;
}

/** A partnership of another force, as drawn: its residents, its crime a year per 1,000 and its trend. */
interface OtherPartnership {
  force: string;
  name: string;
  residents: number;
  crimesPerThousand: number;
  yearlyTrend: number;
  /** A multiplier about 1 by offence subgroup: its mix of crime. */
  mix: Map<string, number>;
}

function otherPartnerships(seed: number): OtherPartnership[] {
  const random = mulberry32(seed);
  const subgroups = [...new Set(OFFENCES.map((o) => o.subgroup))];
  return OTHER_FORCES.flatMap(({ force, partnerships }) =>
    partnerships.map((name) => ({
      force,
      name,
      // Like Northshire's districts in size (24,000 to 56,000), rounded as the census rounds.
      residents: Math.round((30_000 + 35_000 * random()) / 100) * 100,
      // Most similar groups are similar areas: rates and mixes within about a fifth of each other.
      crimesPerThousand: 60 + 25 * random(),
      yearlyTrend: -0.05 + 0.08 * random(),
      mix: new Map(subgroups.map((s) => [s, 0.8 + 0.4 * random()])),
    })),
  );
}

/** "2022/23" for the financial year starting in April 2022. */
function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** The quarters the force extract covers (its months from April, in whole quarters): first months, in order. */
function quarterStarts(months: number[]): number[] {
  return months.filter((m, i) => (m % 12) % 3 === 0 && i + 2 < months.length && months[i + 2] === m + 2);
}

function quarterRow(quarterStart: number, force: string, csp: string, offence: (typeof OFFENCES)[number], n: number) {
  const calendarYear = Math.floor(quarterStart / 12);
  const fyStart = quarterStart % 12 >= 3 ? calendarYear : calendarYear - 1;
  const quarter = 1 + (quarterStart - monthIndex(fyStart, 4)) / 3;
  return [
    financialYearLabel(fyStart),
    String(quarter),
    force,
    csp,
    offence.description,
    offence.group,
    offence.subgroup,
    offence.code,
    String(n),
  ];
}

/** One quarter's crimes of a partnership of another force, for each offence. */
function drawQuarter(random: Random, p: OtherPartnership, quarterStart: number, years: number): number[] {
  const totalShare = OFFENCES.reduce((sum, o) => sum + o.share, 0);
  return OFFENCES.map((offence) => {
    const season = [0, 1, 2].reduce((sum, k) => sum + seasonOf(offence.policeUkType)[(quarterStart + k) % 12], 0);
    const trend = offence.aggravated ? 1 + HATE_TREND : (1 + p.yearlyTrend) * (1 + offence.trend);
    const perMonth = ((p.residents / 1000) * p.crimesPerThousand) / 12;
    return poisson(
      random,
      perMonth * season * (offence.share / totalShare) * p.mix.get(offence.subgroup)! * trend ** years,
    );
  });
}

/** Header and rows: every partnership, every offence, every quarter the force extract covers (zero counts too). */
export function generateHomeOfficeTable(options: HomeOfficeOptions = {}): string[][] {
  const recorded = recordedCrimes(options);
  const others = otherPartnerships(options.peerSeed ?? 20250501);
  const random = mulberry32((options.peerSeed ?? 20250501) ^ 0x2545f491);
  const first = recorded.months[0];
  const nD = DISTRICTS.length;
  const nO = OFFENCES.length;
  const rows: string[][] = [HOME_OFFICE_HEADER.slice()];
  for (const start of quarterStarts(recorded.months)) {
    const m = recorded.months.indexOf(start);
    DISTRICTS.forEach((district, d) =>
      OFFENCES.forEach((offence, o) => {
        let n = 0;
        for (let k = 0; k < 3; k++) n += recorded.counts[((m + k) * nD + d) * nO + o];
        rows.push(quarterRow(start, HOME_OFFICE_FORCE, district.name, offence, n));
      }),
    );
    for (const p of others) {
      const counts = drawQuarter(random, p, start, (start - first) / 12);
      OFFENCES.forEach((offence, o) => rows.push(quarterRow(start, p.force, p.name, offence, counts[o])));
    }
  }
  return rows;
}

/** Residents of every partnership in the table: Northshire's as the demo's population table gives them, and the others'. */
export function generatePeerPopulation(options: HomeOfficeOptions = {}): string[][] {
  const northshire = generatePopulation().slice(1);
  const others = otherPartnerships(options.peerSeed ?? 20250501).map((p) => [
    p.name,
    String(p.residents),
    POPULATION_SOURCE,
  ]);
  return [POPULATION_HEADER.slice(), ...northshire, ...others];
}
