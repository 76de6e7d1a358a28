/**
 * Which discovered sources look like a harm weights table: not an extract, with a
 * category or offence code column and a weight column, judged by the header rules the
 * engine reads the table with (looksLikeWeightsHeader), so the picker never offers a
 * table a run would then refuse for its headers.
 */
import { looksLikeWeightsHeader } from "../../engine/assessment/harmWeights";
import type { DiscoveredSource } from "../../workbook/host";

export function looksLikeWeights(source: DiscoveredSource): boolean {
  return source.format === null && looksLikeWeightsHeader(source.headers);
}

export function weightsSources(sources: DiscoveredSource[]): DiscoveredSource[] {
  return sources.filter(looksLikeWeights);
}
