/**
 * Crime tables with LSOAs, built straight from rows (independently of the
 * readers), for the places measures and theme pages.
 */
import type { ReadResult } from "../../src/engine/extracts";
import type { CrimeTable } from "../../src/engine/extracts/crimeTable";
import type { ExtractFormat } from "../../src/engine/extracts/types";

/** [month "YYYY-MM", district, LSOA code (null: no location), category, rows (default 1), flag names] */
export type PlaceTuple = [string, string, string | null, string, number?, string[]?];

export const FORCE = "Testshire Police";

/** An LSOA's name: its district and a number, as police.uk names them ("Ashby 001A" for "A1"). */
export function lsoaName(district: string, code: string): string {
  return `${district} ${code.replace(/\D/g, "").padStart(3, "0")}A`;
}

export function placesTable(tuples: PlaceTuple[], flagNames: string[] = []): CrimeTable {
  const dict = () => {
    const values: string[] = [];
    const id = (v: string) => (values.includes(v) ? values.indexOf(v) : values.push(v) - 1);
    return { values, id };
  };
  const [districts, categories, lsoas] = [dict(), dict(), dict()];
  const names: string[] = [];
  const rows = tuples.flatMap((t) => Array.from({ length: t[4] ?? 1 }, () => t));
  const monthIdx = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
  const lsoaOf = (t: PlaceTuple) => {
    if (t[2] === null) return -1;
    const id = lsoas.id(t[2]);
    names[id] = lsoaName(t[1], t[2]);
    return id;
  };
  return {
    length: rows.length,
    month: Int32Array.from(rows, (t) => monthIdx(t[0])),
    district: Int32Array.from(rows, (t) => districts.id(t[1])),
    force: new Int32Array(rows.length),
    category: Int32Array.from(rows, (t) => categories.id(t[3])),
    count: null,
    districts: districts.values,
    forces: [FORCE],
    categories: categories.values,
    lsoa: Int32Array.from(rows, lsoaOf),
    lsoas: lsoas.values,
    lsoaNames: names,
    flags: Uint32Array.from(rows, (t) => (t[5] ?? []).reduce((bits, f) => bits | (1 << flagNames.indexOf(f)), 0)),
    flagNames,
  };
}

export function placesRead(
  tuples: PlaceTuple[],
  flagNames: string[] = [],
  format: ExtractFormat = "police-uk",
): ReadResult {
  const table = placesTable(tuples, flagNames);
  return {
    table,
    sources: [
      {
        name: "fixture.csv",
        kind: "file",
        format,
        rowsRead: table.length,
        rowsKept: table.length,
        firstMonth: null,
        lastMonth: null,
        ...(flagNames.length && { flags: flagNames }),
      },
    ],
    setAside: [],
    duplicateCrimeIds: { count: 0, examples: [] },
  };
}
