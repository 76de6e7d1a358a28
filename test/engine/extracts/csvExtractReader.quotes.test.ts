/**
 * Stray and unclosed quotes: each malformed line is set aside as one row with its
 * physical line number, and every other line is read. Expected numbers are worked
 * out by hand and checked against a naive count of the file's lines.
 */
import { CsvExtractReader, ExtractReader, SET_ASIDE, type ColumnMapping } from "../../../src/engine/extracts";
import type { ReadResult } from "../../../src/engine/extracts";

const HEADER =
  "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

/** A police.uk line; `location` is written as given (quotes and all). */
function line(id: string, district: string, location = "On or near Park Road"): string {
  return `${id},2024-01,Northshire Police,Northshire Police,-1.5,53.1,${location},E01000001,${district} 001A,Burglary,Under investigation,`;
}

/** Ten data lines: c1 to c10, alternately in Alpha and Beta. */
function policeUkLines(): string[] {
  return [HEADER, ...Array.from({ length: 10 }, (_, i) => line(`c${i + 1}`, i % 2 === 0 ? "Alpha" : "Beta"))];
}

/** Non-blank lines below the header: what a text editor would count as data rows. */
function naiveRowCount(text: string): number {
  return text
    .split(/\r\n|\n|\r/)
    .slice(1)
    .filter((l) => l.trim() !== "").length;
}

function read(text: string, chunkBytes = Infinity, mapping?: ColumnMapping): ReadResult {
  const bytes = new TextEncoder().encode(text);
  const reader = new ExtractReader();
  const csv = new CsvExtractReader(reader, "f.csv", { mapping });
  const step = Math.min(chunkBytes, Math.max(1, bytes.length));
  for (let at = 0; at < bytes.length; at += step) csv.push(bytes.subarray(at, at + step));
  csv.end();
  return reader.finish();
}

function ids(result: ReadResult): number {
  return result.table.length;
}

function perDistrict(result: ReadResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < result.table.length; i++) {
    const name = result.table.districts[result.table.district[i]];
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

const strayQuote = (...rows: number[]) => ({
  reason: SET_ASIDE.strayQuote,
  count: rows.length,
  examples: rows.map((row) => ({ source: "f.csv", row })),
});

describe("a police.uk CSV with a stray quote", () => {
  // Line 5 (c4) opens a quote before its location and never closes it: before the fix it swallowed c5 to c10.
  const lines = policeUkLines();
  lines[4] = line("c4", "Beta", '"On or near Mill Lane');
  const unclosed = lines.join("\n");

  it("sets aside that line alone, with its line number, and reads every other line", () => {
    const result = read(unclosed);
    expect(naiveRowCount(unclosed)).toBe(10);
    expect(result.sources[0]).toMatchObject({ rowsRead: 10, rowsKept: 9 });
    expect(result.setAside).toEqual([strayQuote(5)]);
    expect(ids(result)).toBe(9);
    // By hand: Alpha has c1, c3, c5, c7, c9; Beta has c2, c6, c8, c10 (c4 set aside).
    expect(perDistrict(result)).toEqual({ Alpha: 5, Beta: 4 });
  });

  it("sets aside an unclosed quote on the last line, with or without a final line break", () => {
    const last = policeUkLines();
    last[10] = line("c10", "Beta", '"On or near Mill Lane');
    for (const text of [last.join("\r\n"), `${last.join("\r\n")}\r\n`]) {
      const result = read(text);
      expect(result.sources[0]).toMatchObject({ rowsRead: 10, rowsKept: 9 });
      expect(result.setAside).toEqual([strayQuote(11)]);
    }
  });

  it('sets aside a quote inside an unquoted field (On or near "Foo Street)', () => {
    const inside = policeUkLines();
    inside[3] = line("c3", "Alpha", 'On or near "Foo Street');
    const result = read(inside.join("\n"));
    expect(result.sources[0]).toMatchObject({ rowsRead: 10, rowsKept: 9 });
    expect(result.setAside).toEqual([strayQuote(4)]);
    expect(perDistrict(result)).toEqual({ Alpha: 4, Beta: 5 });
  });

  it("sets aside text after a closing quote, and a quote that closes mid-field", () => {
    const after = policeUkLines();
    after[2] = line("c2", "Beta", '"On or near "Foo" Street"');
    after[6] = line("c6", "Beta", '"On or near Foo"x');
    const result = read(after.join("\n"));
    expect(result.sources[0]).toMatchObject({ rowsRead: 10, rowsKept: 8 });
    expect(result.setAside).toEqual([strayQuote(3, 7)]);
  });

  it("reads a line break in a quoted police.uk field as an unclosed quote: both lines set aside", () => {
    const broken = policeUkLines();
    broken.splice(3, 1, line("c3", "Alpha", '"On or near'), `Harbour Road",E01000001,Alpha 001A,Burglary,,`);
    const text = broken.join("\n");
    const result = read(text);
    expect(naiveRowCount(text)).toBe(11);
    expect(result.sources[0]).toMatchObject({ rowsRead: 11, rowsKept: 9 });
    expect(result.setAside).toEqual([strayQuote(4, 5)]);
  });

  it("still reads escaped quotes and quoted commas", () => {
    const fine = policeUkLines();
    fine[1] = line("c1", "Alpha", '"On or near ""The Crescent"", Market St"');
    fine[2] = line('"c2"', "Beta", '""');
    const result = read(fine.join("\n"));
    expect(result.sources[0]).toMatchObject({ rowsRead: 10, rowsKept: 10 });
    expect(result.setAside).toEqual([]);
  });

  it("gives the same result fed in chunks of every size from 1 byte up", () => {
    const cases = [unclosed, `${unclosed}\n${line("c11", "Alpha", '"open to the end')}`];
    const inside = policeUkLines();
    inside[3] = line("c3", "Alpha", 'On or near "Foo Street');
    cases.push(inside.join("\r\n"));
    for (const text of cases) {
      const whole = read(text);
      const size = new TextEncoder().encode(text).length;
      for (let chunkBytes = 1; chunkBytes <= size; chunkBytes++) {
        const result = read(text, chunkBytes);
        expect({ chunkBytes, table: Array.from(result.table.district), setAside: result.setAside }).toEqual({
          chunkBytes,
          table: Array.from(whole.table.district),
          setAside: whole.setAside,
        });
        expect(result.sources).toEqual(whole.sources);
      }
    }
  }, 60_000); // about 4,000 small reads: generous for a busy machine
});

describe("a Home Office CSV with a stray quote", () => {
  it("sets aside the one line", () => {
    const text = [
      "Financial Year,Financial Quarter,Force Name,CSP Name,Offence Group,Number of Offences",
      "2023/24,1,Cleveland,Hartlepool,Theft offences,10",
      '2023/24,2,Cleveland,"Hartlepool,Theft offences,"1,204"',
      "2023/24,3,Cleveland,Hartlepool,Theft offences,7",
    ].join("\n");
    const result = read(text);
    expect(result.sources[0]).toMatchObject({ rowsRead: 3, rowsKept: 2 });
    expect(Array.from(result.table.count ?? [])).toEqual([10, 7]);
    expect(result.setAside).toEqual([strayQuote(3)]);
  });
});

describe("a mapped table (a council log) with quoted line breaks", () => {
  const mapping: ColumnMapping = { date: "Incident date", area: "Ward", category: "Incident type" };

  it("reads a multi-line quoted field that closes, in a record of the header's width, as one record", () => {
    const text = [
      "Ref,Incident date,Ward,Incident type,Notes",
      '1,2024-05-01,North,Noise,"Loud music,',
      "caller rang twice",
      'third line"',
      "2,2024-05-20,,Noise,no ward",
      "3,2024-06-03,South,Noise,",
    ].join("\r\n");
    const result = read(text, Infinity, mapping);
    expect(result.sources[0]).toMatchObject({ rowsRead: 3, rowsKept: 2 });
    expect(perDistrict(result)).toEqual({ North: 1, South: 1 });
    // The row with no ward is on line 5: the physical line, after the three lines of record 1.
    expect(result.setAside).toEqual([
      { reason: SET_ASIDE.blankArea, count: 1, examples: [{ source: "f.csv", row: 5 }] },
    ]);
    for (let chunkBytes = 1; chunkBytes <= text.length; chunkBytes++)
      expect(read(text, chunkBytes, mapping).setAside).toEqual(result.setAside);
  });

  it("sets aside a multi-line record with too few fields, and reads on from the line after its first", () => {
    const text = [
      "Ref,Incident date,Ward,Incident type,Notes",
      '1,2024-05-01,"North',
      'East",Noise',
      "2,2024-05-20,South,Noise,",
      "3,2024-06-03,South,Noise,",
    ].join("\n");
    // Lines 2-3 close their quote but make 4 fields, not the header's 5: line 2 is set aside, and
    // line 3, read again on its own, has a stray quote.
    const result = read(text, Infinity, mapping);
    expect(naiveRowCount(text)).toBe(4);
    expect(result.sources[0]).toMatchObject({ rowsRead: 4, rowsKept: 2 });
    expect(result.setAside).toEqual([strayQuote(2, 3)]);
    expect(perDistrict(result)).toEqual({ South: 2 });
  });

  it("sets aside an unclosed quote that runs to the end of the file as one row, and reads the lines after it", () => {
    const text = [
      "Ref,Incident date,Ward,Incident type,Notes",
      '1,2024-05-01,North,Noise,"never closed',
      "2,2024-05-20,South,Noise,",
      "3,2024-06-03,South,Noise,",
      "",
    ].join("\n");
    const result = read(text, Infinity, mapping);
    expect(result.sources[0]).toMatchObject({ rowsRead: 3, rowsKept: 2 });
    expect(result.setAside).toEqual([strayQuote(2)]);
    for (let chunkBytes = 1; chunkBytes <= text.length; chunkBytes++)
      expect(read(text, chunkBytes, mapping).sources).toEqual(result.sources);
  });
});

describe("a mapped table whose quoted field runs on for more than 1 MB", () => {
  it("takes it for an unclosed quote (one row set aside) rather than carry the file to its end", () => {
    const mapping: ColumnMapping = { date: "Incident date", area: "Ward", category: "Incident type" };
    const filler = Array.from({ length: 40_000 }, (_, i) => `3,2024-06-03,South,Noise,line ${i}`);
    const text = [
      "Ref,Incident date,Ward,Incident type,Notes",
      '1,2024-05-01,North,Noise,"note',
      ...filler,
      'end"',
    ].join("\n");
    const result = read(text, 1 << 16, mapping);
    // Line 2 is set aside; the 40,000 lines inside the over-long "field" are rows; the last line has a stray quote.
    expect(result.sources[0]).toMatchObject({ rowsRead: 40_002, rowsKept: 40_000 });
    expect(result.setAside).toEqual([strayQuote(2, 40_003)]);
  }, 30_000);
});
