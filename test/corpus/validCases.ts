/**
 * Inputs the run reads (files that are spoiled in part, skipped or counted once):
 * each with the rows it must read, count and set aside, worked out from how the
 * case is built (corpusFiles.ts: the base extract sets nothing aside).
 */
import ExcelJS from "exceljs";
import { symlinkSync, writeFileSync } from "fs";
import { gzipSync } from "zlib";
import { join } from "path";
import { monthIndex } from "../../src/engine/extracts/crimeTable";
import { SET_ASIDE } from "../../src/engine/extracts";
import { copyOf, sameRowsAs } from "../../src/engine/extracts/setAsideReasons";
import { POLICE_UK_HEADER } from "../../src/sample/generateExtract";
import {
  AREA,
  BASE_ROWS,
  baseRows,
  COLUMN,
  councilLogCsv,
  csvLine,
  csvLines,
  HOME_OFFICE_HEADER,
  homeOfficeCsv,
  homeOfficeRows,
  joinLines,
  lineOfRow,
  rowsIn,
  streetCsv,
  streetWorkbook,
  utf8,
  windows1252,
} from "./corpusFiles";
import type { CorpusCase } from "./runCase";

const STREET = "northshire-street.csv";
const write = (folder: string, name: string, data: string | Buffer) => writeFileSync(join(folder, name), data);

/** The base extract's lines with `change` applied to some of them (line i of the file is lines[i - 1]). */
function editedLines(change: (lines: string[]) => void): string[] {
  const lines = csvLines(baseRows());
  change(lines);
  return lines;
}

/** Sets column `column` of the given base rows to `value`. */
const setCells = (indexes: number[], column: string, value: string) => (rows: string[][]) => {
  for (const i of indexes) rows[i][COLUMN[column]] = value;
};

/** Rows of the table in month `key` ("YYYY-MM"). */
function rowsInMonth(table: { length: number; month: Int32Array | number[] }, key: string): number {
  const [year, month] = key.split("-").map(Number);
  let count = 0;
  for (let i = 0; i < table.length; i++) if (table.month[i] === monthIndex(year, month)) count++;
  return count;
}

const baseRowsInMonth = (key: string) => baseRows().filter((r) => r[COLUMN.Month] === key).length;
/** Months holding rows in the base (23: April 2023 to March 2025 without February 2024). */
const baseMonths = new Set(baseRows().map((r) => r[COLUMN.Month])).size;
const ST_ALDRIC_ROWS = rowsIn(AREA).length;
/** Base rows with a Crime ID (ASB rows have none). */
const rowsWithIds = baseRows().flatMap((row, i) => (row[COLUMN["Crime ID"]] ? [i] : []));
/** Rows of the base whose Crime ID an earlier row has (the sample repeats a few), counted here by hand. */
const BASE_REPEATED_IDS = (() => {
  const seen = new Set<string>();
  let repeats = 0;
  for (const row of baseRows()) {
    const id = row[COLUMN["Crime ID"]];
    if (id && seen.has(id)) repeats++;
    seen.add(id);
  }
  return repeats;
})();
/** A stray quote into the Location field ("On or near ...") of a line. */
const strayQuoteIn = (line: string) => line.replace("On or near ", 'On or near "');
const street = (rowsRead = BASE_ROWS, setAside?: Record<string, number>) => [{ name: STREET, rowsRead, setAside }];

export const VALID_CASES: CorpusCase[] = [
  {
    name: "the clean base extract: every row counted",
    build: ({ dir }) => write(dir, STREET, streetCsv()),
    outcome: { sources: street() },
  },
  // --- Quotes: a malformed line is set aside as one row, and nothing after it is swallowed ---
  {
    name: "a stray quote inside an unquoted field",
    build: ({ dir }) => write(dir, STREET, joinLines(editedLines((l) => (l[11] = strayQuoteIn(l[11]))))),
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.strayQuote]: 1 }) },
  },
  {
    name: "a quote opening a field that never closes (mid-file)",
    build: ({ dir }) =>
      write(dir, STREET, joinLines(editedLines((l) => (l[40] = l[40].replace(",On or near ", ',"On or near '))))),
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.strayQuote]: 1 }) },
  },
  {
    name: "an unclosed quote on the last line, with no line end after it",
    build: ({ dir }) => {
      const lines = editedLines((l) => (l[l.length - 1] = l[l.length - 1].replace(",On or near ", ',"On or near ')));
      write(dir, STREET, lines.join("\n"));
    },
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.strayQuote]: 1 }) },
  },
  {
    name: "text after a closing quote",
    build: ({ dir }) =>
      write(dir, STREET, joinLines(editedLines((l) => (l[7] = l[7].replace(",On or near ", ',"On or near"x '))))),
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.strayQuote]: 1 }) },
  },
  {
    name: "stray quotes on three lines, one of them the first data line",
    build: ({ dir }) =>
      write(dir, STREET, joinLines(editedLines((l) => [1, 50, 51].forEach((i) => (l[i] = l[i].replace(",", ',"')))))),
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.strayQuote]: 3 }) },
  },
  {
    name: "a quoted line break in a police.uk field: both physical lines set aside, the rest read",
    // The record "…,"On or near\nHigh Street",…" is two lines; police.uk fields never hold line breaks.
    // The first line's quote does not close on it; the second line's closing quote is stray.
    build: ({ dir }) =>
      write(
        dir,
        STREET,
        streetCsv((rows) => (rows[19][COLUMN.Location] = rows[19][COLUMN.Location].replace(" near ", " near\n"))),
      ),
    outcome: {
      sources: street(BASE_ROWS + 1, { [SET_ASIDE.strayQuote]: 2 }),
      also: (outcome) =>
        expect(outcome.read.setAside[0].examples).toEqual([
          { source: STREET, row: lineOfRow(19) },
          { source: STREET, row: lineOfRow(19) + 1 },
        ]),
    },
  },
  {
    name: "an unclosed quote in a title line above the header",
    build: ({ dir }) => write(dir, STREET, `"Northshire Police street-level crime, unclosed\n` + streetCsv()),
    outcome: { sources: street() },
  },
  {
    name: "well-formed quotes: commas and escaped quotes inside quoted fields",
    build: ({ dir }) =>
      write(dir, STREET, streetCsv(setCells([3, 4, 5], "Location", 'On or near "The Crescent", Northby'))),
    outcome: { sources: street() },
  },
  // --- The same rows twice ---
  {
    name: "a file named twice: read once",
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      return { inputs: ["in/northshire-street.csv", "in/northshire-street.csv"] };
    },
    outcome: { sources: street(), notes: ["Read in/northshire-street.csv once: it was named twice."] },
  },
  {
    name: "a file named and also in a folder named",
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      return { inputs: ["in", "./in/northshire-street.csv"] };
    },
    outcome: {
      sources: street(),
      notes: ["Read in/northshire-street.csv once: ./in/northshire-street.csv is the same file."],
    },
  },
  {
    name: 'a copy left in the folder ("northshire-street (1).csv", read first): counted once',
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "northshire-street (1).csv", streetCsv());
    },
    outcome: {
      sources: [
        { name: "northshire-street (1).csv", rowsRead: BASE_ROWS },
        { name: STREET, rowsRead: BASE_ROWS, setAside: { [sameRowsAs("northshire-street (1).csv")]: BASE_ROWS } },
      ],
      also: (outcome) =>
        expect(outcome.read.warnings).toContain(
          `"${STREET}" holds the same rows as "northshire-street (1).csv": its rows are counted once.`,
        ),
    },
  },
  {
    name: "a copy with its rows in reverse order and CRLF line ends: counted once",
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "street-copy.csv", joinLines(csvLines(baseRows().reverse()), "\r\n"));
    },
    outcome: {
      sources: [
        { name: STREET, rowsRead: BASE_ROWS },
        { name: "street-copy.csv", rowsRead: BASE_ROWS, setAside: { [sameRowsAs(STREET)]: BASE_ROWS } },
      ],
    },
  },
  {
    name: 'a filtered "my area only" copy read after the full extract: left out',
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "st-aldric-only.csv", joinLines(csvLines(rowsIn(AREA))));
    },
    outcome: {
      sources: [
        { name: STREET, rowsRead: BASE_ROWS },
        { name: "st-aldric-only.csv", rowsRead: ST_ALDRIC_ROWS, setAside: { [copyOf(STREET)]: ST_ALDRIC_ROWS } },
      ],
      also: (outcome) =>
        expect(outcome.read.notes?.[0]).toMatch(
          /^Left out "st-aldric-only\.csv": \d+ of its \d+ Crime IDs \(100\.0%\) are also in "northshire-street\.csv", .*--keep-source "st-aldric-only\.csv"/,
        ),
    },
  },
  {
    name: 'a filtered "my area only" copy read before the full extract: left out all the same',
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "aldric-only.csv", joinLines(csvLines(rowsIn(AREA))));
    },
    outcome: {
      sources: [
        { name: "aldric-only.csv", rowsRead: ST_ALDRIC_ROWS, setAside: { [copyOf(STREET)]: ST_ALDRIC_ROWS } },
        { name: STREET, rowsRead: BASE_ROWS },
      ],
    },
  },
  {
    name: "a filtered copy kept with --keep-source: both counted",
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "st-aldric-only.csv", joinLines(csvLines(rowsIn(AREA))));
      return { keepSources: ["St-Aldric-Only.csv"] };
    },
    outcome: {
      sources: [
        { name: STREET, rowsRead: BASE_ROWS },
        { name: "st-aldric-only.csv", rowsRead: ST_ALDRIC_ROWS },
      ],
      also: (outcome) => expect(outcome.read.table.length).toBe(BASE_ROWS + ST_ALDRIC_ROWS),
    },
  },
  {
    name: "the same extract as a CSV and as a workbook: counted once",
    build: async ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "street.xlsx", await streetWorkbook(baseRows()));
    },
    outcome: {
      sources: [
        { name: STREET, rowsRead: BASE_ROWS },
        { name: "street.xlsx: Street", rowsRead: BASE_ROWS, setAside: { [sameRowsAs(STREET)]: BASE_ROWS } },
      ],
    },
  },
  {
    name: "monthly files joined end to end (cat *.csv): each repeated header line is a row set aside",
    build: ({ dir }) => {
      const rows = baseRows();
      const months = [...new Set(rows.map((r) => r[COLUMN.Month]))];
      const files = months.map((m) => joinLines(csvLines(rows.filter((r) => r[COLUMN.Month] === m))));
      write(dir, STREET, files.join(""));
    },
    outcome: {
      sources: street(BASE_ROWS + baseMonths - 1, { [SET_ASIDE.unreadableMonth]: baseMonths - 1 }),
    },
  },
  {
    name: "rows cut short: after the Month, and after the LSOA name",
    build: ({ dir }) => {
      const lines = csvLines(baseRows());
      lines[3] = lines[3].split(",").slice(0, 2).join(",");
      lines[4] = lines[4].split(",").slice(0, 9).join(",");
      write(dir, STREET, joinLines(lines));
    },
    // Without a LSOA name the row cannot be placed; without a crime type it cannot be named.
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.blankLsoa]: 1, [SET_ASIDE.unknownCrimeType]: 1 }) },
  },
  // --- Months ---
  {
    name: "2199-12 typed for 2019-12 on two rows",
    build: ({ dir }) => write(dir, STREET, streetCsv(setCells([5, 100], "Month", "2199-12"))),
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.dateOutOfRange]: 2 }) },
  },
  {
    name: "1999-12 (before 2000) on one row",
    build: ({ dir }) => write(dir, STREET, streetCsv(setCells([9], "Month", "1999-12"))),
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.dateOutOfRange]: 1 }) },
  },
  {
    // One row: the base has about 10 rows a month, and a month holding a quarter of that would be taken as data.
    name: "14 months past the data's last month (2026-05, before today) on one row",
    build: ({ dir }) => write(dir, STREET, streetCsv(setCells([3], "Month", "2026-05"))),
    outcome: {
      sources: street(BASE_ROWS, { [SET_ASIDE.dateOutOfRange]: 1 }),
      also: (outcome) => expect(outcome.read.warnings?.join(" ")).toContain("with a date out of range (2026-05)"),
    },
  },
  {
    // "Febtember 2024" was read as February 2024, the month missing from the data (fixed in months.ts).
    name: "unreadable months (Febtember 2024, 2024-13, blank)",
    build: ({ dir }) => {
      const rows = baseRows();
      rows[4][COLUMN.Month] = "Febtember 2024";
      rows[8][COLUMN.Month] = "2024-13";
      rows[12][COLUMN.Month] = "";
      write(dir, STREET, joinLines(csvLines(rows)));
    },
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.unreadableMonth]: 3 }) },
  },
  {
    name: "months written as Excel date serials (45383 is 1 April 2024)",
    build: ({ dir }) => {
      const rows = baseRows();
      for (const row of rows) if (row[COLUMN.Month] === "2024-04") row[COLUMN.Month] = "45383";
      write(dir, STREET, joinLines(csvLines(rows)));
    },
    outcome: {
      sources: street(),
      also: (outcome) => expect(rowsInMonth(outcome.read.table, "2024-04")).toBe(baseRowsInMonth("2024-04")),
    },
  },
  // --- Headers and long lines ---
  {
    name: "the header on row 20, below 19 lines of notes",
    build: ({ dir }) =>
      write(
        dir,
        STREET,
        Array.from({ length: 19 }, (_, i) => `Note ${i + 1}: downloaded from police.uk\n`).join("") + streetCsv(),
      ),
    outcome: { sources: street() },
  },
  {
    name: "headers in another case and spacing, after a UTF-8 byte-order mark",
    build: ({ dir }) => {
      const lines = editedLines((l) => (l[0] = POLICE_UK_HEADER.map((h) => `  ${h.toUpperCase()} `).join(",")));
      write(dir, STREET, "\uFEFF" + joinLines(lines));
    },
    outcome: { sources: street() },
  },
  {
    name: "a 200 KB note line above the header",
    build: ({ dir }) => write(dir, STREET, `Notes: ${"x".repeat(200 * 1024)}\n` + streetCsv()),
    outcome: { sources: street() },
  },
  {
    name: "a 300 KB field (Context) in a data row, quoted, with commas in it",
    build: ({ dir }) => write(dir, STREET, streetCsv(setCells([30], "Context", `${"a, ".repeat(100 * 1024)}end`))),
    outcome: { sources: street() },
  },
  {
    name: "CRLF line ends",
    build: ({ dir }) => write(dir, STREET, joinLines(csvLines(baseRows()), "\r\n")),
    outcome: { sources: street() },
  },
  {
    name: "lone CR line ends (old Mac)",
    build: ({ dir }) => write(dir, STREET, joinLines(csvLines(baseRows()), "\r")),
    outcome: { sources: street() },
  },
  {
    name: "blank lines and rows of empty fields between the rows and at the end: not rows",
    build: ({ dir }) => {
      const lines = editedLines((l) => {
        l.splice(10, 0, "", ",,,,,,,,,,,");
        l.splice(60, 0, "   ");
        l.push("", "", ",,, ,");
      });
      write(dir, STREET, joinLines(lines));
    },
    outcome: { sources: street() },
  },
  // --- Encodings and delimiters ---
  {
    name: "Windows-1252 (Excel's CSV on a UK PC): a district named with a circumflex is read, not mojibake",
    build: ({ dir }) => write(dir, STREET, windows1252(streetCsv(setCells([0, 1], "LSOA name", "Môrfa 001A")))),
    outcome: {
      sources: street(),
      also: (outcome) => {
        expect(outcome.read.sources[0].encoding).toBe("windows-1252");
        expect(outcome.read.table.districts).toContain("Môrfa");
      },
    },
  },
  {
    name: "UTF-8 with one value in Windows-1252: each value decoded as it is",
    build: ({ dir }) => {
      const text = streetCsv(setCells([0, 1], "LSOA name", "Môrfa 001A"));
      const cafe = text.indexOf("On or near ");
      write(dir, STREET, Buffer.concat([utf8(text.slice(0, cafe)), windows1252("Café "), utf8(text.slice(cafe))]));
    },
    outcome: {
      sources: street(),
      also: (outcome) =>
        expect(outcome.read.table.districts.filter((d) => d.startsWith("M")).sort()).toEqual([
          "Marsh and Dale",
          "Môrfa",
        ]),
    },
  },
  {
    name: "semicolon-separated, with decimal commas in the coordinates",
    build: ({ dir }) => {
      const rows = baseRows().map((row) =>
        row.map((cell) => (/^-?\d+\.\d+$/.test(cell) ? cell.replace(".", ",") : cell)),
      );
      write(dir, STREET, joinLines([POLICE_UK_HEADER, ...rows].map((row) => csvLine(row, ";"))));
    },
    outcome: { sources: street(), also: (outcome) => expect(outcome.read.sources[0].delimiter).toBe("semicolon") },
  },
  {
    name: "tab-separated",
    build: ({ dir }) => write(dir, STREET, joinLines([POLICE_UK_HEADER, ...baseRows()].map((row) => row.join("\t")))),
    outcome: { sources: street(), also: (outcome) => expect(outcome.read.sources[0].delimiter).toBe("tab") },
  },
  // --- Links ---
  {
    name: "a link loop in the folder: skipped with a note",
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      symlinkSync(join(dir, "loop.csv"), join(dir, "loop.csv"));
    },
    outcome: { sources: street(), notes: ["Skipped loop.csv: it is a link that leads back to itself (a loop)."] },
  },
  {
    name: "a dangling link in the folder: skipped with a note",
    build: ({ root, dir }) => {
      write(dir, STREET, streetCsv());
      symlinkSync(join(root, "moved.csv"), join(dir, "gone.csv"));
    },
    outcome: {
      sources: street(),
      notes: [expect.stringMatching(/^Skipped gone\.csv: it is a link to ".*moved\.csv", which does not exist\.$/)],
    },
  },
  {
    name: "a link in the folder to an extract in it: read once",
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      symlinkSync(join(dir, STREET), join(dir, "latest.csv"));
      return { inputs: ["in"] };
    },
    outcome: {
      sources: [{ name: "latest.csv", rowsRead: BASE_ROWS }],
      notes: ["Read in/latest.csv once: in/northshire-street.csv is the same file."],
    },
  },
  // --- Excel error values in each column read, from a CSV ---
  ...(["Month", "Falls within", "LSOA name", "Crime type"] as const).map((column, k): CorpusCase => ({
    name: `an Excel error value (${["#N/A", "#REF!", "#VALUE!", "#NAME?"][k]}) in ${column}, from a CSV`,
    build: ({ dir }) =>
      write(
        dir,
        STREET,
        streetCsv(setCells([k * 10 + 3, k * 10 + 4], column, ["#N/A", "#REF!", "#VALUE!", "#NAME?"][k])),
      ),
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.excelError]: 2 }) },
  })),
  {
    name: "#N/A as the Crime ID on two rows: counted, and not a repeated Crime ID",
    build: ({ dir }) => write(dir, STREET, streetCsv(setCells(rowsWithIds.slice(0, 2), "Crime ID", "#N/A"))),
    outcome: {
      sources: street(),
      also: (outcome) => expect(outcome.read.duplicateCrimeIds.count).toBe(BASE_REPEATED_IDS),
    },
  },
  {
    // Both were left out as a "copy" of the first source read: every "ID" was #N/A (fixed in both readers).
    name: "a CSV and a workbook of different months whose Crime IDs are all #N/A: both counted",
    build: async ({ dir }) => {
      const rows = baseRows().map((row) => (row[COLUMN["Crime ID"]] ? ["#N/A", ...row.slice(1)] : row));
      write(dir, "2023-24.csv", joinLines(csvLines(rows.filter((r) => r[COLUMN.Month] < "2024-04"))));
      const later = rows.filter((r) => r[COLUMN.Month] >= "2024-04");
      write(
        dir,
        "2024-25.xlsx",
        await streetWorkbook(later.map((r) => (r[0] ? [{ error: "#N/A" }, ...r.slice(1)] : r)) as never),
      );
    },
    outcome: {
      sources: [
        { name: "2023-24.csv", rowsRead: baseRows().filter((r) => r[COLUMN.Month] < "2024-04").length },
        { name: "2024-25.xlsx: Street", rowsRead: baseRows().filter((r) => r[COLUMN.Month] >= "2024-04").length },
      ],
      also: (outcome) => expect(outcome.read.duplicateCrimeIds.count).toBe(0),
    },
  },
  // --- Excel error values in each column read, from an .xlsx ---
  ...(["Month", "Falls within", "LSOA name", "Crime type"] as const).map((column, k): CorpusCase => ({
    name: `an Excel error cell (#DIV/0!) in ${column}, from an .xlsx`,
    build: async ({ dir }) => {
      const rows = baseRows().map((row): unknown[] => [...row]);
      for (const i of [k, k + 40, k + 80]) rows[i][COLUMN[column]] = { error: "#DIV/0!" };
      write(dir, "street.xlsx", await streetWorkbook(rows as never));
    },
    outcome: {
      sources: [{ name: "street.xlsx: Street", rowsRead: BASE_ROWS, setAside: { [SET_ASIDE.excelError]: 3 } }],
    },
  })),
  {
    name: "a lookup formula whose cached result is #N/A in LSOA name, from an .xlsx",
    build: async ({ dir }) => {
      const rows = baseRows().map((row): unknown[] => [...row]);
      rows[6][COLUMN["LSOA name"]] = { formula: "VLOOKUP(H8,Lookup!A:B,2,FALSE)", result: { error: "#N/A" } };
      write(dir, "street.xlsx", await streetWorkbook(rows as never));
    },
    outcome: {
      sources: [{ name: "street.xlsx: Street", rowsRead: BASE_ROWS, setAside: { [SET_ASIDE.excelError]: 1 } }],
    },
  },
  {
    name: "an .xlsx with months as dates and one typed as 2199",
    build: async ({ dir }) => {
      const rows = baseRows().map((row): unknown[] => {
        const [year, month] = row[COLUMN.Month].split("-").map(Number);
        return row.map((cell, c) => (c === COLUMN.Month ? new Date(Date.UTC(year, month - 1, 1)) : cell));
      });
      rows[17][COLUMN.Month] = new Date(Date.UTC(2199, 11, 1));
      write(dir, "street.xlsx", await streetWorkbook(rows as never));
    },
    outcome: {
      sources: [{ name: "street.xlsx: Street", rowsRead: BASE_ROWS, setAside: { [SET_ASIDE.dateOutOfRange]: 1 } }],
    },
  },
  {
    // ExcelJS gives an invalid Date for a date-formatted number past year 275760; reading its text crashed the run.
    name: "an .xlsx whose LSOA name cell is a date-formatted number too large to be a date",
    build: async ({ dir }) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Street");
      sheet.addRow(POLICE_UK_HEADER);
      baseRows().forEach((row, i) =>
        sheet.addRow(i === 9 ? row.map((c, k) => (k === COLUMN["LSOA name"] ? 1e12 : c)) : row),
      );
      sheet.getCell(11, COLUMN["LSOA name"] + 1).numFmt = "dd/mm/yyyy";
      write(dir, "street.xlsx", Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    },
    outcome: {
      sources: [{ name: "street.xlsx: Street", rowsRead: BASE_ROWS, setAside: { [SET_ASIDE.blankLsoa]: 1 } }],
    },
  },
  // --- Rows the extract cannot place or name ---
  {
    name: "five rows with a blank LSOA (location not mapped)",
    build: ({ dir }) => write(dir, STREET, streetCsv(setCells([2, 22, 42, 62, 82], "LSOA name", ""))),
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.blankLsoa]: 5 }) },
  },
  {
    name: "unknown crime types (Fraud, Burglery, Hate crime)",
    build: ({ dir }) => {
      const rows = baseRows();
      ["Fraud", "Burglery", "Hate crime"].forEach((type, i) => (rows[i * 7][COLUMN["Crime type"]] = type));
      write(dir, STREET, joinLines(csvLines(rows)));
    },
    outcome: { sources: street(BASE_ROWS, { [SET_ASIDE.unknownCrimeType]: 3 }) },
  },
  {
    name: "crime types in capitals and with extra spaces: counted",
    build: ({ dir }) => {
      const rows = baseRows();
      for (const i of [1, 2, 3]) rows[i][COLUMN["Crime type"]] = `  ${rows[i][COLUMN["Crime type"]].toUpperCase()}  `;
      write(dir, STREET, joinLines(csvLines(rows)));
    },
    outcome: { sources: street() },
  },
  {
    name: "every reason at once, in one file",
    build: ({ dir }) => {
      const rows = baseRows();
      rows[1][COLUMN.Month] = "2199-12";
      rows[2][COLUMN.Month] = "nonsense";
      rows[3][COLUMN["LSOA name"]] = "";
      rows[4][COLUMN["Crime type"]] = "Fraud";
      rows[5][COLUMN["Falls within"]] = "#N/A";
      const lines = csvLines(rows);
      lines[7] = strayQuoteIn(lines[7]);
      write(dir, STREET, joinLines(lines));
    },
    outcome: {
      sources: street(BASE_ROWS, {
        [SET_ASIDE.dateOutOfRange]: 1,
        [SET_ASIDE.unreadableMonth]: 1,
        [SET_ASIDE.blankLsoa]: 1,
        [SET_ASIDE.unknownCrimeType]: 1,
        [SET_ASIDE.excelError]: 1,
        [SET_ASIDE.strayQuote]: 1,
      }),
      also: (outcome) =>
        expect(outcome.read.setAside.find((s) => s.reason === SET_ASIDE.strayQuote)?.examples).toEqual([
          { source: STREET, row: lineOfRow(6) },
        ]),
    },
  },
  // --- Files in a folder that are not extracts: skipped with a note, the extract read ---
  {
    name: "an empty file in the folder",
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "empty.csv", "");
    },
    outcome: {
      sources: street(),
      notes: [
        'Skipped empty.csv: "empty.csv": This file is not a crime extract the assessment can read: it needs the columns Month, Falls within, LSOA name, Crime type. This file has no header row in its first 20 rows (it looks empty). Choose a data.police.uk street-level crime file or sheet, a Home Office recorded crime by CSP table, or map this table\'s date, area and category columns.',
      ],
    },
  },
  {
    name: "a header-only file in the folder: a source with no rows",
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "next-month.csv", joinLines([csvLine(POLICE_UK_HEADER)]));
    },
    outcome: { sources: [{ name: "next-month.csv", rowsRead: 0 }, ...street()] },
  },
  {
    name: "a council ASB log (a table in no known format) in the folder: skipped with a note",
    build: ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "council-asb-log.csv", councilLogCsv());
    },
    outcome: {
      sources: street(),
      notes: [
        'Skipped council-asb-log.csv: "council-asb-log.csv": This file is not a crime extract the assessment can read: it needs the columns Month, Falls within, LSOA name, Crime type. No header row was found in its first 20 rows (the header row must be within them); the closest has: Ref, Incident date, Ward, Incident type, Notes. Choose a data.police.uk street-level crime file or sheet, a Home Office recorded crime by CSP table, or map this table\'s date, area and category columns.',
      ],
    },
  },
  {
    name: "a gzip file and a truncated workbook in the folder: skipped with notes",
    build: async ({ dir }) => {
      write(dir, STREET, streetCsv());
      write(dir, "archive.csv", gzipSync(streetCsv()));
      const book = await streetWorkbook(baseRows());
      write(dir, "street.xlsx", book.subarray(0, book.length >> 1));
    },
    outcome: {
      sources: street(),
      notes: [
        'Skipped archive.csv: "archive.csv": This file is compressed (gzip), not a CSV file. Unpack it first, then choose the .csv file inside.',
        'Skipped street.xlsx: "street.xlsx": This file is not a valid Excel workbook (it is incomplete: its end is missing, as when a copy or download stops early). Open it in Excel and save it again as .xlsx, or if it is a CSV give it a .csv name.',
      ],
    },
  },
  // --- Home Office recorded crime by CSP ---
  {
    name: "a Home Office table built from the sample: every row counted, quarterly",
    build: ({ dir }) => write(dir, "home-office.csv", homeOfficeCsv()),
    outcome: {
      sources: [{ name: "home-office.csv", rowsRead: homeOfficeRows().length }],
      also: (outcome) => expect(outcome.read.sources[0].quarterly).toBe(true),
    },
  },
  {
    name: "a Home Office table with bad quarters, a bad year, bad counts and blank CSP names",
    build: ({ dir }) =>
      write(
        dir,
        "home-office.csv",
        homeOfficeCsv((rows) => {
          const [year, quarter, , csp, , , , , count] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
          rows[0][quarter] = "Q5";
          rows[1][quarter] = "";
          rows[2][quarter] = "five";
          rows[3][year] = "2023/25";
          rows[4][count] = "n/a";
          rows[5][count] = "-3";
          rows[6][count] = "1.2.3";
          rows[7][csp] = "";
          rows[8][csp] = "  ";
        }),
      ),
    outcome: {
      sources: [
        {
          name: "home-office.csv",
          rowsRead: homeOfficeRows().length,
          setAside: { [SET_ASIDE.unreadableQuarter]: 4, [SET_ASIDE.unreadableCount]: 3, [SET_ASIDE.blankArea]: 2 },
        },
      ],
    },
  },
  {
    name: "a Home Office table with an older release's headers and thousands separators",
    build: ({ dir }) => {
      const header = HOME_OFFICE_HEADER.map((h) =>
        h === "Police Force" ? "Force Name" : h === "Offence Count" ? "Number of Offences" : h,
      );
      const rows = homeOfficeRows();
      rows[0][8] = "1,234";
      write(dir, "home-office.csv", joinLines(csvLines(rows, header)));
    },
    outcome: {
      sources: [{ name: "home-office.csv", rowsRead: homeOfficeRows().length }],
      also: (outcome) => expect(outcome.read.table.count).toContain(1234),
    },
  },
];
