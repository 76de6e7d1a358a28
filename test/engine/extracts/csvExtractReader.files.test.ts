/**
 * Files that are not plain comma-separated UTF-8: other encodings and delimiters,
 * files that are not CSV text at all, very long fields, and header rows that are
 * too low or repeat a column. Each message is checked for what it tells the user.
 */
import { AssessmentError } from "../../../src/engine/errors";
import { CsvExtractReader, ExtractReader, SET_ASIDE } from "../../../src/engine/extracts";
import type { CrimeTable, ReadResult } from "../../../src/engine/extracts";
import { findCsvHeader, isCsvHeader } from "../../../src/engine/extracts/csv/csvHeader";
import { CsvRowCounter } from "../../../src/engine/extracts/csv/csvRowCounter";
import { parseSmallCsv } from "../../../src/engine/extracts/csv/smallCsv";

const HEADER = ["Crime ID", "Month", "Falls within", "LSOA name", "Crime type", "Location"];
const ROWS = [
  ["c1", "2024-01", "Northshire Police", "Ynys Môn 001A", "Burglary", "On or near Park Road"],
  ["", "2024-02", "Northshire Police", "Marsh and Dale 002B", "Anti-social behaviour", "On or near, Mill Lane"],
  ["c1", "2024-02", "Northshire Police", "", "Drugs", 'On or near "The Crescent"; Market St'],
  ["c3", "2024-03", "Northshire Police", "Ynys Môn 003C", "Vehicle crime", "x\ty"],
];

/** The rows written with `delimiter`, quoting a field that holds a delimiter or a quote. */
function csvText(delimiter: string, rows: string[][] = [HEADER, ...ROWS]): string {
  const quoteIfNeeded = (field: string) => (/[",;\t]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return rows.map((row) => row.map(quoteIfNeeded).join(delimiter)).join("\r\n");
}

function tableRows(table: CrimeTable): string[] {
  return Array.from(
    { length: table.length },
    (_, i) =>
      `${table.month[i]}|${table.districts[table.district[i]]}|${table.forces[table.force[i]]}|${table.categories[table.category[i]]}`,
  );
}

function readBytes(bytes: Uint8Array, chunkBytes = Infinity): ReadResult {
  const reader = new ExtractReader();
  const csv = new CsvExtractReader(reader, "f.csv");
  const step = Math.min(chunkBytes, Math.max(1, bytes.length));
  for (let at = 0; at < bytes.length; at += step) csv.push(bytes.subarray(at, at + step));
  csv.end();
  return reader.finish();
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes of text whose characters are all in that code page (as Excel would save it). */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { "€": 0x80, "’": 0x92, "–": 0x96 };
  return Uint8Array.from(text, (c) => high[c] ?? c.charCodeAt(0));
}

/** The AssessmentError thrown by reading `bytes`, described as the user sees it. */
function errorOf(bytes: Uint8Array): AssessmentError {
  try {
    readBytes(bytes);
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("no error was thrown");
}

describe("delimiters", () => {
  const comma = readBytes(utf8(csvText(",")));

  it.each([
    ["semicolon", ";"],
    ["tab", "\t"],
  ])("reads a %s-separated file as the comma version, and marks it", (name, delimiter) => {
    const bytes = utf8(csvText(delimiter));
    for (const chunkBytes of [1, 7, Infinity]) {
      const result = readBytes(bytes, chunkBytes);
      expect(tableRows(result.table)).toEqual(tableRows(comma.table));
      expect(result.setAside).toEqual(comma.setAside);
      expect(result.duplicateCrimeIds).toEqual(comma.duplicateCrimeIds);
      expect(result.sources[0]).toEqual({ ...comma.sources[0], delimiter: name });
    }
  });

  it("reads the comma version as worked out by hand, and does not mark it", () => {
    // c1, the ASB row and c3 are kept; the row with no LSOA (line 4) is set aside.
    expect(tableRows(comma.table)).toHaveLength(3);
    expect(comma.setAside).toEqual([
      { reason: SET_ASIDE.blankLsoa, count: 1, examples: [{ source: "f.csv", row: 4 }] },
    ]);
    expect(comma.sources[0].delimiter).toBeUndefined();
  });
});

describe("encodings", () => {
  it("reads a Windows-1252 file correctly (Ynys Môn, €, ’, –) and marks it", () => {
    const rows = [HEADER, ["c1", "2024-01", "North’s Police – €", "Ynys Môn 001A", "Burglary", "x"]];
    const result = readBytes(windows1252(csvText(",", rows)));
    expect(tableRows(result.table)).toEqual([`${2024 * 12}|Ynys Môn|North’s Police – €|Burglary`]);
    expect(result.sources[0].encoding).toBe("windows-1252");
  });

  it("does not mark a UTF-8 file, with or without a byte-order mark", () => {
    for (const text of [csvText(","), `\uFEFF${csvText(",")}`]) {
      const result = readBytes(utf8(text));
      expect(result.sources[0].encoding).toBeUndefined();
      expect(result.table.districts).toContain("Ynys Môn");
    }
  });

  it("finds a Windows-1252 header row and reads a small Windows-1252 table", () => {
    const bytes = windows1252("Area,Population\r\nYnys Môn,68900\r\n");
    expect(parseSmallCsv(bytes, "pop.csv")).toEqual([
      ["Area", "Population"],
      ["Ynys Môn", "68900"],
    ]);
  });
});

describe("a small table (population) read whole with papaparse", () => {
  it("guesses a semicolon delimiter and skips blank lines", () => {
    expect(parseSmallCsv(utf8("Area;Population\n\nAlpha;1200\n"), "pop.csv")).toEqual([
      ["Area", "Population"],
      ["Alpha", "1200"],
    ]);
  });

  it("refuses an unclosed quote, naming the file and row, rather than run rows together", () => {
    let error: unknown;
    try {
      parseSmallCsv(utf8('Area,Population\nAlpha,1200\n"Beta,900\nGamma,300\n'), "pop.csv");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AssessmentError);
    expect(error).toMatchObject({ source: "pop.csv", row: 3, message: expect.stringMatching(/not closed/) });
  });

  it("names a file that is not CSV text", () => {
    expect(() => parseSmallCsv(Uint8Array.from([0x1f, 0x8b, 0x08]), "pop.csv")).toThrow(/compressed \(gzip\)/);
  });
});

describe("files that are not CSV text", () => {
  const gzip = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c]);
  const zip = utf8("PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml");
  const binary = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49]);
  const utf16le = (text: string, bom: boolean) => {
    const units = Array.from(text, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat();
    return Uint8Array.from(bom ? [0xff, 0xfe, ...units] : units);
  };
  const utf16be = (text: string) =>
    Uint8Array.from([0xfe, 0xff, ...Array.from(text, (c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]).flat()]);

  it.each([
    ["gzip", gzip, /compressed \(gzip\)/, /Unpack it first/],
    [
      "zip",
      zip,
      /zip archive or an Excel workbook saved with a \.csv name/,
      /Unpack it.*open it in Excel and save it as CSV UTF-8/,
    ],
    ["binary", binary, /not text: it holds binary data/, /unpack it first.*save it as CSV UTF-8/],
    [
      "UTF-16 LE with a BOM",
      utf16le(csvText(","), true),
      /UTF-16/,
      /save it as CSV UTF-8 \(Excel: File > Save As > CSV UTF-8\)/,
    ],
    ["UTF-16 LE without a BOM", utf16le(csvText(","), false), /UTF-16/, /CSV UTF-8/],
    ["UTF-16 BE with a BOM", utf16be(csvText(",")), /UTF-16/, /CSV UTF-8/],
  ])("names a %s file and says what to do", (_, bytes, problem, advice) => {
    const error = errorOf(bytes);
    expect(error.source).toBe("f.csv");
    expect(error.message).toMatch(problem);
    expect(error.advice).toMatch(advice);
    // Whatever the chunking: the first bytes are waited for before anything is decided.
    expect(() => readBytes(bytes, 1)).toThrow(problem);
    expect(() => findCsvHeader(bytes, true, "f.csv")).toThrow(problem);
  });

  it("gives no mojibake: nothing of the file is quoted back", () => {
    expect(errorOf(utf16le(csvText(","), true)).describe()).not.toMatch(/closest|\u0000|\uFFFD/);
  });
});

describe("very long fields and lines", () => {
  const long = "X".repeat(300_000);

  it("reads a 300 KB field, quoted or not, without overflowing the stack", () => {
    const rows = [
      HEADER,
      ["c1", "2024-01", "Northshire Police", `${long} 001A`, "Burglary", long],
      ["c2", "2024-01", "Northshire Police", `${long}, 002B`, "Burglary", `"${long}"`],
    ];
    const result = readBytes(utf8(csvText(",", rows)), 64 * 1024);
    expect(result.sources[0]).toMatchObject({ rowsRead: 2, rowsKept: 2 });
    expect(result.table.districts.map((d) => d.length)).toEqual([300_000, 300_001]);
  }, 30_000); // a few large strings: generous for a busy machine

  it("finds the header below a 300 KB line, and describes a file of one long line", () => {
    const text = `${long}\n${csvText(",")}`;
    const result = readBytes(utf8(text), 64 * 1024);
    expect(result.sources[0]).toMatchObject({ rowsRead: 4, rowsKept: 3 });
    expect(result.setAside[0].examples).toEqual([{ source: "f.csv", row: 5 }]);
    expect(() => readBytes(utf8(long))).toThrow(/not a crime extract.*first 20 rows/);
  });
});

describe("where the header row is", () => {
  it("says on which row a header below row 20 is, and that it must be within the first 20 rows", () => {
    const notes = Array.from({ length: 24 }, (_, i) => `Note ${i + 1}`);
    const error = errorOf(utf8([...notes, csvText(",")].join("\n")));
    expect(error.row).toBe(25);
    expect(error.describe()).toMatch(
      /"f\.csv", row 25: This file has its header row on row 25, but the header row must be within the first 20 rows\. Delete the rows above the header \(rows 1 to 24\)/,
    );
  });

  it("states the 20-row rule when there is no header at all", () => {
    expect(errorOf(utf8("Ward,Total\nNorth,3\n")).message).toMatch(
      /not a crime extract.*No header row was found in its first 20 rows \(the header row must be within them\); the closest has: Ward, Total\./,
    );
  });

  it("names both columns of a duplicated header the format reads", () => {
    const header = ["Crime ID", "Month", "Falls within", "LSOA name", "Crime type", "month"];
    const error = errorOf(utf8(csvText(",", [header, ROWS[0]])));
    expect(error.message).toBe(
      'Columns B and F (the 2nd and 6th columns) are both headed "Month", so it is not clear which to read.',
    );
    expect(error.advice).toMatch(/Delete or rename one/);
    expect(error.row).toBe(1);
  });

  it("does not mind a repeated column the format does not read", () => {
    const header = ["Crime ID", "Month", "Falls within", "LSOA name", "Crime type", "Location", "Location"];
    const result = readBytes(utf8(csvText(",", [header, [...ROWS[0], "again"]])));
    expect(result.sources[0]).toMatchObject({ rowsRead: 1, rowsKept: 1 });
  });

  it("finds the header the same way for the file mode, with its delimiter", () => {
    const found = findCsvHeader(utf8(`Title\n${csvText(";")}`), true, "f.csv");
    expect(isCsvHeader(found) && [found.delimiter, found.detection.headerRowIndex]).toEqual([";", 1]);
  });
});

describe("CsvRowCounter", () => {
  // Counted by hand: the rows below the header (the first line with something in it) that hold something.
  it.each([
    ["", 0],
    ["Ref,Notes", 0],
    ["Ref,Notes\n", 0],
    ["\nRef,Notes\r\n1,a\r\n2,b\r\n", 2],
    ["Ref,Notes\r1,a\r2,b", 2], // old Mac line ends, no line break at the end
    ['Ref,Notes\n1,"two\nlines"\n2,"a ""quoted"", comma"\n', 2], // a quoted line break is not a new row
    ["Ref,Notes\n\n1,a\n , ,\n\r\n2,b\n\n", 2], // blank lines and a line of only commas and spaces
    ['Ref,Notes\n"",""\n1,a\n', 1], // a record of empty quoted fields is blank
    ['Ref,Notes\n1,"never closed\n2,b\n3,c\n', 3], // the unclosed quote is one row; the lines after it are read
    ['Ref;Notes\n1;"a;\nb"\n2;c\n', 2], // semicolons: a two-line record of the header's two fields
  ])("%j has %i rows", (text, expected) => {
    const bytes = utf8(text);
    for (const chunkBytes of [1, 2, 3, 1000]) {
      const counter = new CsvRowCounter("f.csv");
      for (let at = 0; at < bytes.length; at += chunkBytes) counter.push(bytes.subarray(at, at + chunkBytes));
      counter.end();
      expect(counter.rowsBelowHeader).toBe(expected);
    }
  });
});
