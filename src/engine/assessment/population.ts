/**
 * Population tables for rates per 1,000: the census file analysts use
 * (LAD,NAME,...,POP11,POP21) or any table with an area and a population column.
 */
import { AssessmentError } from "../errors";
import type { Cell } from "../extracts/types";
import type { Period } from "../measures/periods";
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
  rows.slice(1).forEach((row, i) => {
    const name = String(row[nameCol] ?? "").trim();
    if (!name) return;
    const value = Number(String(row[match.col] ?? "").replace(/,/g, ""));
    if (!Number.isFinite(value) || value <= 0) {
      throw new AssessmentError(
        `The population "${row[match.col]}" is not a positive number.`,
        "Correct the cell or remove the row.",
        {
          source,
          row: i + 2,
          column: header[match.col],
        },
      );
    }
    byDistrict[name.toLowerCase()] = value;
  });
  return { year: sourceLabel(rows, header) ?? match.year, byDistrict };
}

/** A "Source" column's text ("Synthetic demo figures", "ONS mid-2023 estimates") names the figures better than their header. */
function sourceLabel(rows: Cell[][], header: string[]): string | null {
  const col = header.indexOf("source");
  if (col < 0) return null;
  const labels = new Set(rows.slice(1).map((row) => String(row[col] ?? "").trim()));
  labels.delete("");
  return labels.size ? [...labels].join("; ") : null;
}

export function populationOf(population: Population | undefined, district: string): number | null {
  if (!population) return null;
  const wanted = district.toLowerCase();
  const key = Object.keys(population.byDistrict).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? null : population.byDistrict[key];
}

/**
 * Annualises a count over a period's months: 1 for a complete period, 12 / months
 * for a partial one (labelled "annualised from ..." wherever it is shown).
 */
export function annualFactor(period: Period): number {
  return period.months.length === 0 ? 1 : 12 / period.months.length;
}
