/**
 * A seeded synthetic force records-system extract for the fictional Northshire
 * Police: one row per crime with its exact date, district, LSOA (the police.uk
 * sample's LSOAs, with the same hotspots), Home Office offence group, subgroup,
 * code and description, a domestic-abuse flag (Y/N) and a hate-crime flag (Yes or
 * blank). It is read through a column mapping (samples/northshire-force-mapping.csv).
 *
 * It covers April 2022 to September 2025 (three financial years and half of a
 * fourth, so targets can be projected to the year end), with July 2025 missing
 * from the export: the crimes of that month were recorded (the Home Office table
 * counts them) but are not in the file. Most dates are dd/mm/yyyy text; some carry
 * a time, and some are Excel date-time serials (as a date-time column left in
 * General format exports), so the reader's date handling is exercised.
 *
 * Like the police.uk sample, each district follows its own yearly trend, so St.
 * Aldric's crime falls there too; on top of that serious violence falls, shoplifting
 * rises, domestic abuse stays flat in number and hate crime reports rise about 12%
 * a year in every district. The same seed always gives the same extract.
 */
import { monthIndex, monthKey, monthOf, yearOf } from "../engine/extracts/crimeTable";
import { DISTRICTS, FORCE, lsoaCodeOf, lsoaCumulative, lsoaNameOf, seasonOf } from "./northshire";
import { HATE_TREND, OFFENCES, type SampleOffence } from "./offences";
import { mulberry32, pickCumulative, poisson, randomInt, type Random } from "./prng";

export const FORCE_EXTRACT_HEADER = [
  "Crime reference",
  "Committed date",
  "Force",
  "District",
  "LSOA code",
  "LSOA name",
  "Offence group",
  "Offence subgroup",
  "HO offence code",
  "Offence description",
  "DA flag",
  "Hate crime",
];

export interface ForceExtractOptions {
  /** Default 20250417 (a seed whose draws show the designed trends in St. Aldric). */
  seed?: number;
  /** "YYYY-MM" of the first month. Default "2022-04". */
  firstMonth?: string;
  /** Months covered, including the one missing. Default 42 (April 2022 to September 2025). */
  months?: number;
  /** "YYYY-MM" of the month missing from the export. Default "2025-07". */
  missingMonth?: string;
  /** The force's crimes in its first month, before trends, seasons and chance. Default 1,400. */
  crimesPerMonth?: number;
}

export interface ForceExtractDescription {
  force: string;
  firstMonth: string;
  lastMonth: string;
  /** Recorded, but not in the extract (the Home Office table counts it). */
  missingMonth: string;
  /** Rows with a blank LSOA are drawn at this rate. */
  blankLsoaRate: number;
}

/** Crimes by month, district and offence, the missing month included: what the force recorded. */
export interface RecordedCrimes {
  /** Month indexes, in order. */
  months: number[];
  /** counts[(m * districts + d) * offences + o], for months[m], DISTRICTS[d], OFFENCES[o]. */
  counts: Int32Array;
}

const BLANK_LSOA_RATE = 0.01;

/** Share of each district's crimes by offence subgroup, as a multiplier about 1: places differ in their mix. */
const MIX_SPREAD = 0.5;

function settle(options: ForceExtractOptions): Required<ForceExtractOptions> {
  return {
    seed: options.seed ?? 20250417,
    firstMonth: options.firstMonth ?? "2022-04",
    months: options.months ?? 42,
    missingMonth: options.missingMonth ?? "2025-07",
    crimesPerMonth: options.crimesPerMonth ?? 1400,
  };
}

function monthOfKey(key: string): number {
  const [year, month] = key.split("-").map(Number);
  return monthIndex(year, month);
}

export function describeForceExtract(options: ForceExtractOptions = {}): ForceExtractDescription {
  const o = settle(options);
  const first = monthOfKey(o.firstMonth);
  return {
    force: FORCE,
    firstMonth: monthKey(first),
    lastMonth: monthKey(first + o.months - 1),
    missingMonth: o.missingMonth,
    blankLsoaRate: BLANK_LSOA_RATE,
  };
}

/** How a cell's crimes grow from the first month: the district's trend and the offence's, or hate crime's own. */
function growth(offence: SampleOffence, district: number, years: number): number {
  if (offence.aggravated) return (1 + HATE_TREND) ** years;
  return ((1 + DISTRICTS[district].yearlyTrend) * (1 + offence.trend)) ** years;
}

/** A multiplier about 1 for each district and offence subgroup, so districts differ in their mix of crime. */
function districtMix(random: Random): Map<string, number>[] {
  const subgroups = [...new Set(OFFENCES.map((o) => o.subgroup))];
  return DISTRICTS.map(() => new Map(subgroups.map((s) => [s, 1 - MIX_SPREAD / 2 + MIX_SPREAD * random()])));
}

export function recordedCrimes(options: ForceExtractOptions = {}): RecordedCrimes {
  const o = settle(options);
  const random = mulberry32(o.seed);
  const first = monthOfKey(o.firstMonth);
  const months = Array.from({ length: o.months }, (_, i) => first + i);
  const mix = districtMix(random);
  const totalSize = DISTRICTS.reduce((sum, d) => sum + d.size, 0);
  const totalShare = OFFENCES.reduce((sum, offence) => sum + offence.share, 0);
  const counts = new Int32Array(months.length * DISTRICTS.length * OFFENCES.length);
  let k = 0;
  for (const month of months) {
    const years = (month - first) / 12;
    for (let d = 0; d < DISTRICTS.length; d++) {
      for (const offence of OFFENCES) {
        const season = seasonOf(offence.policeUkType)[month % 12];
        const share = (DISTRICTS[d].size / totalSize) * (offence.share / totalShare) * mix[d].get(offence.subgroup)!;
        counts[k++] = poisson(random, o.crimesPerMonth * share * season * growth(offence, d, years));
      }
    }
  }
  return { months, counts };
}

/**
 * The chance that a crime is flagged, so that flagged crimes follow their own trend
 * in number whatever the offence's: domestic abuse flat, hate crime rising.
 */
function flagChance(firstYearShare: number, trend: number, offence: SampleOffence, district: number, years: number) {
  return Math.min(0.95, (firstYearShare * (1 + trend) ** years) / growth(offence, district, years));
}

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** "31/03/2024" mostly; some with a time ("31/03/2024 14:35"); some as an Excel date-time serial ("45382.60764"). */
function committedDate(random: Random, month: number): string {
  const year = yearOf(month);
  const monthOfYear = monthOf(month);
  const day = 1 + randomInt(random, new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate());
  const minutes = randomInt(random, 24 * 60);
  const date = `${twoDigits(day)}/${twoDigits(monthOfYear)}/${year}`;
  const form = random();
  if (form < 0.88) return date;
  if (form < 0.96) return `${date} ${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
  const serial = (Date.UTC(year, monthOfYear - 1, day) - EXCEL_EPOCH_MS) / 86_400_000 + minutes / (24 * 60);
  return serial.toFixed(5);
}

function shuffle<T>(random: Random, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** Header and rows of the synthetic force extract (the missing month left out). */
export function generateForceExtract(options: ForceExtractOptions = {}): string[][] {
  const o = settle(options);
  const recorded = recordedCrimes(o);
  // A stream of its own, so the rows' details never change the counts the Home Office table shares.
  const random = mulberry32(o.seed ^ 0x5bd1e995);
  const missing = monthOfKey(o.missingMonth);
  const lsoaWeights = DISTRICTS.map((_, d) => lsoaCumulative(d));
  const references = new Map<number, number>();
  const rows: string[][] = [FORCE_EXTRACT_HEADER.slice()];
  const nO = OFFENCES.length;
  recorded.months.forEach((month, m) => {
    if (month === missing) return;
    const years = (month - recorded.months[0]) / 12;
    const crimes: [district: number, offence: number][] = [];
    for (let d = 0; d < DISTRICTS.length; d++) {
      for (let f = 0; f < nO; f++)
        for (let n = recorded.counts[(m * DISTRICTS.length + d) * nO + f]; n > 0; n--) crimes.push([d, f]);
    }
    shuffle(random, crimes);
    for (const [d, f] of crimes) {
      const offence = OFFENCES[f];
      const date = committedDate(random, month);
      const year = yearOf(month);
      const reference = (references.get(year) ?? 0) + 1;
      references.set(year, reference);
      const located = random() >= BLANK_LSOA_RATE;
      const lsoa = pickCumulative(random, lsoaWeights[d]);
      const domesticAbuse = random() < flagChance(offence.domesticAbuse, 0, offence, d, years);
      const hate = offence.aggravated || random() < flagChance(offence.hate, HATE_TREND, offence, d, years);
      rows.push([
        `NS/${String(year).slice(2)}/${String(reference).padStart(6, "0")}`,
        date,
        FORCE,
        DISTRICTS[d].name,
        located ? lsoaCodeOf(d, lsoa) : "",
        located ? lsoaNameOf(DISTRICTS[d].name, lsoa) : "",
        offence.group,
        offence.subgroup,
        offence.code,
        offence.description,
        domesticAbuse ? "Y" : "N",
        hate ? "Yes" : "",
      ]);
    }
  });
  return rows;
}
