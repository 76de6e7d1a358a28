/**
 * A seeded synthetic data.police.uk street-level extract for the fictional
 * Northshire Police, with the quirks of the real files: ASB rows without a Crime
 * ID, about 2% of rows with a blank LSOA, one whole month missing for the force,
 * a handful of rows snapped into a neighbouring force's district, and a few
 * repeated Crime IDs. Crime concentrates in some LSOAs of each district, as it
 * does in real places. The same seed always gives the same extract.
 */
import { POLICE_UK_CRIME_TYPES, type PoliceUkCrimeType } from "../engine/extracts/crimeTypes";
import { monthKey, monthIndex } from "../engine/extracts/crimeTable";
import {
  CRIME_MIX,
  DISTRICTS,
  FALLING_DISTRICT,
  FORCE,
  lsoaCodeOf,
  lsoaCumulative,
  lsoaNameOf,
  NEIGHBOUR_LSOAS,
  OUTCOMES,
  seasonOf,
  STREETS,
  TYPE_TREND,
} from "./northshire";
import { mulberry32, pickCumulative, randomHex64, randomInt, type Random } from "./prng";

export const POLICE_UK_HEADER = [
  "Crime ID",
  "Month",
  "Reported by",
  "Falls within",
  "Longitude",
  "Latitude",
  "Location",
  "LSOA code",
  "LSOA name",
  "Crime type",
  "Last outcome category",
  "Context",
];

export interface SampleOptions {
  /** Default 20250331. */
  seed?: number;
  /** Data rows, not counting the header. Default 60,000. */
  rows?: number;
  /** Months covered, including the one missing. Default 36 (three financial years). */
  months?: number;
  /** "YYYY-MM" of the first month. Default "2022-04". */
  firstMonth?: string;
}

export interface SampleDescription {
  force: string;
  districts: string[];
  fallingDistrict: string;
  neighbourDistrict: string;
  firstMonth: string;
  lastMonth: string;
  /** The month with no rows at all (missing data, not zero crime). */
  missingMonth: string;
  /** Rows with a blank LSOA are drawn at this rate. */
  blankLsoaRate: number;
  outOfForceRows: number;
  duplicateCrimeIds: number;
}

const BLANK_LSOA_RATE = 0.02;

const LSOA_CUMULATIVE = DISTRICTS.map((_, d) => lsoaCumulative(d));

const OUTCOME_CUMULATIVE = Float64Array.from(OUTCOMES, (_, i) =>
  OUTCOMES.slice(0, i + 1).reduce((sum, [, w]) => sum + w, 0),
);

function settle(options: SampleOptions): Required<SampleOptions> {
  return {
    seed: options.seed ?? 20250331,
    rows: options.rows ?? 60_000,
    months: options.months ?? 36,
    firstMonth: options.firstMonth ?? "2022-04",
  };
}

function firstMonthIndex(firstMonth: string): number {
  const [year, month] = firstMonth.split("-").map(Number);
  return monthIndex(year, month);
}

export function describeSample(options: SampleOptions = {}): SampleDescription {
  const o = settle(options);
  const first = firstMonthIndex(o.firstMonth);
  return {
    force: FORCE,
    districts: DISTRICTS.map((d) => d.name),
    fallingDistrict: FALLING_DISTRICT,
    neighbourDistrict: NEIGHBOUR_LSOAS[0].replace(/ \S+$/, ""),
    firstMonth: monthKey(first),
    lastMonth: monthKey(first + o.months - 1),
    missingMonth: monthKey(first + Math.floor(o.months * 0.45)),
    blankLsoaRate: BLANK_LSOA_RATE,
    outOfForceRows: Math.max(3, Math.round(o.rows / 20_000)),
    duplicateCrimeIds: Math.max(3, Math.round(o.rows / 25_000)),
  };
}

/** Rows per (month, district, crime type), in that order, summing exactly to `total`. */
function allocate(random: Random, months: number[], first: number, total: number): Int32Array {
  const types = POLICE_UK_CRIME_TYPES;
  const weights = new Float64Array(months.length * DISTRICTS.length * types.length);
  let k = 0;
  for (const month of months) {
    const years = (month - first) / 12;
    for (const district of DISTRICTS) {
      for (const type of types) {
        const trend = (1 + district.yearlyTrend) ** years * (1 + (TYPE_TREND[type] ?? 0)) ** years;
        const noise = 0.92 + 0.16 * random();
        weights[k++] = district.size * CRIME_MIX[type] * seasonOf(type)[month % 12] * trend * noise;
      }
    }
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = new Int32Array(weights.length);
  const fractions: [number, number][] = [];
  let given = 0;
  weights.forEach((w, i) => {
    const exact = (total * w) / sum;
    counts[i] = Math.floor(exact);
    given += counts[i];
    fractions.push([exact - counts[i], i]);
  });
  // Largest remainders get the rows still to give, so the total is exact.
  fractions.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let r = 0; r < total - given; r++) counts[fractions[r][1]]++;
  return counts;
}

interface RowPlan {
  district: number; // -1 for the neighbouring force's district
  type: PoliceUkCrimeType;
}

function shuffle<T>(random: Random, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
}

function makeRow(random: Random, month: string, plan: RowPlan): string[] {
  const isAsb = plan.type === "Anti-social behaviour";
  const id = isAsb ? "" : randomHex64(random);
  const outcome = isAsb ? "" : OUTCOMES[pickCumulative(random, OUTCOME_CUMULATIVE)][0];
  const inForce = plan.district >= 0;
  if (inForce && random() < BLANK_LSOA_RATE)
    return [id, month, FORCE, FORCE, "", "", "No location", "", "", plan.type, outcome, ""];
  const d = inForce ? DISTRICTS[plan.district] : { name: "Hambledown", lsoaCount: 0, longitude: -1.7, latitude: 54.4 };
  // One draw either way, so the LSOA weights change no other value of the extract.
  const lsoaIndex = inForce ? pickCumulative(random, LSOA_CUMULATIVE[plan.district]) : -1;
  const lsoa = inForce ? lsoaNameOf(d.name, lsoaIndex) : NEIGHBOUR_LSOAS[randomInt(random, NEIGHBOUR_LSOAS.length)];
  const code = inForce ? lsoaCodeOf(plan.district, lsoaIndex) : "E01027617";
  const longitude = (d.longitude + (random() - 0.5) * 0.12).toFixed(6);
  const latitude = (d.latitude + (random() - 0.5) * 0.08).toFixed(6);
  const street = `On or near ${STREETS[randomInt(random, STREETS.length)]}`;
  return [id, month, FORCE, FORCE, longitude, latitude, street, code, lsoa, plan.type, outcome, ""];
}

/** Makes `count` later rows repeat the Crime ID of an earlier one (both kept rows, so each is one duplicate). */
function repeatSomeIds(random: Random, rows: string[][], count: number): void {
  const eligible: number[] = [];
  for (let i = 1; i < rows.length; i++) if (rows[i][0] !== "" && rows[i][8] !== "") eligible.push(i);
  const chosen = new Set<number>();
  while (chosen.size < count && chosen.size < eligible.length / 2)
    chosen.add(1 + randomInt(random, eligible.length - 1));
  const targets = [...chosen].sort((a, b) => a - b);
  const taken = new Set(targets);
  for (const t of targets) {
    let s = randomInt(random, t);
    while (taken.has(s)) s = randomInt(random, t);
    rows[eligible[t]][0] = rows[eligible[s]][0];
  }
}

/** Header and rows of the synthetic extract. */
export function generatePoliceUkExtract(options: SampleOptions = {}): string[][] {
  const o = settle(options);
  const about = describeSample(o);
  const random = mulberry32(o.seed);
  const first = firstMonthIndex(o.firstMonth);
  const missing = first + Math.floor(o.months * 0.45);
  const months = Array.from({ length: o.months }, (_, i) => first + i).filter((m) => m !== missing);
  const counts = allocate(random, months, first, o.rows - about.outOfForceRows);
  const strays = Array.from({ length: about.outOfForceRows }, () => months[randomInt(random, months.length)]);
  const rows: string[][] = [POLICE_UK_HEADER.slice()];
  const types = POLICE_UK_CRIME_TYPES;
  let k = 0;
  for (const month of months) {
    const plans: RowPlan[] = [];
    for (let d = 0; d < DISTRICTS.length; d++) {
      for (const type of types) for (let n = counts[k++]; n > 0; n--) plans.push({ district: d, type });
    }
    for (const stray of strays)
      if (stray === month) plans.push({ district: -1, type: types[1 + randomInt(random, types.length - 1)] });
    shuffle(random, plans);
    const key = monthKey(month);
    for (const plan of plans) rows.push(makeRow(random, key, plan));
  }
  repeatSomeIds(random, rows, about.duplicateCrimeIds);
  return rows;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text (CRLF-free, as police.uk publishes) of rows[from..to), each line ending with a line break. */
export function toCsvText(rows: string[][], from = 0, to = rows.length): string {
  let text = "";
  for (let i = from; i < to; i++) text += rows[i].map(csvField).join(",") + "\n";
  return text;
}

/** The synthetic extract as CSV text. */
export function generatePoliceUkCsv(options: SampleOptions = {}): string {
  return toCsvText(generatePoliceUkExtract(options));
}
