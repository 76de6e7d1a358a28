/**
 * The in-memory half of the benchmark: a 1,048,576-row grid (a full Excel sheet:
 * header + 1,048,575 rows) read into the crime table and assessed, against
 * arquero doing the same counts from the same cells and a bare typed-array pass.
 */
import * as aq from "arquero";
import { assess } from "../src/engine/assessment/assess";
import { defaultSettings } from "../src/engine/assessment/settings";
import { readGrids, type CrimeTable } from "../src/engine/extracts";
import { buildReportPlan } from "../src/report/buildReportPlan";
import { collectGarbage, peakMemoryMb, resetPeakMemory, rssMb, seconds } from "./measure";

export interface InMemoryResult {
  rows: number;
  readSeconds: number;
  assessSeconds: number;
  planSeconds: number;
  engineSeconds: number;
  arqueroSeconds: number;
  arqueroRepeatsSeconds: number;
  bareSeconds: number;
  enginePeakMb: number | null;
  arqueroPeakMb: number | null;
  rssBeforeMb: number;
  groupsAgree: boolean;
  groups: number;
}

/** District x crime type x financial year counts with nothing but typed arrays: the floor. */
export function bareCounts(table: CrimeTable): Map<string, number> {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < table.length; i++) {
    low = Math.min(low, table.month[i]);
    high = Math.max(high, table.month[i]);
  }
  const firstYear = Math.floor(low / 12) - 1;
  const years = Math.floor(high / 12) - firstYear + 1;
  const categories = table.categories.length;
  const counts = new Int32Array(table.districts.length * categories * years);
  const { month, district, category } = table;
  for (let i = 0; i < table.length; i++) {
    const m = month[i];
    const fy = Math.floor(m / 12) - (m % 12 < 3 ? 1 : 0) - firstYear; // April starts the financial year
    counts[(district[i] * categories + category[i]) * years + fy]++;
  }
  const result = new Map<string, number>();
  counts.forEach((n, k) => {
    if (n === 0) return;
    const fy = (k % years) + firstYear;
    const c = Math.floor(k / years) % categories;
    const d = Math.floor(k / years / categories);
    result.set(`${table.districts[d]}|${table.categories[c]}|${fy}`, n);
  });
  return result;
}

/** The same counts with arquero 7, from the same cells (pulling the columns out is part of its work). */
function arqueroCounts(rows: string[][], columns: { month: number; lsoa: number; type: number }): Map<string, number> {
  const n = rows.length - 1;
  const month = new Array<string>(n);
  const lsoa = new Array<string>(n);
  const type = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i + 1];
    month[i] = row[columns.month];
    lsoa[i] = row[columns.lsoa];
    type[i] = row[columns.type];
  }
  const counted = aq
    .table({ month, lsoa, type })
    .filter((d: { lsoa: string }) => d.lsoa !== "")
    .derive({
      district: (d: { lsoa: string }) => aq.op.replace(d.lsoa, /\s+\S+$/, ""),
      fy: (d: { month: string }) => aq.op.parse_int(aq.op.substring(d.month, 0, 4), 10) - (aq.op.parse_int(aq.op.substring(d.month, 5, 7), 10) < 4 ? 1 : 0),
    })
    .groupby("district", "type", "fy")
    .count();
  const result = new Map<string, number>();
  for (const g of counted.objects() as { district: string; type: string; fy: number; count: number }[]) result.set(`${g.district}|${g.type}|${g.fy}`, g.count);
  return result;
}

/** arquero doing the engine's other check too: Crime IDs that repeat (what a like-for-like comparison needs). */
function arqueroRepeats(rows: string[][], idColumn: number): number {
  const n = rows.length - 1;
  const id = new Array<string>(n);
  for (let i = 0; i < n; i++) id[i] = rows[i + 1][idColumn];
  const repeated = aq
    .table({ id })
    .filter((d: { id: string }) => d.id !== "")
    .groupby("id")
    .count()
    .filter((d: { count: number }) => d.count > 1)
    .rollup({ repeats: (d: { count: number }) => aq.op.sum(d.count - 1) });
  return (repeated.get("repeats", 0) as number | undefined) ?? 0;
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

const REPEATS = 3;

/** Best of a few runs: the machine is shared, and the best run is the one least disturbed. */
function best<T>(run: () => T): { seconds: number; value: T } {
  let fastest = Infinity;
  let value: T | undefined;
  for (let k = 0; k < REPEATS; k++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    value = run();
    fastest = Math.min(fastest, seconds(start));
  }
  return { seconds: fastest, value: value as T };
}

export function runInMemory(rows: string[][], area: string): InMemoryResult {
  const header = rows[0];
  collectGarbage();
  const rssBeforeMb = rssMb();

  // Peak memory from one whole engine run on its own.
  resetPeakMemory();
  buildReportPlan(assess(readGrids([{ name: "bench.csv", kind: "file", rows }]), defaultSettings(area)));
  const enginePeakMb = peakMemoryMb();

  const read = best(() => readGrids([{ name: "bench.csv", kind: "file", rows }]));
  const assessed = best(() => assess(read.value, defaultSettings(area)));
  const planned = best(() => buildReportPlan(assessed.value));
  const bare = best(() => bareCounts(read.value.table));

  collectGarbage();
  resetPeakMemory();
  const columns = { month: header.indexOf("Month"), lsoa: header.indexOf("LSOA name"), type: header.indexOf("Crime type") };
  arqueroCounts(rows, columns);
  const arqueroPeakMb = peakMemoryMb();
  const arquero = best(() => arqueroCounts(rows, columns));
  const repeats = best(() => arqueroRepeats(rows, header.indexOf("Crime ID")));

  return {
    rows: rows.length - 1,
    readSeconds: read.seconds,
    assessSeconds: assessed.seconds,
    planSeconds: planned.seconds,
    engineSeconds: read.seconds + assessed.seconds + planned.seconds,
    arqueroSeconds: arquero.seconds,
    arqueroRepeatsSeconds: repeats.seconds,
    bareSeconds: bare.seconds,
    enginePeakMb,
    arqueroPeakMb,
    rssBeforeMb,
    groupsAgree: sameCounts(bare.value, arquero.value),
    groups: bare.value.size,
  };
}
