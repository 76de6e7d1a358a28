/**
 * What a user would reach for instead, run as a child process on the benchmark
 * CSV so that its time and peak memory are its own: read the whole file, parse
 * it, and count by district x crime type x financial year in a Map. Also the
 * engine's own chunked reader doing the same, without writing a workbook.
 */
import * as aq from "arquero";
import { readFileSync } from "fs";
import Papa from "papaparse";
import { inferSchema, initParser } from "udsv";
import { readCsvFile } from "../src/cli/readCsvFile";
import { ExtractReader } from "../src/engine/extracts";
import { bareCounts } from "./inMemory";

export const COUNTERS = ["udsv", "papaparse", "arquero", "engine"] as const;
export type Counter = (typeof COUNTERS)[number];

function countRows(header: string[], rows: string[][], first: number): number {
  const [m, l, t] = ["Month", "LSOA name", "Crime type"].map((h) => header.indexOf(h));
  const counts = new Map<string, number>();
  for (let i = first; i < rows.length; i++) {
    const row = rows[i];
    const lsoa = row[l];
    if (!lsoa) continue;
    const month = row[m];
    const fy = Number(month.slice(0, 4)) - (Number(month.slice(5, 7)) < 4 ? 1 : 0);
    const key = `${lsoa.slice(0, lsoa.lastIndexOf(" "))}|${row[t]}|${fy}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts.size;
}

export async function runCounter(counter: Counter, path: string): Promise<number> {
  if (counter === "engine") {
    const reader = new ExtractReader();
    await readCsvFile(reader, path);
    return bareCounts(reader.finish().table).size;
  }
  const text = readFileSync(path, "utf8");
  if (counter === "udsv") {
    const schema = inferSchema(text);
    return countRows(schema.cols.map((c) => c.name), initParser(schema).stringArrs(text), 0);
  }
  if (counter === "arquero") {
    // Every column read as text, as police.uk CSVs hold no numbers worth parsing here.
    const table = aq.fromCSV(text, { autoType: false });
    return table
      .filter((d: { "LSOA name": string }) => d["LSOA name"] !== "")
      .derive({
        district: (d: { "LSOA name": string }) => aq.op.replace(d["LSOA name"], /\s+\S+$/, ""),
        fy: (d: { Month: string }) => aq.op.parse_int(aq.op.substring(d.Month, 0, 4), 10) - (aq.op.parse_int(aq.op.substring(d.Month, 5, 7), 10) < 4 ? 1 : 0),
      })
      .groupby("district", "Crime type", "fy")
      .count().numRows();
  }
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return countRows(rows[0], rows, 1);
}
