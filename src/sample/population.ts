/**
 * A seeded synthetic population table for the Northshire districts, so that the
 * demo shows rates per 1,000 residents. Each district's residents follow its
 * size in the sample extract, give or take 5%, rounded to the nearest 100 as the
 * 2021 Census publishes them; a Source column says the figures are synthetic,
 * and the workbook names them so wherever a rate is shown.
 */
import { DISTRICTS } from "./northshire";
import { mulberry32 } from "./prng";

export const POPULATION_SOURCE = "Synthetic demo figures";
export const POPULATION_HEADER = ["Area", "Population", "Source"];

/**
 * Residents for a district of size 1: with the sample's 60,000 rows over three
 * years, 23,000 to 56,000 residents a district and 60 to 100 crimes per 1,000 a
 * year, within the range English districts show.
 */
const RESIDENTS_PER_SIZE = 40_000;

/** Header and rows: Area, Population, Source. The same seed always gives the same table. */
export function generatePopulation(seed = 20250331): string[][] {
  // A seed of its own, so the extract's draws are unchanged by this table.
  const random = mulberry32(seed ^ 0x9e3779b9);
  const rows = DISTRICTS.map((d) => {
    const residents = Math.round((d.size * RESIDENTS_PER_SIZE * (0.95 + 0.1 * random())) / 100) * 100;
    return [d.name, String(residents), POPULATION_SOURCE];
  });
  return [POPULATION_HEADER.slice(), ...rows];
}
