import Papa from "papaparse";
import { AssessmentError } from "../../../src/engine/errors";
import { CsvExtractReader, ExtractReader, readGrids, SET_ASIDE } from "../../../src/engine/extracts";
import type { CrimeTable, ReadResult } from "../../../src/engine/extracts";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function rowsOf(table: CrimeTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < table.length; i++) {
    const m = table.month[i];
    out.push(
      `${Math.floor(m / 12)}-${(m % 12) + 1}|${table.districts[table.district[i]]}|${table.forces[table.force[i]]}|${table.categories[table.category[i]]}`,
    );
  }
  return out;
}

function readChunks(name: string, chunks: Uint8Array[]): ReadResult {
  const reader = new ExtractReader();
  const csv = new CsvExtractReader(reader, name);
  for (const chunk of chunks) csv.push(chunk);
  csv.end();
  return reader.finish();
}

function summary(result: ReadResult): unknown {
  return {
    rows: rowsOf(result.table),
    setAside: result.setAside,
    duplicates: result.duplicateCrimeIds,
    sources: result.sources,
  };
}

// A byte-order mark, a title line, CRLF endings, quoted fields holding commas and quotes,
// a blank line, a two-byte character (ô) and no line break at the end. (A police.uk field
// never holds a line break: one that seems to is an unclosed quote, csvExtractReader.quotes.test.ts.)
const TRICKY = [
  "\uFEFFNorthshire extract,,,,",
  "Crime ID,Month,Falls within,LSOA name,Crime type,Location",
  'aa11,2024-01,Northshire Police,"St. Aldric 001A",Burglary,"On or near ""The Crescent"", Market St"',
  ',2024-01,Northshire Police,Ynys Môn 002B,Anti-social behaviour,"On or near, Harbour Road"',
  "",
  '"aa12",2024-02,"Northshire Police",Marsh and Dale 003C,"Vehicle crime",',
  "aa13,2024-02,Northshire Police,,Drugs,No location",
  'aa11,2024-02,Northshire Police,St. Aldric 004D,"Violence and sexual offences",""',
  "aa14,2024-13,Northshire Police,St. Aldric 004D,Robbery,x",
  "aa15,2024-03,Northshire Police,St. Aldric 004D,Fraud,x",
].join("\r\n");

describe("CsvExtractReader", () => {
  const bytes = encode(TRICKY);
  const whole = readChunks("tricky.csv", [bytes]);

  it("reads the hand-worked file", () => {
    expect(rowsOf(whole.table)).toEqual([
      "2024-1|St. Aldric|Northshire Police|Burglary",
      "2024-1|Ynys Môn|Northshire Police|Anti-social behaviour",
      "2024-2|Marsh and Dale|Northshire Police|Vehicle crime",
      "2024-2|St. Aldric|Northshire Police|Violence and sexual offences",
    ]);
    // Row numbers are the physical lines a text editor shows (the title is line 1, the header line 2).
    expect(whole.setAside).toEqual([
      { reason: SET_ASIDE.blankLsoa, count: 1, examples: [{ source: "tricky.csv", row: 7 }] },
      { reason: SET_ASIDE.unreadableMonth, count: 1, examples: [{ source: "tricky.csv", row: 9 }] },
      { reason: SET_ASIDE.unknownCrimeType, count: 1, examples: [{ source: "tricky.csv", row: 10 }] },
    ]);
    expect(whole.duplicateCrimeIds).toEqual({
      count: 1,
      examples: [{ source: "tricky.csv", row: 8, crimeId: "aa11" }],
    });
    expect(whole.sources[0]).toMatchObject({
      name: "tricky.csv",
      kind: "file",
      format: "police-uk",
      rowsRead: 7,
      rowsKept: 4,
    });
  });

  it("gives the same result wherever the file is split in two", () => {
    const expected = summary(whole);
    for (let at = 1; at < bytes.length; at++) {
      const result = readChunks("tricky.csv", [bytes.subarray(0, at), bytes.subarray(at)]);
      expect({ at, ...(summary(result) as object) }).toEqual({ at, ...(expected as object) });
    }
  });

  it("gives the same result fed one byte at a time", () => {
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b));
    expect(summary(readChunks("tricky.csv", chunks))).toEqual(summary(whole));
  });

  it("reads LF endings, and old Mac CR endings, like CRLF ones", () => {
    expect(summary(readChunks("tricky.csv", [encode(TRICKY.replace(/\r\n/g, "\n"))]))).toEqual(summary(whole));
    const cr = encode(TRICKY.replace(/\r\n/g, "\r"));
    expect(summary(readChunks("tricky.csv", [cr]))).toEqual(summary(whole));
    for (let at = 1; at < cr.length; at++)
      expect(summary(readChunks("tricky.csv", [cr.subarray(0, at), cr.subarray(at)]))).toEqual(summary(whole));
  });

  it("matches papaparse + readGrids on the same text (an independent parser)", () => {
    const parsed = Papa.parse<string[]>(TRICKY.replace(/^\uFEFF/, ""), { skipEmptyLines: false }).data;
    expect(summary(readGrids([{ name: "tricky.csv", kind: "file", rows: parsed }]))).toEqual(summary(whole));
  });

  it("treats a duplicate ID seen in a cell and in CSV bytes as the same ID", () => {
    const reader = new ExtractReader();
    reader.addSource("sheet", "sheet", {
      format: "police-uk",
      headerRowIndex: 0,
      columns: { crimeId: 0, month: 1, force: 2, lsoaName: 3, crimeType: 4 },
      headers: [],
    });
    reader.addRows([["ïd-1", "2024-01", "F", "A 001A", "Drugs"]], 2);
    const csv = new CsvExtractReader(reader, "file.csv");
    csv.push(
      encode(
        "Crime ID,Month,Falls within,LSOA name,Crime type\nïd-1,2024-01,F,A 001A,Drugs\nplain,2024-01,F,A 001A,Drugs\n",
      ),
    );
    csv.end();
    expect(reader.finish().duplicateCrimeIds).toEqual({
      count: 1,
      examples: [{ source: "file.csv", row: 2, crimeId: "ïd-1" }],
    });
  });

  it("names a file that is not an extract, with the columns found", () => {
    const reader = new ExtractReader();
    const csv = new CsvExtractReader(reader, "targets.csv");
    csv.push(encode("category,baseline_year,target_year\nBurglary,2023/24,2026/27\n"));
    let error: unknown;
    try {
      csv.end();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AssessmentError);
    expect((error as AssessmentError).describe()).toMatch(
      /^"targets\.csv": This file is not a crime extract.*Month, Falls within, LSOA name, Crime type.*category, baseline_year, target_year/,
    );
  });

  it("gives up looking for a header after 1,000 lines (the late-header search) without reading the rest", () => {
    const csv = new CsvExtractReader(new ExtractReader(), "long.csv");
    csv.push(encode("a,b\n".repeat(999)));
    expect(() => csv.push(encode("a,b\n"))).toThrow(/This file is not a crime extract.*first 20 rows/);
  });

  it("says an empty file looks empty", () => {
    const csv = new CsvExtractReader(new ExtractReader(), "empty.csv");
    expect(() => csv.end()).toThrow(/no header row in its first 20 rows \(it looks empty\)/);
  });

  it("reads a Home Office CSV with quoted thousands", () => {
    const text =
      'Financial Year,Financial Quarter,Force Name,CSP Name,Offence Group,Number of Offences\n2023/24,2,Cleveland,Hartlepool,Theft offences,"1,204"\n';
    const result = readChunks("ho.csv", [encode(text)]);
    expect(Array.from(result.table.count ?? [])).toEqual([1204]);
    expect(rowsOf(result.table)).toEqual(["2023-7|Hartlepool|Cleveland|Theft offences"]);
  });
});
