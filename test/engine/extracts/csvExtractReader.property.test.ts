import fc from "fast-check";
import Papa from "papaparse";
import { CsvExtractReader, ExtractReader, readGrids, SET_ASIDE } from "../../../src/engine/extracts";
import type { ReadResult } from "../../../src/engine/extracts";

const HEADER = ["Crime ID", "Month", "Falls within", "LSOA name", "Crime type", "Location"];
// No line breaks: a police.uk field never holds one (the mapped-table property below has them).
const awkward = fc.constantFrom("", "a", ",", '"', " ", "é", "€", "x,y", '"q"');
const text = fc.array(awkward, { maxLength: 4 }).map((parts) => parts.join(""));
const row = fc.tuple(
  fc.constantFrom("", "id1", "id2", "id,3", '"id4"', "ïd5"),
  fc.constantFrom("2024-01", "2024-02", "bad", ""),
  fc.constantFrom("Northshire Police", "", "Other, Force"),
  fc.constantFrom("St. Aldric 001A", "Marsh and Dale 002B", "", "Ynys Môn 003C", '"Quoted" 004D'),
  fc.constantFrom("Burglary", "Drugs", "anti-social behaviour", "Fraud", ""),
  text,
);

function summary(result: ReadResult): unknown {
  const t = result.table;
  const rows = Array.from({ length: t.length }, (_, i) => [
    t.month[i],
    t.districts[t.district[i]],
    t.forces[t.force[i]],
    t.categories[t.category[i]],
  ]);
  return {
    rows,
    setAside: result.setAside,
    duplicates: result.duplicateCrimeIds,
    rowsRead: result.sources[0].rowsRead,
  };
}

function viaCsvReader(bytes: Uint8Array, cuts: number[]): ReadResult | string {
  const reader = new ExtractReader();
  const csv = new CsvExtractReader(reader, "f.csv");
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    csv.push(bytes.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  csv.push(bytes.subarray(from));
  csv.end();
  try {
    return reader.finish();
  } catch (error) {
    return (error as Error).message;
  }
}

function viaPapaparse(csvText: string): ReadResult | string {
  const rows = Papa.parse<string[]>(csvText, { skipEmptyLines: false }).data;
  try {
    return readGrids([{ name: "f.csv", kind: "file", rows }]);
  } catch (error) {
    return (error as Error).message;
  }
}

describe("CsvExtractReader against papaparse", () => {
  it("reads any quoted, split file as papaparse + readGrids read it whole", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 5 }),
        (rows, crlf, cutSeeds) => {
          const csvText = Papa.unparse([HEADER, ...rows], { newline: crlf ? "\r\n" : "\n" });
          const bytes = new TextEncoder().encode(csvText);
          const cuts = cutSeeds.map((seed) => seed % (bytes.length + 1));
          const ours = viaCsvReader(bytes, cuts);
          const theirs = viaPapaparse(csvText);
          expect(typeof ours === "string" ? ours : summary(ours)).toEqual(
            typeof theirs === "string" ? theirs : summary(theirs),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("Crime IDs from cells and from CSV bytes", () => {
  it("hash alike, so an ID in a sheet and again in a CSV file is one repeat", () => {
    const id = fc
      .string({ unit: fc.constantFrom("a", "f", "0", "9", "-", "é", "漢", " "), minLength: 1, maxLength: 70 })
      .filter((s) => s.trim() === s && s !== "");
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 8 }), (ids) => {
        // The file holds the sheet's rows, so it would be counted once: keep it to count the repeats.
        const reader = new ExtractReader({ keepSources: ["f.csv"] });
        reader.addSource("sheet", "sheet", {
          format: "police-uk",
          headerRowIndex: 0,
          columns: { crimeId: 0, month: 1, force: 2, lsoaName: 3, crimeType: 4 },
          headers: [],
        });
        reader.addRows(
          ids.map((i) => [i, "2024-01", "F", "A 001A", "Drugs"]),
          2,
        );
        const csv = new CsvExtractReader(reader, "f.csv");
        csv.push(
          new TextEncoder().encode(
            Papa.unparse([HEADER.slice(0, 5), ...ids.map((i) => [i, "2024-01", "F", "A 001A", "Drugs"])]),
          ),
        );
        csv.end();
        const result = reader.finish();
        expect(result.duplicateCrimeIds.count).toBe(ids.length);
        expect(result.duplicateCrimeIds.examples.map((e) => e.crimeId)).toEqual(ids.slice(0, 5));
      }),
      { numRuns: 200 },
    );
  });
});

describe("CsvExtractReader on a mapped table with line breaks in quoted fields", () => {
  const LOG_HEADER = ["Ref", "Incident date", "Ward", "Incident type", "Notes"];
  const mapping = { date: "Incident date", area: "Ward", category: "Incident type" };
  const notes = fc
    .array(fc.constantFrom("", "a", ",", '"', "\n", "\r\n", " ", "é", "x,y"), { maxLength: 4 })
    .map((parts) => parts.join(""));
  const logRow = fc.tuple(
    fc.constantFrom("1", "2", ""),
    fc.constantFrom("2024-05-01", "2024-06-03", "bad", ""),
    fc.constantFrom("North", "South", "", "North, East", "Line\nbreak"),
    fc.constantFrom("Noise", "Noise, amplified", "", 'Say "hi"'),
    notes,
  );

  it("reads each record (a quoted line break does not end it) as papaparse + readGrids read it", () => {
    fc.assert(
      fc.property(fc.array(logRow, { minLength: 1, maxLength: 10 }), fc.boolean(), fc.nat(), (rows, crlf, cutSeed) => {
        const csvText = Papa.unparse([LOG_HEADER, ...rows], { newline: crlf ? "\r\n" : "\n" });
        const bytes = new TextEncoder().encode(csvText);
        const readCsv = () => {
          const reader = new ExtractReader();
          const csv = new CsvExtractReader(reader, "f.csv", { mapping });
          const cut = cutSeed % (bytes.length + 1);
          csv.push(bytes.subarray(0, cut));
          csv.push(bytes.subarray(cut));
          csv.end();
          return reader.finish();
        };
        const grid = Papa.parse<string[]>(csvText, { skipEmptyLines: false }).data;
        const outcome = (read: () => ReadResult) => {
          try {
            const result = read();
            // Row numbers differ on purpose (physical lines here, records in a grid): compare reasons and counts.
            const setAside = result.setAside.map(({ reason, count }) => ({ reason, count }));
            return { ...(summary(result) as object), setAside };
          } catch (error) {
            return (error as Error).message;
          }
        };
        // A table with no readable date at all is an error from both, quoting the same values.
        expect(outcome(readCsv)).toEqual(
          outcome(() => readGrids([{ name: "f.csv", kind: "file", rows: grid }], { "f.csv": mapping })),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("CsvExtractReader with stray quotes put into a police.uk file", () => {
  const GOOD_ROW = ["id0", "2024-01", "Northshire Police", "St. Aldric 001A", "Burglary", "x"];

  /** The result with the stray-quote entry taken out (and returned apart), set-asides in a fixed order. */
  function split(result: ReadResult): { rest: unknown; quotes: unknown } {
    const bySource = [...result.setAside].sort((a, b) => a.reason.localeCompare(b.reason));
    const quotes = bySource.find((s) => s.reason === SET_ASIDE.strayQuote) ?? null;
    const rest = { ...(summary(result) as object), setAside: bySource.filter((s) => s !== quotes), rowsRead: null };
    return { rest, quotes };
  }

  it("sets aside exactly the lines given a quote, one row each, and reads every other line as before", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (rows, crlf, quoteSeeds, cutSeeds) => {
          const newline = crlf ? "\r\n" : "\n";
          const lines = Papa.unparse([HEADER, GOOD_ROW, ...rows], { newline }).split(newline);
          // One quote into each chosen data line (never the header or the good row on lines 1 and 2).
          const chosen = new Map<number, number>();
          for (const [lineSeed, at] of quoteSeeds) chosen.set(2 + (lineSeed % rows.length), at);
          const mutated = lines.map((line, i) =>
            chosen.has(i)
              ? `${line.slice(0, chosen.get(i)! % (line.length + 1))}"${line.slice(chosen.get(i)! % (line.length + 1))}`
              : line,
          );
          const blanked = lines.map((line, i) => (chosen.has(i) ? "" : line));
          const bytes = new TextEncoder().encode(mutated.join(newline));
          const ours = viaCsvReader(
            bytes,
            cutSeeds.map((seed) => seed % (bytes.length + 1)),
          );
          const expected = viaCsvReader(new TextEncoder().encode(blanked.join(newline)), []);
          if (typeof ours === "string" || typeof expected === "string") throw new Error("the good row is always read");
          const lineNumbers = [...chosen.keys()].sort((a, b) => a - b).map((i) => i + 1);
          expect(split(ours).rest).toEqual(split(expected).rest);
          expect(split(ours).quotes).toEqual({
            reason: SET_ASIDE.strayQuote,
            count: chosen.size,
            examples: lineNumbers.slice(0, 5).map((row) => ({ source: "f.csv", row })),
          });
          expect(ours.sources[0].rowsRead).toBe(expected.sources[0].rowsRead + chosen.size);
        },
      ),
      { numRuns: 300 },
    );
  });
});
