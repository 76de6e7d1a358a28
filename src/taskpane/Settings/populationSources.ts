/** Which discovered sources look like a population table: not an extract, with an area column and a population column. */
import type { DiscoveredSource } from "../../workbook/host";

const POPULATION_HEADER = /^pop|population|residents/i;
const AREA_HEADER = /name|area|district|local authority/i;

export function looksLikePopulation(source: DiscoveredSource): boolean {
  if (source.format !== null) return false;
  const headers = source.headers.map((h) => h.trim());
  return headers.some((h) => POPULATION_HEADER.test(h)) && headers.some((h) => AREA_HEADER.test(h));
}

export function populationSources(sources: DiscoveredSource[]): DiscoveredSource[] {
  return sources.filter(looksLikePopulation);
}
