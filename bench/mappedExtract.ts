/**
 * The benchmark's mapped table: the generated police.uk rows rewritten as a force
 * records export would hold them (a reference, a committed date written day first,
 * a beat area, an offence type, a location, a domestic abuse flag Y/N and a hate
 * crime flag marked "H" against blanks), with the mapping and the priorities file
 * an analyst would give it. Seeded, so every run reads the same file.
 */
import { closeSync, openSync, writeFileSync, writeSync } from "fs";
import { districtOfLsoaName } from "../src/engine/extracts/district";
import { mulberry32 } from "../src/sample/prng";

export const MAPPED_HEADER = [
  "Reference",
  "Committed date",
  "Beat area",
  "Offence type",
  "Location",
  "DA flag",
  "Hate",
];

/** The --map an analyst types for it. */
export const MAPPED_MAP =
  "date=Committed date,area=Beat area,category=Offence type,flag:Domestic abuse=DA flag,flag:Hate crime=Hate";

/** Serious violence from police.uk's broad types, and the two flags. */
export const PRIORITIES_CSV = [
  "priority,kind,value,polarity",
  "Serious violence,category,Violence and sexual offences,lowerIsBetter",
  "Serious violence,category,Robbery,",
  "Serious violence,category,Possession of weapons,",
  "Domestic abuse,flag,Domestic abuse,higherIsBetter",
  "Hate crime,flag,Hate crime,higherIsBetter",
  "",
].join("\n");

const CHUNK_ROWS = 50_000;

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** police.uk columns used: Month (1), Location (6), LSOA name (8), Crime type (9). */
function mappedLine(random: () => number, row: string[], n: number): string {
  const [year, month] = row[1].split("-");
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  const type = row[9];
  const violent = type === "Violence and sexual offences";
  const da = violent && random() < 0.3 ? "Y" : "N";
  const hate = (violent || type === "Public order") && random() < 0.03 ? "H" : "";
  const area = row[8] === "" ? "" : districtOfLsoaName(row[8]);
  return [`FR${String(n).padStart(8, "0")}`, `${day}/${month}/${year}`, area, type, row[6], da, hate]
    .map(field)
    .join(",");
}

/** Writes rows[1..count] (rows[0] is the police.uk header) as the mapped table. */
export function writeMappedCsv(rows: string[][], count: number, path: string): void {
  const random = mulberry32(20250601);
  const fd = openSync(path, "w");
  try {
    writeSync(fd, MAPPED_HEADER.join(",") + "\n");
    for (let from = 1; from <= count; from += CHUNK_ROWS) {
      const to = Math.min(from + CHUNK_ROWS, count + 1);
      let text = "";
      for (let i = from; i < to; i++) text += mappedLine(random, rows[i], i) + "\n";
      writeSync(fd, text);
    }
  } finally {
    closeSync(fd);
  }
}

export function writePrioritiesCsv(path: string): void {
  writeFileSync(path, PRIORITIES_CSV);
}
