/**
 * Inputs and options the run refuses: each with the one message it must print
 * (naming the file or sheet, the row and the column where they apply, and what
 * to do). runCase.ts checks that nothing was written and the inputs are unchanged.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { POLICE_UK_HEADER } from "../../src/sample/generateExtract";
import {
  BASE_ROWS,
  baseRows,
  binaryBytes,
  COLUMN,
  councilLogCsv,
  COUNCIL_LOG_HEADER,
  csvLine,
  csvLines,
  homeOfficeCsv,
  homeOfficeRows,
  joinLines,
  streetCsv,
  streetWorkbook,
  utf16,
  zipOf,
} from "./corpusFiles";
import type { CaseFolders, CorpusCase } from "./runCase";

const write = (folder: string, name: string, data: string | Buffer) => writeFileSync(join(folder, name), data);

/** Writes `data` as `name` in the input folder and names that file alone on the command line. */
const named =
  (name: string, data: () => string | Buffer | Promise<string | Buffer>) =>
  async ({ dir }: CaseFolders) => {
    write(dir, name, await data());
    return { inputs: [`in/${name}`] };
  };

/** The base extract in the folder, and a targets file with `line` below its header. */
const withTargets =
  (line: string) =>
  ({ root, dir }: CaseFolders) => {
    write(dir, "street.csv", streetCsv());
    const targets = join(root, "targets.csv");
    writeFileSync(targets, `category,baseline_year,target_year,change_pct,method,tolerance_pct,polarity\n${line}\n`);
    return { targets };
  };

const CHOOSE =
  "Choose a data.police.uk street-level crime file or sheet, a Home Office recorded crime by CSP table, or map this table's date, area and category columns.";
const NEEDS_POLICE_UK = "it needs the columns Month, Falls within, LSOA name, Crime type";
const SAVE_AS = "Open it in Excel and save it as CSV UTF-8 (Excel: File > Save As > CSV UTF-8).";
const NOT_A_WORKBOOK = (file: string, reason: string) =>
  `"${file}": This file is not a valid Excel workbook (${reason}). Open it in Excel and save it again as .xlsx, or if it is a CSV give it a .csv name.`;
const OUTSIDE = (option: string) => `Choose another output path for ${option}, outside the folders being read.`;
/** The categories of the base extract (the sample's 240 rows hold six crime types and ASB), as the run lists them. */
const TARGET_CATEGORIES =
  "Use one of the categories in the data: All crime, Burglary, Criminal damage and arson, Public order, Robbery, Shoplifting, Violence and sexual offences, Anti-social behaviour.";

/** The base extract with a header that repeats `header` at the end. */
function duplicatedHeader(header: string): string {
  const lines = csvLines(baseRows().map((row) => [...row, row[COLUMN[header]]]));
  lines[0] = csvLine([...POLICE_UK_HEADER, header]);
  return joinLines(lines);
}

export const INVALID_CASES: CorpusCase[] = [
  // --- Headers ---
  {
    name: "a duplicated required header (Month twice)",
    build: named("street.csv", () => duplicatedHeader("Month")),
    outcome: {
      message:
        '"street.csv", column "Month", row 1: Columns B and M (the 2nd and 13th columns) are both headed "Month", so it is not clear which to read. Delete or rename one of them, then choose it again.',
    },
  },
  {
    name: "a duplicated required header (LSOA name twice), on row 3 below a title",
    build: named("street.csv", () => "Northshire street crime\n\n" + duplicatedHeader("LSOA name")),
    outcome: {
      message:
        '"street.csv", column "LSOA name", row 3: Columns I and M (the 9th and 13th columns) are both headed "LSOA name", so it is not clear which to read. Delete or rename one of them, then choose it again.',
    },
  },
  {
    name: "the header below row 20 (on row 22)",
    build: named("street.csv", () => "Notes\n".repeat(21) + streetCsv()),
    outcome: {
      message:
        '"street.csv", row 22: This file has its header row on row 22, but the header row must be within the first 20 rows. Delete the rows above the header (rows 1 to 21) and choose it again.',
    },
  },
  {
    name: "a police.uk file without its Crime type column",
    build: named("street.csv", () =>
      joinLines(
        csvLines(
          baseRows().map((r) => r.slice(0, COLUMN["Crime type"])),
          POLICE_UK_HEADER.slice(0, 9),
        ),
      ),
    ),
    outcome: {
      message: `"street.csv": This file is not a crime extract the assessment can read: ${NEEDS_POLICE_UK}. No header row was found in its first 20 rows (the header row must be within them); the closest has: Crime ID, Month, Reported by, Falls within, Longitude, Latitude, Location, LSOA code, LSOA name. ${CHOOSE}`,
    },
  },
  {
    name: "a council ASB log named on the command line (the command line maps no columns)",
    build: named("council-asb-log.csv", () => councilLogCsv()),
    outcome: {
      message: `"council-asb-log.csv": This file is not a crime extract the assessment can read: ${NEEDS_POLICE_UK}. No header row was found in its first 20 rows (the header row must be within them); the closest has: Ref, Incident date, Ward, Incident type, Notes. ${CHOOSE}`,
    },
  },
  {
    name: "a council log missing its area column",
    build: named("council-asb-log.csv", () => councilLogCsv(COUNCIL_LOG_HEADER.map((h) => (h === "Ward" ? "" : h)))),
    outcome: {
      message: `"council-asb-log.csv": This file is not a crime extract the assessment can read: ${NEEDS_POLICE_UK}. No header row was found in its first 20 rows (the header row must be within them); the closest has: Ref, Incident date, Incident type, Notes. ${CHOOSE}`,
    },
  },
  {
    name: "a line of 1.5 MB with no line end, and no header",
    build: named("street.csv", () => "x".repeat(1536 * 1024)),
    outcome: { message: /^"street\.csv": This file is not a crime extract the assessment can read: / },
  },
  // --- Files with nothing to count ---
  {
    name: "an empty file",
    build: named("street.csv", () => ""),
    outcome: {
      message: `"street.csv": This file is not a crime extract the assessment can read: ${NEEDS_POLICE_UK}. This file has no header row in its first 20 rows (it looks empty). ${CHOOSE}`,
    },
  },
  {
    name: "a header-only file",
    build: named("street.csv", () => joinLines([csvLine(POLICE_UK_HEADER)])),
    outcome: {
      message:
        'No crimes or incidents could be read from "street.csv". They have a header row but no rows below it. Check that the right sheets or files were chosen and that their rows are filled in.',
    },
  },
  {
    name: "a header-only file with blank lines below it",
    build: named("street.csv", () => joinLines([csvLine(POLICE_UK_HEADER), "", ",,,", "  "], "\r\n")),
    outcome: {
      message:
        'No crimes or incidents could be read from "street.csv". They have a header row but no rows below it. Check that the right sheets or files were chosen and that their rows are filled in.',
    },
  },
  {
    name: "every row dated 2199-12",
    build: named("street.csv", () => streetCsv((rows) => rows.forEach((r) => (r[COLUMN.Month] = "2199-12")))),
    outcome: {
      message: `No crimes or incidents could be read from "street.csv". All rows were set aside: ${BASE_ROWS} date out of range. Check that the right sheets or files were chosen and that their rows are filled in.`,
    },
  },
  {
    name: "a Home Office table whose every row has an unreadable quarter",
    build: named("home-office.csv", () => homeOfficeCsv((rows) => rows.forEach((r) => (r[1] = "Q0")))),
    outcome: {
      message: `No crimes or incidents could be read from "home-office.csv". All rows were set aside: ${homeOfficeRows().length} unreadable financial year or quarter. Check that the right sheets or files were chosen and that their rows are filled in.`,
    },
  },
  // --- Not CSV text ---
  {
    name: "a gzip-compressed extract named .csv",
    build: named("street.csv", () => gzipSync(streetCsv())),
    outcome: {
      message:
        '"street.csv": This file is compressed (gzip), not a CSV file. Unpack it first, then choose the .csv file inside.',
    },
  },
  {
    name: "a zip archive named .csv",
    build: named("street.csv", () => zipOf("street.csv", streetCsv())),
    outcome: {
      message: `"street.csv": This is a zip archive or an Excel workbook saved with a .csv name, not a CSV file. Unpack it and choose the .csv file inside, or open it in Excel and save it as CSV UTF-8 (Excel: File > Save As > CSV UTF-8).`,
    },
  },
  {
    name: "a binary file named .csv",
    build: named("street.csv", () => binaryBytes(4096)),
    outcome: {
      message:
        '"street.csv": This file is not text: it holds binary data, so it is not a CSV file. If it is compressed, unpack it first; if it is a spreadsheet, open it in Excel and save it as CSV UTF-8 (Excel: File > Save As > CSV UTF-8).',
    },
  },
  ...(
    [
      ["le", true],
      ["be", true],
      ["le", false],
      ["be", false],
    ] as const
  ).map(([order, bom]): CorpusCase => ({
    name: `UTF-16 ${order === "le" ? "little" : "big"}-endian ${bom ? "with" : "without"} a byte-order mark`,
    build: named("street.csv", () => utf16(streetCsv(), order, bom)),
    outcome: {
      message: `"street.csv": This file is saved as UTF-16 (Excel's "Unicode Text"), which the assessment does not read. ${SAVE_AS}`,
    },
  })),
  // --- Not a workbook ---
  {
    name: "a .csv renamed to .xlsx",
    build: named("street.xlsx", () => streetCsv()),
    outcome: { message: NOT_A_WORKBOOK("street.xlsx", "it holds plain text, as a CSV file does") },
  },
  {
    name: "a truncated .xlsx",
    build: named("street.xlsx", async () => {
      const book = await streetWorkbook(baseRows());
      return book.subarray(0, book.length - 100);
    }),
    outcome: {
      message: NOT_A_WORKBOOK(
        "street.xlsx",
        "it is incomplete: its end is missing, as when a copy or download stops early",
      ),
    },
  },
  {
    name: "a zip renamed to .xlsx",
    build: named("street.xlsx", () => zipOf("street.csv", streetCsv())),
    outcome: { message: NOT_A_WORKBOOK("street.xlsx", "it is a zip archive with no worksheets in it") },
  },
  {
    name: "a gzip file renamed to .xlsx",
    build: named("street.xlsx", () => gzipSync(streetCsv())),
    outcome: { message: NOT_A_WORKBOOK("street.xlsx", "it is not in the .xlsx format") },
  },
  {
    name: "an old .xls workbook renamed to .xlsx",
    build: named("street.xlsx", () =>
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), binaryBytes(1024)]),
    ),
    outcome: {
      message: NOT_A_WORKBOOK("street.xlsx", "it is an older Excel .xls workbook, or one protected with a password"),
    },
  },
  {
    name: "an empty .xlsx",
    build: named("street.xlsx", () => Buffer.alloc(0)),
    outcome: { message: NOT_A_WORKBOOK("street.xlsx", "the file is empty") },
  },
  {
    name: "a workbook with no extract sheet",
    build: named("street.xlsx", () => streetWorkbook([["Ward A", 12]], ["Ward", "Total"])),
    outcome: {
      message: `"street.xlsx: Street": This sheet is not a crime extract the assessment can read: ${NEEDS_POLICE_UK}. No header row was found in its first 20 rows (the header row must be within them); the closest has: Ward, Total. ${CHOOSE}`,
    },
  },
  {
    name: "a file type the run does not read (.txt)",
    build: named("street.txt", () => streetCsv()),
    outcome: {
      message:
        '"in/street.txt": Only .csv and .xlsx files can be read, not .txt. Save the extract as CSV or as an Excel workbook (.xlsx).',
    },
  },
  // --- Paths ---
  {
    name: "a folder holding no .csv or .xlsx file",
    build: ({ dir }) => {
      write(dir, "street.txt", streetCsv());
      return { inputs: ["in"] };
    },
    outcome: {
      message:
        '"in": The folders given hold no .csv or .xlsx files. Put the police.uk extracts in the folder, or name the files.',
    },
  },
  {
    name: "a folder whose only CSV is not an extract",
    // The run said only "No crime extract was found to read", naming no file (readInputs.ts now adds the files skipped).
    build: ({ dir }) => write(dir, "council-asb-log.csv", councilLogCsv()),
    outcome: {
      message: `No crime extract was found to read. Choose at least one data.police.uk street-level crime file or sheet (or a Home Office recorded crime by CSP table). Skipped council-asb-log.csv: "council-asb-log.csv": This file is not a crime extract the assessment can read: ${NEEDS_POLICE_UK}. No header row was found in its first 20 rows (the header row must be within them); the closest has: Ref, Incident date, Ward, Incident type, Notes. ${CHOOSE}`,
    },
  },
  {
    name: "a folder with a header-only extract and a gzip-compressed one: both named in the message",
    build: ({ dir }) => {
      write(dir, "2025-03.csv", joinLines([csvLine(POLICE_UK_HEADER)]));
      write(dir, "2025-04.csv", gzipSync(streetCsv()));
    },
    outcome: {
      message:
        'No crimes or incidents could be read from "2025-03.csv". They have a header row but no rows below it. Check that the right sheets or files were chosen and that their rows are filled in. Skipped 2025-04.csv: "2025-04.csv": This file is compressed (gzip), not a CSV file. Unpack it first, then choose the .csv file inside.',
    },
  },
  {
    name: "a path that does not exist",
    build: () => ({ inputs: ["in/2024-04.csv"] }),
    outcome: { message: '"in/2024-04.csv": This file or folder does not exist. Check the path and its spelling.' },
  },
  {
    name: "a named dangling link",
    build: ({ dir }) => {
      symlinkSync("moved.csv", join(dir, "street.csv"));
      return { inputs: ["in/street.csv"] };
    },
    outcome: {
      message:
        '"in/street.csv": This cannot be read: it is a link to "moved.csv", which does not exist. Name the file the link should lead to.',
    },
  },
  {
    name: "a named link loop",
    build: ({ dir }) => {
      symlinkSync("street.csv", join(dir, "street.csv"));
      return { inputs: ["in/street.csv"] };
    },
    outcome: {
      message:
        '"in/street.csv": This cannot be read: it is a link that leads back to itself (a loop). Name the file the link should lead to.',
    },
  },
  // --- Outputs over inputs ---
  {
    name: "--out is the extract",
    build: ({ dir }) => {
      write(dir, "street.csv", streetCsv());
      return { inputs: ["in/street.csv"], out: "in/street.csv" };
    },
    outcome: {
      message: `"in/street.csv": --out would write over the extract in/street.csv, and a run never writes over the files it reads. ${OUTSIDE("--out")}`,
    },
  },
  {
    name: "--measures is the extract, reached through ../",
    build: ({ dir }) => {
      write(dir, "street.csv", streetCsv());
      return { inputs: ["in"], measures: "out/../in/street.csv" };
    },
    outcome: {
      message: `"out/../in/street.csv": --measures would write over the extract in/street.csv, and a run never writes over the files it reads. ${OUTSIDE("--measures")}`,
    },
  },
  {
    name: "--out inside the folder being read",
    build: ({ dir }) => {
      write(dir, "street.csv", streetCsv());
      return { inputs: ["in"], out: "in/assessment.xlsx" };
    },
    outcome: {
      message: `"in/assessment.xlsx": --out would write into the folder in being read, where a .csv or .xlsx file is taken for an extract. ${OUTSIDE("--out")}`,
    },
  },
  {
    name: "--measures inside the folder being read",
    build: ({ dir }) => {
      write(dir, "street.csv", streetCsv());
      return { inputs: ["in"], measures: "in/measures.csv" };
    },
    outcome: {
      message: `"in/measures.csv": --measures would write into the folder in being read, where a .csv or .xlsx file is taken for an extract. ${OUTSIDE("--measures")}`,
    },
  },
  {
    name: "--out inside the folder being read, through a link to that folder",
    build: ({ root, dir }) => {
      write(dir, "street.csv", streetCsv());
      symlinkSync(dir, join(root, "latest"));
      return { inputs: ["in"], out: "latest/assessment.xlsx" };
    },
    outcome: {
      message: `"latest/assessment.xlsx": --out would write into the folder in being read, where a .csv or .xlsx file is taken for an extract. ${OUTSIDE("--out")}`,
    },
  },
  {
    name: "--out is the targets file",
    build: ({ root, dir }) => {
      write(dir, "street.csv", streetCsv());
      writeFileSync(join(root, "targets.csv"), "category,baseline_year,target_year,change_pct\n");
      return { targets: "targets.csv", out: "targets.csv" };
    },
    outcome: {
      message: `"targets.csv": --out would write over the --targets file, and a run never writes over the files it reads. ${OUTSIDE("--out")}`,
    },
  },
  {
    name: "--out names a folder",
    build: ({ root, dir }) => {
      write(dir, "street.csv", streetCsv());
      mkdirSync(join(root, "results"));
      return { out: "results" };
    },
    outcome: { message: '"results": --out names a folder. Give a file name, e.g. results/assessment.xlsx.' },
  },
  {
    name: "--out and --measures the same file",
    build: ({ dir }) => {
      write(dir, "street.csv", streetCsv());
      return { out: "out/assessment.xlsx", measures: "out/assessment.xlsx" };
    },
    outcome: { message: /^"out\/assessment\.xlsx": --measures names the same file as --out\./ },
  },
  // --- Targets ---
  {
    name: "a misspelt target category",
    build: withTargets("Shopliftng,2023/24,2025/26,-5,linear,2,lowerIsBetter"),
    outcome: {
      message: `"targets.csv", column "category", row 2: The target category "Shopliftng" is not in the data. Did you mean "Shoplifting"? ${TARGET_CATEGORIES}`,
    },
  },
  {
    name: "an impossible target year (2206/07)",
    build: withTargets("All crime,2023/24,2206/07,-5,linear,2,lowerIsBetter"),
    outcome: {
      message: /^"targets\.csv", column "target_year", row 2: The year 2206\/07 is before 2000 or after 2100\./,
    },
  },
  {
    name: "a target year before its baseline",
    build: withTargets("All crime,2024/25,2023/24,-5,linear,2,lowerIsBetter"),
    outcome: {
      message:
        '"targets.csv", column "target_year", row 2: The target year 2023/24 is not after the baseline 2024/25. Give a target year later than the baseline year.',
    },
  },
  {
    name: "a target change that is not a number",
    build: withTargets("All crime,2023/24,2025/26,ten,linear,2,lowerIsBetter"),
    outcome: { message: /^"targets\.csv", column "change_pct", row 2: / },
  },
  // --- Options ---
  {
    name: "an area not in the data, with the closest named",
    build: ({ dir }) => {
      write(dir, "street.csv", streetCsv());
      return { area: "St Aldrick" };
    },
    outcome: {
      message:
        'The area "St Aldrick" is not in the data. Districts found: Eastholme, Hambledown, Kingsbridge, Marsh and Dale, Northby, St. Aldric. Did you mean "St. Aldric"?',
    },
  },
  {
    name: "no area",
    build: ({ dir }) => {
      write(dir, "street.csv", streetCsv());
      return { area: "  " };
    },
    outcome: { message: 'No area was given. Name the focus district with --area, e.g. --area "Knowsley".' },
  },
  {
    name: "an unknown period basis",
    build: ({ dir }) => {
      write(dir, "street.csv", streetCsv());
      return { basis: "fiscal" };
    },
    outcome: {
      message: 'column "--basis": "fiscal" is not a period basis. Use one of auto, financial, calendar, rolling12.',
    },
  },
  {
    name: "a population file with a negative population",
    build: ({ root, dir }) => {
      write(dir, "street.csv", streetCsv());
      writeFileSync(join(root, "population.csv"), "area,population\nSt. Aldric,-5\n");
      return { population: "population.csv" };
    },
    outcome: { message: /^"population\.csv".*row 2: The population "-5" is not a positive number\./ },
  },
];
