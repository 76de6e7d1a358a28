/**
 * Builds a crime table straight from tuples, independently of the extract
 * readers, so measure tests depend only on the measures.
 */
import type { ReadResult } from "../../src/engine/extracts";
import type { CrimeTable } from "../../src/engine/extracts/crimeTable";

/** [month "YYYY-MM", district, force, category, count (default 1)] */
export type Tuple = [string, string, string, string, number?];

export function tableOf(tuples: Tuple[]): CrimeTable {
  const dict = () => {
    const values: string[] = [];
    const code = (v: string) => (values.includes(v) ? values.indexOf(v) : values.push(v) - 1);
    return { values, code };
  };
  const [districts, forces, categories] = [dict(), dict(), dict()];
  const expanded = tuples.flatMap((t) => Array.from({ length: t[4] ?? 1 }, () => t));
  const monthIdx = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
  return {
    length: expanded.length,
    month: Int32Array.from(expanded, (t) => monthIdx(t[0])),
    district: Int32Array.from(expanded, (t) => districts.code(t[1])),
    force: Int32Array.from(expanded, (t) => forces.code(t[2])),
    category: Int32Array.from(expanded, (t) => categories.code(t[3])),
    count: null,
    districts: districts.values,
    forces: forces.values,
    categories: categories.values,
  };
}

export function readOf(tuples: Tuple[]): ReadResult {
  const table = tableOf(tuples);
  return {
    table,
    sources: [
      {
        name: "fixture.csv",
        kind: "file",
        format: "police-uk",
        rowsRead: table.length,
        rowsKept: table.length,
        firstMonth: null,
        lastMonth: null,
      },
    ],
    setAside: [],
    duplicateCrimeIds: { count: 0, examples: [] },
  };
}

/** Every month key from first to last inclusive, e.g. months("2024-04", "2025-03"). */
export function months(first: string, last: string): string[] {
  const idx = (k: string) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1;
  const keys: string[] = [];
  for (let m = idx(first); m <= idx(last); m++) {
    keys.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`);
  }
  return keys;
}
