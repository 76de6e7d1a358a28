/**
 * The files of the corpus, made from the seeded Northshire sample (never real
 * data): a clean police.uk extract, a Home Office table and a council log built
 * from it, and the ways of spoiling them. Every count a case expects follows
 * from how it was built here: the base extract has BASE_ROWS rows, none of which
 * is set aside, so a case that changes k rows expects exactly k set aside.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describeSample, generatePoliceUkExtract, POLICE_UK_HEADER } from "../../src/sample/generateExtract";

/** 24 months, April 2023 to March 2025 (2024-02 missing, as the sample leaves one month out). */
const SAMPLE = { seed: 20250331, rows: 240, months: 24, firstMonth: "2023-04" };
export const ABOUT = describeSample(SAMPLE);
export const AREA = ABOUT.fallingDistrict;

export const COLUMN = Object.fromEntries(POLICE_UK_HEADER.map((name, i) => [name, i])) as Record<string, number>;

/**
 * The sample's rows without those with a blank LSOA (the sample draws about 2%
 * of them), so that the base extract sets nothing aside: every set-aside row in
 * a case is one the case put there.
 */
export const BASE_ROWS_DATA: readonly (readonly string[])[] = generatePoliceUkExtract(SAMPLE)
  .slice(1)
  .filter((row) => row[COLUMN["LSOA name"]] !== "");
export const BASE_ROWS = BASE_ROWS_DATA.length;

/** A fresh copy of the base rows (header not included), to change. */
export function baseRows(): string[][] {
  return BASE_ROWS_DATA.map((row) => [...row]);
}

/** One CSV line per row, fields quoted only where they must be (as police.uk writes them). */
export function csvLine(row: readonly string[], delimiter = ","): string {
  return Papa.unparse([row as string[]], { delimiter, newline: "\n" });
}

/** The header line and a line per row, without line ends. */
export function csvLines(rows: readonly (readonly string[])[], header: readonly string[] = POLICE_UK_HEADER): string[] {
  return [csvLine(header), ...rows.map((row) => csvLine(row))];
}

/** Lines joined with `newline`, a line end after the last one too (as police.uk files end). */
export function joinLines(lines: readonly string[], newline = "\n"): string {
  return lines.map((line) => line + newline).join("");
}

/** The base extract as CSV text; `change` may alter the rows first. */
export function streetCsv(change: (rows: string[][]) => void = () => undefined): string {
  const rows = baseRows();
  change(rows);
  return joinLines(csvLines(rows));
}

/** Data row i (0-based) is on line i + 2 of a CSV with the header on line 1. */
export const lineOfRow = (i: number) => i + 2;

/** Rows of the base extract in a district, e.g. a filtered "my area only" copy. */
export function rowsIn(district: string): string[][] {
  return baseRows().filter((row) => row[COLUMN["LSOA name"]].startsWith(`${district} `));
}

/** How many base rows have a Crime ID (ASB rows have none): what copies are recognised by. */
export const withIds = (rows: readonly (readonly string[])[]) =>
  rows.filter((r) => r[COLUMN["Crime ID"]] !== "").length;

// --- Home Office recorded crime by CSP, aggregated from the sample ---

/** police.uk crime types to Home Office offence groups (ASB is not a crime, so not in the table). */
const OFFENCE_GROUP: Record<string, string> = {
  "Violence and sexual offences": "Violence against the person",
  Robbery: "Robbery",
  Burglary: "Theft offences",
  Shoplifting: "Theft offences",
  "Vehicle crime": "Theft offences",
  "Other theft": "Theft offences",
  "Bicycle theft": "Theft offences",
  "Theft from the person": "Theft offences",
  "Criminal damage and arson": "Criminal damage and arson",
  Drugs: "Drug offences",
  "Public order": "Public order offences",
  "Possession of weapons": "Possession of weapons offences",
  "Other crime": "Miscellaneous crimes against society",
};

export const HOME_OFFICE_HEADER = [
  "Financial Year",
  "Financial Quarter",
  "Police Force",
  "CSP Name",
  "Offence Description",
  "Offence Group",
  "Offence Subgroup",
  "Offence Code",
  "Offence Count",
];

/** "2023-05" -> ["2023/24", "1"]. */
function financialQuarterOf(month: string): [string, string] {
  const [year, m] = month.split("-").map(Number);
  const start = m >= 4 ? year : year - 1;
  const quarter = m >= 4 ? Math.floor((m - 4) / 3) + 1 : 4;
  return [`${start}/${String((start + 1) % 100).padStart(2, "0")}`, String(quarter)];
}

/** One row per financial quarter, CSP and offence group, counting the base rows (in-force districts only). */
export function homeOfficeRows(): string[][] {
  const counts = new Map<string, number>();
  for (const row of BASE_ROWS_DATA) {
    const group = OFFENCE_GROUP[row[COLUMN["Crime type"]]];
    const district = row[COLUMN["LSOA name"]].replace(/ \S+$/, "");
    if (!group || !ABOUT.districts.includes(district)) continue;
    const key = [...financialQuarterOf(row[COLUMN.Month]), district, group].join("|");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => {
    const [year, quarter, district, group] = key.split("|");
    return [year, quarter, ABOUT.force, district, group, group, "", "", String(count)];
  });
}

export function homeOfficeCsv(change: (rows: string[][]) => void = () => undefined): string {
  const rows = homeOfficeRows();
  change(rows);
  return joinLines(csvLines(rows, HOME_OFFICE_HEADER));
}

// --- A council ASB log: a table in no known format (the pane maps its columns; the command line has no mapping) ---

export const COUNCIL_LOG_HEADER = ["Ref", "Incident date", "Ward", "Incident type", "Notes"];

export function councilLogRows(): string[][] {
  return BASE_ROWS_DATA.filter((row) => row[COLUMN["Crime type"]] === "Anti-social behaviour").map((row, i) => [
    `ASB-${i + 1}`,
    `${row[COLUMN.Month]}-15`,
    row[COLUMN["LSOA name"]].replace(/ \S+$/, ""),
    i % 3 === 0 ? "Noise, amplified" : "Nuisance",
    i % 5 === 0 ? 'Caller said "again"\nsecond visit' : "",
  ]);
}

export function councilLogCsv(header = COUNCIL_LOG_HEADER): string {
  return Papa.unparse([header, ...councilLogRows()], { newline: "\n" }) + "\n";
}

// --- Encodings ---

export const utf8 = (text: string) => Buffer.from(text, "utf8");

/** UTF-16 in either byte order, with or without a byte-order mark. */
export function utf16(text: string, order: "le" | "be", bom: boolean): Buffer {
  const le = Buffer.from((bom ? "\uFEFF" : "") + text, "utf16le");
  if (order === "le") return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
}

/** Windows-1252 for text whose characters are all in Latin-1 (é, £ and the like are the same bytes there). */
export const windows1252 = (text: string) => Buffer.from(text, "latin1");

// --- Workbooks ---

/** An .xlsx with one sheet "Street" holding the header and rows (any ExcelJS cell values). */
export async function streetWorkbook(
  rows: ExcelJS.CellValue[][],
  header: string[] = POLICE_UK_HEADER,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Street");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A zip archive that is not a workbook. */
export async function zipOf(name: string, text: string): Promise<Buffer> {
  const JSZip = (await import("jszip")).default;
  const zip = new JSZip();
  zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Random bytes with NULs among them, as a binary file has: seeded, so the same every run. */
export function binaryBytes(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = i % 7 === 0 ? 0 : state >>> 24;
  }
  return bytes;
}
