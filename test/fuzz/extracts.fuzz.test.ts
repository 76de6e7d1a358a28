/**
 * Fuzzing the readers with at least 10,000 mutated rows and files a run: 1,000
 * police.uk files with 4 to 6 lines each spoiled (4,000 lines or more), 600 grids
 * with 4 to 6 rows each spoiled (2,400 rows or more), and 1,200 police.uk files,
 * 800 Home Office tables, 1,000 council logs (read with a column mapping) and 600
 * grids spoiled anywhere, header included. Files are read in random chunks. For every one: nothing but an
 * AssessmentError is thrown; rows read = counted + set aside for the source and
 * in total; the table holds exactly the rows counted, none dated before 2000 or
 * after "today"; no more rows are read than the file has lines. Where mutations
 * are confined to some lines (or rows), every other line is counted exactly as an
 * independent naive reading (papaparse line by line) counts it, in order, and a
 * spoiled line gives at most as many rows as it became lines.
 *
 * The seeds are fixed so that a run is the same every time (no flakes); set
 * FUZZ_SEED to explore others. Run counts keep the file well under a minute on a
 * busy 2-core machine.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { AssessmentError } from "../../src/engine/errors";
import {
  CsvExtractReader,
  ExtractReader,
  POLICE_UK_CRIME_TYPES,
  readGrids,
  type Cell,
  type ColumnMapping,
  type ReadResult,
} from "../../src/engine/extracts";
import { monthIndex } from "../../src/engine/extracts/crimeTable";
import { generatePoliceUkExtract, toCsvText } from "../../src/sample/generateExtract";
import { councilLogRows, COUNCIL_LOG_HEADER, HOME_OFFICE_HEADER, homeOfficeRows } from "../corpus/corpusFiles";
import {
  applyEdit,
  applyFileMutation,
  applyGridMutation,
  byteEdit,
  fileMutation,
  gridMutation,
  junkCell,
} from "./mutations";

jest.setTimeout(300_000);

const SEED = Number(process.env.FUZZ_SEED ?? 20251128);
const AS_OF = monthIndex(2026, 6);
const EARLIEST = monthIndex(2000, 1);

/** The police.uk base: 40 rows, January to April 2024 (February missing), a blank LSOA or two among them. */
const POLICE_ROWS = generatePoliceUkExtract({ seed: 11, rows: 40, months: 4, firstMonth: "2024-01" });
const POLICE_LINES = toCsvText(POLICE_ROWS).split("\n").slice(0, -1);
/**
 * Months more than 12 after a source's anchor are set aside. The base's anchor is
 * its last month (about 13 rows a month): a few spoiled lines cannot move it.
 */
const LATEST_KEPT = monthIndex(2024, 4) + 12;

const encode = (text: string) => Array.from(new TextEncoder().encode(text));

// --- Reading, and what every result must satisfy ---

/** Reads the bytes as a CSV file in chunks cut at `cuts`; an AssessmentError is returned, anything else thrown. */
function readCsv(bytes: number[], cuts: number[], mapping?: ColumnMapping): ReadResult | AssessmentError {
  const data = Uint8Array.from(bytes);
  const reader = new ExtractReader({ asOf: AS_OF });
  try {
    const csv = new CsvExtractReader(reader, "f.csv", { mapping, expectedBytes: data.length });
    let from = 0;
    for (const cut of cuts.map((c) => c % (data.length + 1)).sort((a, b) => a - b)) {
      csv.push(data.subarray(from, cut));
      from = cut;
    }
    csv.push(data.subarray(from));
    csv.end();
    return reader.finish();
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
}

function readGrid(rows: Cell[][]): ReadResult | AssessmentError {
  try {
    return readGrids([{ name: "Street", kind: "sheet", rows }], {}, { asOf: AS_OF });
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The identity for the source and in total, the table's length, and every month in range. */
function checkAccounts(read: ReadResult): void {
  for (const s of read.sources) expect(s.rowsRead).toBe(s.rowsKept + sum((s.setAside ?? []).map((r) => r.count)));
  const counted = sum(read.sources.map((s) => s.rowsKept));
  expect(sum(read.sources.map((s) => s.rowsRead))).toBe(counted + sum(read.setAside.map((s) => s.count)));
  expect(read.table.length).toBe(counted);
  for (const month of read.table.month.subarray(0, read.table.length)) {
    if (month < EARLIEST || month > AS_OF) throw new Error(`a row of month index ${month} was counted`);
  }
}

/** Physical lines as a text editor shows them (LF, CRLF or a lone CR ends one), without their line ends. */
function linesOf(bytes: number[]): number[][] {
  const lines: number[][] = [];
  let line: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x0a && b !== 0x0d) {
      line.push(b);
      continue;
    }
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    lines.push(line);
    line = [];
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const physicalLines = (bytes: number[]) => linesOf(bytes).length;

/**
 * Whether a line holds a byte that is not white space, a comma or a quote: such a
 * line is never blank, so a police.uk or Home Office reader must count it as read
 * (a record of those formats never spans lines). Worked out here, apart from the reader.
 */
const hasContent = (line: number[]) =>
  line.some((b) => b !== 0x20 && b !== 0x2c && b !== 0x22 && !(b >= 0x09 && b <= 0x0d));

/**
 * Rows read from the lines below the header, for a file whose first line is still
 * the header: at least the lines with content, at most every line.
 */
function checkRowsRead(read: ReadResult, bytes: number[], header: string): void {
  const [first, ...rest] = linesOf(
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.slice(3) : bytes,
  );
  const rowsRead = read.sources[0].rowsRead;
  if (first === undefined || String.fromCharCode(...first) !== header) {
    expect(rowsRead).toBeLessThan(physicalLines(bytes));
    return;
  }
  const least = rest.filter(hasContent).length;
  if (rowsRead < least || rowsRead > rest.length)
    throw new Error(`${rowsRead} rows read from ${rest.length} lines below the header, ${least} of them not blank`);
}

// --- The naive reading: a line at a time with papaparse, by the rules of police.uk ---

type Tuple = [month: number, district: string, force: string, category: string];
type Naive = Tuple | "set aside" | "blank";

/** What a clean police.uk line (or row of cells) gives: a counted row, a row set aside, or nothing (blank). */
function naiveRow(cells: Cell[]): Naive {
  const text = cells.map((c) => (c === null || c === undefined ? "" : String(c)));
  if (text.every((c) => c.trim() === "")) return "blank";
  const [, month, , force, , , , , lsoa, type] = text;
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? "");
  if (!match || !lsoa || !(POLICE_UK_CRIME_TYPES as readonly string[]).includes(type)) return "set aside";
  return [monthIndex(Number(match[1]), Number(match[2])), lsoa.replace(/ \S+$/, ""), force, type];
}

const naiveLine = (line: string) => naiveRow(Papa.parse<string[]>(line, { delimiter: "," }).data[0] ?? []);
const countedOf = (results: Naive[]) => results.filter((r): r is Tuple => Array.isArray(r));
const nonBlank = (results: Naive[]) => results.filter((r) => r !== "blank").length;

const sameTuple = (a: Tuple, b: Tuple) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

function tableRows(read: ReadResult): Tuple[] {
  const t = read.table;
  return Array.from({ length: t.length }, (_, i) => [
    t.month[i],
    t.districts[t.district[i]],
    t.forces[t.force[i]],
    t.categories[t.category[i]],
  ]);
}

/** A file (or grid) in order: lines left as they were (their naive readings), and spoiled lines that became `most` lines. */
type Segment = { untouched: Naive[] } | { spoiled: number; least: number };

/**
 * Whether the table can be read as the segments in order: each untouched run's
 * naive rows exactly, and at most `most` rows for each spoiled line. The places
 * where a run may start are tracked as a set, since a spoiled line's rows may
 * look like the rows after it.
 */
function matchesSegments(rows: Tuple[], segments: Segment[]): boolean {
  let starts = new Set([0]);
  for (const segment of segments) {
    const next = new Set<number>();
    for (const p of starts) {
      if ("spoiled" in segment) {
        for (let k = 0; k <= segment.spoiled && p + k <= rows.length; k++) next.add(p + k);
        continue;
      }
      const expected = countedOf(segment.untouched);
      if (p + expected.length <= rows.length && expected.every((t, i) => sameTuple(t, rows[p + i])))
        next.add(p + expected.length);
    }
    starts = next;
  }
  return starts.has(rows.length);
}

/** The table matches the segments; rows read from spoiled lines are at most the lines they became; months kept within the anchor rule. */
function checkSegments(read: ReadResult, segments: Segment[]): void {
  const rows = tableRows(read);
  if (!matchesSegments(rows, segments)) {
    throw new Error(`the table's rows ${JSON.stringify(rows)} do not match ${JSON.stringify(segments)}`);
  }
  const late = rows.find(([month]) => month > LATEST_KEPT);
  if (late) throw new Error(`a row of month index ${late[0]}, beyond the anchor rule, was counted`);
  // Rows read from the spoiled lines: at least those with content (never dropped), at most every line.
  const untouched = sum(segments.map((s) => ("untouched" in s ? nonBlank(s.untouched) : 0)));
  const most = sum(segments.map((s) => ("spoiled" in s ? s.spoiled : 0)));
  const least = sum(segments.map((s) => ("spoiled" in s ? s.least : 0)));
  const fromSpoiled = read.sources[0].rowsRead - untouched;
  if (fromSpoiled < least || fromSpoiled > most)
    throw new Error(`${fromSpoiled} rows read from spoiled lines that became ${most} lines, ${least} not blank`);
}

/** The data lines (1-based indexes into lines, the header being 0) to spoil: 4 to 6 of them, each with 1 to 3 edits. */
const spoiledLines = (dataLines: number) =>
  fc.uniqueArray(
    fc.tuple(fc.noBias(fc.integer({ min: 1, max: dataLines })), fc.array(byteEdit, { minLength: 1, maxLength: 3 })),
    {
      minLength: 4,
      maxLength: 6,
      selector: ([line]) => line,
    },
  );

const cuts = fc.array(fc.nat(), { maxLength: 4 });
const run = (numRuns: number, offset: number) => ({ numRuns, seed: SEED + offset });

describe("fuzz: police.uk CSV", () => {
  const naive = POLICE_LINES.map(naiveLine);
  const lineBytes = POLICE_LINES.map((line) => encode(line + "\n"));

  it("4 to 6 lines spoiled (1,000 files): every other line counted as the naive reading counts it", () => {
    fc.assert(
      fc.property(spoiledLines(POLICE_LINES.length - 1), cuts, (spoiled, cutSeeds) => {
        const edits = new Map(spoiled);
        const bytes: number[] = [];
        const segments: Segment[] = [];
        POLICE_LINES.forEach((line, i) => {
          const lineEdits = edits.get(i);
          if (lineEdits === undefined) {
            bytes.push(...lineBytes[i]);
            const last = segments[segments.length - 1];
            if (i > 0 && last && "untouched" in last) last.untouched.push(naive[i]);
            else if (i > 0) segments.push({ untouched: [naive[i]] });
            return;
          }
          const content = lineEdits.reduce(applyEdit, encode(line));
          bytes.push(...content, 0x0a);
          // The spoiled line, with its line end, may have become several lines.
          const lines = linesOf([...content, 0x0a]);
          segments.push({ spoiled: lines.length, least: lines.filter(hasContent).length });
        });
        const read = readCsv(bytes, cutSeeds);
        if (read instanceof AssessmentError) {
          // Only a NUL put into the first kilobyte (taken for binary or UTF-16) refuses the whole file.
          expect(bytes.slice(0, 1024)).toContain(0);
          return;
        }
        checkAccounts(read);
        checkSegments(read, segments);
      }),
      run(1000, 1),
    );
  });

  it("spoiled anywhere, header included (1,200 files): refused with an AssessmentError, or accounted for", () => {
    const base = encode(POLICE_LINES.join("\n") + "\n");
    fc.assert(
      fc.property(fc.array(fileMutation, { minLength: 1, maxLength: 4 }), cuts, (mutations, cutSeeds) => {
        const bytes = mutations.reduce(applyFileMutation, base);
        const read = readCsv(bytes, cutSeeds);
        if (read instanceof AssessmentError) return;
        checkAccounts(read);
        checkRowsRead(read, bytes, POLICE_LINES[0]);
      }),
      run(1200, 2),
    );
  });
});

describe("fuzz: Home Office table and council log", () => {
  it("a Home Office table spoiled anywhere (800 files): refused, or accounted for", () => {
    const base = encode(Papa.unparse([HOME_OFFICE_HEADER, ...homeOfficeRows().slice(0, 40)], { newline: "\n" }));
    fc.assert(
      fc.property(fc.array(fileMutation, { minLength: 1, maxLength: 4 }), cuts, (mutations, cutSeeds) => {
        const bytes = mutations.reduce(applyFileMutation, base);
        const read = readCsv(bytes, cutSeeds);
        if (read instanceof AssessmentError) return;
        checkAccounts(read);
        checkRowsRead(read, bytes, HOME_OFFICE_HEADER.join(","));
        expect(read.sources[0].quarterly).toBe(true);
      }),
      run(800, 3),
    );
  });

  // A mapped table's quoted fields may hold line breaks, so its lines bound the rows read from above only
  // (csvExtractReader.property.test.ts compares well-formed logs with papaparse record by record).
  it("a council log with quoted line breaks, read with a mapping, spoiled anywhere (1,000 files)", () => {
    const mapping: ColumnMapping = { date: "Incident date", area: "Ward", category: "Incident type" };
    const base = encode(Papa.unparse([COUNCIL_LOG_HEADER, ...councilLogRows().slice(0, 30)], { newline: "\r\n" }));
    fc.assert(
      fc.property(fc.array(fileMutation, { minLength: 1, maxLength: 4 }), cuts, (mutations, cutSeeds) => {
        const bytes = mutations.reduce(applyFileMutation, base);
        const read = readCsv(bytes, cutSeeds, mapping);
        if (read instanceof AssessmentError) return;
        checkAccounts(read);
        expect(read.sources[0].rowsRead).toBeLessThan(physicalLines(bytes));
      }),
      run(1000, 4),
    );
  });
});

describe("fuzz: police.uk grids (a sheet's cells)", () => {
  /** The base as a sheet: months as text, as Excel dates or as serials, as pasted extracts hold them. */
  const grid: Cell[][] = POLICE_ROWS.map((row, r) =>
    r === 0
      ? row
      : row.map((cell, c) => {
          if (c !== 1 || r % 3 === 0) return cell;
          const [year, month] = cell.split("-").map(Number);
          const date = Date.UTC(year, month - 1, 1);
          return r % 3 === 1 ? new Date(date) : (date - Date.UTC(1899, 11, 30)) / 864e5;
        }),
  );
  const naive = POLICE_ROWS.map(naiveRow);
  const isBlank = (row: Cell[]) => row.every((c) => c === null || c === undefined || String(c).trim() === "");

  it("spoiled anywhere (600 grids): refused, or every non-blank row below the header read once", () => {
    fc.assert(
      fc.property(fc.array(gridMutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const rows = mutations.reduce(applyGridMutation, grid);
        const read = readGrid(rows);
        if (read instanceof AssessmentError) return;
        checkAccounts(read);
        const headerKept = rows[0].length === grid[0].length && rows[0].every((cell, c) => cell === grid[0][c]);
        if (headerKept) expect(read.sources[0].rowsRead).toBe(rows.slice(1).filter((row) => !isBlank(row)).length);
        else expect(read.sources[0].rowsRead).toBeLessThan(rows.length);
      }),
      run(600, 5),
    );
  });

  it("4 to 6 rows spoiled (600 grids): every other row counted as the naive reading counts it", () => {
    const spoiledRows = fc.uniqueArray(
      fc.tuple(
        fc.noBias(fc.integer({ min: 1, max: grid.length - 1 })),
        fc.array(fc.tuple(fc.nat({ max: 11 }), junkCell), { minLength: 1, maxLength: 4 }),
      ),
      { minLength: 4, maxLength: 6, selector: ([row]) => row },
    );
    fc.assert(
      fc.property(spoiledRows, (spoiled) => {
        const cells = new Map(spoiled);
        const rows = grid.map((row) => [...row]);
        const segments: Segment[] = [];
        for (let r = 1; r < rows.length; r++) {
          const changes = cells.get(r);
          const last = segments[segments.length - 1];
          if (changes) {
            for (const [column, value] of changes) rows[r][column] = value;
            segments.push({ spoiled: 1, least: 0 });
          } else if (last && "untouched" in last) last.untouched.push(naive[r]);
          else segments.push({ untouched: [naive[r]] });
        }
        const read = readGrid(rows);
        if (read instanceof AssessmentError) throw read; // the header is untouched: never refused
        checkAccounts(read);
        checkSegments(read, segments);
      }),
      run(600, 6),
    );
  });
});
