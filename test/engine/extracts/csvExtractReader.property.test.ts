import fc from "fast-check";
import Papa from "papaparse";
import { CsvExtractReader, ExtractReader, readGrids } from "../../../src/engine/extracts";
import type { ReadResult } from "../../../src/engine/extracts";

const HEADER = ["Crime ID", "Month", "Falls within", "LSOA name", "Crime type", "Location"];
const awkward = fc.constantFrom("", "a", ",", '"', "\n", "\r\n", " ", "é", "€", "x,y", '"q"');
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
