/**
 * Population tables for rates per 1,000: the census file analysts use
 * (LAD,NAME,...,POP11,POP21) or any table with an area and a population column.
 */
import { AssessmentError } from "../errors";
import type { Cell } from "../extracts/types";
import type { Period } from "../measures/periods";
import { findPartnership, type LookupPartnership } from "../lookups/onsLookup";
import { foldPlaceName } from "../lookups/placeNames";
import type { Population } from "./settings";

const NAME_HEADERS = ["name", "area", "district", "lad name", "local authority", "csp name"];
/** Newest first: the most recent census column wins. */
const POPULATION_HEADERS: [RegExp, string][] = [
  [/^pop(ulation)?[ _]?21$|^population 2021$/, "Census 2021"],
  [/^pop(ulation)?[ _]?11$|^population 2011$/, "Census 2011"],
  [/^population$|^residents$/, "population table"],
];

export function populationFromRows(rows: Cell[][], source: string): Population {
  const header = (rows[0] ?? []).map((c) =>
    String(c ?? "")
      .trim()
      .toLowerCase(),
  );
  const nameCol = header.findIndex((h) => NAME_HEADERS.includes(h));
  const match = POPULATION_HEADERS.map(([pattern, year]) => ({
    col: header.findIndex((h) => pattern.test(h)),
    year,
  })).find((m) => m.col >= 0);
  if (nameCol < 0 || !match) {
    throw new AssessmentError(
      `"${source}" is not a population table.`,
      `It needs an area name column (one of: ${NAME_HEADERS.join(", ")}) and a population column (e.g. POP21 or Population); found: ${header.join(", ")}.`,
      { source, row: 1 },
    );
  }
  const byDistrict: Record<string, number> = {};
  const unusable: string[] = [];
  rows.slice(1).forEach((row, i) => {
    const name = String(row[nameCol] ?? "").trim();
    if (!name) return;
    const text = String(row[match.col] ?? "")
      .replace(/,/g, "")
      .trim();
    const value = Number(text);
    // A blank or 0 is no figure: the place is shown as n/a with a note, never divided by.
    if (text === "" || value === 0) return void unusable.push(name);
    if (!Number.isFinite(value) || value < 0) {
      throw new AssessmentError(
        `The population "${row[match.col]}" is not a positive number.`,
        "Correct the cell, leave it blank (the place is then shown as n/a), or remove the row.",
        {
          source,
          row: i + 2,
          column: header[match.col],
        },
      );
    }
    byDistrict[name.toLowerCase()] = value;
  });
  return { year: sourceLabel(rows, header) ?? match.year, byDistrict, ...(unusable.length > 0 && { unusable }) };
}

/** A "Source" column's text ("Synthetic demo figures", "ONS mid-2023 estimates") names the figures better than their header. */
function sourceLabel(rows: Cell[][], header: string[]): string | null {
  const col = header.indexOf("source");
  if (col < 0) return null;
  const labels = new Set(rows.slice(1).map((row) => String(row[col] ?? "").trim()));
  labels.delete("");
  return labels.size ? [...labels].join("; ") : null;
}

/** The table's figure for a place: its residents, "unusable" for 0 or blank, or null when it does not name it. */
type Entry = number | "unusable" | null;

/** Each table's entries by folded name ("St Helens" = "St. Helens", "Bristol" = "Bristol, City of"), built once. */
const foldedEntries = new WeakMap<Population, Map<string, Entry>>();

function entryOf(population: Population, name: string): Entry {
  let entries = foldedEntries.get(population);
  if (!entries) {
    entries = new Map<string, Entry>();
    for (const unusable of population.unusable ?? []) entries.set(foldPlaceName(unusable), "unusable");
    for (const [key, value] of Object.entries(population.byDistrict)) entries.set(foldPlaceName(key), value);
    foldedEntries.set(population, entries);
  }
  const exact = Object.keys(population.byDistrict).find((k) => k.toLowerCase() === name.toLowerCase());
  if (exact !== undefined) return population.byDistrict[exact];
  return entries.get(foldPlaceName(name)) ?? null;
}

/** A district's residents as the table gives them, tolerantly named; null when it gives none (or 0 or blank). */
export function populationOf(population: Population | undefined, district: string): number | null {
  if (!population) return null;
  const entry = entryOf(population, district);
  return typeof entry === "number" ? entry : null;
}

/** A place's residents, or why there is no figure for it (shown as n/a with that note). */
export interface Residents {
  value: number | null;
  /** "not in the population table", "its population is 0 or blank in the table", ... */
  problem: string | null;
}

const NOT_IN_TABLE = "not in the population table";
const ZERO_OR_BLANK = "its population is 0 or blank in the population table";

/**
 * The residents of a district or a partnership (CSP), as the data name it.
 * A district: its own row of the table. A partnership: the sum of its districts
 * (LADs) in the ONS lookup, as the census table lists districts. A partnership
 * that takes in part of a district the lookup splits (Buckinghamshire, BCP) cannot
 * be given one, since the table has one figure for the whole district, unless the
 * table names the partnership itself as a place of its own (Census 2021 lists
 * Allerdale, now a partnership taking part of Cumberland). `parts`: the districts
 * of a unit the lookup does not hold, summed when the table does not name it.
 */
export function residentsOf(
  population: Population | undefined,
  name: string,
  kind: "district" | "partnership",
  parts: readonly string[] = [],
): Residents {
  if (!population) return { value: null, problem: "no population table was given" };
  const partnership = kind === "partnership" ? findPartnership(name) : null;
  if (partnership) return partnershipResidents(population, partnership, name);
  const own = fromEntry(entryOf(population, name));
  if (own.value !== null || own.problem === ZERO_OR_BLANK || parts.length < 2) return own;
  return sumOf(population, parts);
}

function fromEntry(entry: Entry): Residents {
  if (entry === "unusable") return { value: null, problem: ZERO_OR_BLANK };
  return entry === null ? { value: null, problem: NOT_IN_TABLE } : { value: entry, problem: null };
}

function partnershipResidents(population: Population, partnership: LookupPartnership, name: string): Residents {
  if (!partnership.whole) {
    // A row for the partnership that is not one of its own districts is a former district of its name.
    const ownIsDistrict = partnership.districts.some((d) => foldPlaceName(d.name) === foldPlaceName(name));
    const own = ownIsDistrict ? null : entryOf(population, name);
    if (typeof own === "number") return { value: own, problem: null };
    const split = partnership.districts.filter((d) => d.partnerships.length > 1).map((d) => d.name);
    return {
      value: null,
      problem: `it takes in part of ${split.join(" and ")}, which the population table gives as one figure that cannot be divided`,
    };
  }
  const summed = sumOf(
    population,
    partnership.districts.map((d) => d.name),
  );
  if (summed.value !== null || partnership.districts.length > 1) return summed;
  // A partnership of one district the table names differently ("City of York" / "York" is folded; others by the partnership's name).
  const own = fromEntry(entryOf(population, name));
  return own.value !== null ? own : summed;
}

/** The sum of some districts' rows; n/a, naming them, when any has none. */
function sumOf(population: Population, districts: readonly string[]): Residents {
  const entries = districts.map((d) => ({ district: d, entry: entryOf(population, d) }));
  const zero = entries.filter((e) => e.entry === "unusable").map((e) => e.district);
  const absent = entries.filter((e) => e.entry === null).map((e) => e.district);
  if (zero.length === 0 && absent.length === 0) {
    return { value: entries.reduce((sum, e) => sum + (e.entry as number), 0), problem: null };
  }
  const single = districts.length === 1;
  const problems = [
    ...(absent.length ? [single ? NOT_IN_TABLE : `the population table has no figure for ${absent.join(", ")}`] : []),
    ...(zero.length
      ? [single ? ZERO_OR_BLANK : `the population of ${zero.join(", ")} is 0 or blank in the table`]
      : []),
  ];
  return { value: null, problem: problems.join("; ") };
}

/**
 * Annualises a count over a period's months: 1 for a complete period, 12 / months
 * for a partial one (labelled "annualised from ..." wherever it is shown).
 */
export function annualFactor(period: Period): number {
  return period.months.length === 0 ? 1 : 12 / period.months.length;
}
