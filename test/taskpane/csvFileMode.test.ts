/**
 * File mode reading CSV files a chunk at a time (EngineSession and the worker handler,
 * in node): counts worked out by hand on small files, whatever the chunk size.
 */
import { defaultSettings } from "../../src/engine/assessment/settings";
import { AssessmentError } from "../../src/engine/errors";
import { SET_ASIDE, type ColumnMapping, type ReadResult } from "../../src/engine/extracts";
import { monthKey } from "../../src/engine/extracts/crimeTable";
import { Cancelled, EngineSession } from "../../src/taskpane/fileMode/engineSession";
import type { OpenedFile } from "../../src/taskpane/fileMode/protocol";
import type { Progress } from "../../src/workbook/host";
import { POLICE_UK_HEADER, policeUkCsv } from "./policeUkFixture";

const READ = { isCancelled: () => false, onFraction: () => undefined };
const CHUNK_SIZES = [1, 2, 3, 5, 7, 64, 4 << 20];

/** Rows per district, counted from the table. */
function perDistrict(read: ReadResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < read.table.length; i++) {
    const name = read.table.districts[read.table.district[i]];
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

function months(read: ReadResult): string[] {
  return [...new Set(Array.from(read.table.month, monthKey))].sort();
}

/** A File that counts the slices read from it. */
function countingFile(name: string, text: string): OpenedFile & { slices: number } {
  const file = new File([text], name);
  const counting = {
    name,
    size: file.size,
    slices: 0,
    slice(start?: number, end?: number) {
      counting.slices++;
      return file.slice(start, end);
    },
  };
  return counting;
}

// A byte-order mark, CRLF endings, a quoted field holding commas and quotes, a line break
// in a quoted field (which police.uk never has: an unclosed quote, so lines 3 and 4 are set
// aside), a two-byte character (ô), a blank line, a row with no LSOA, no final line break.
const TRICKY = [
  `\uFEFF${POLICE_UK_HEADER}`,
  'a1,2024-04,Northshire Police,Northshire Police,-1.5,53.1,"On or near ""The Crescent"", Market St",E01000001,Ynys Môn 001A,Burglary,Under investigation,',
  ',2024-04,Northshire Police,Northshire Police,-1.5,53.1,"On or near\r\nHarbour Road",E01000002,Ynys Môn 002B,Anti-social behaviour,,',
  "",
  "a2,2024-05,Northshire Police,Northshire Police,-1.5,53.1,On or near Park,E01000003,Marsh and Dale 003C,Vehicle crime,Under investigation,",
  "a3,2024-05,Northshire Police,Northshire Police,,,No location,,,Drugs,Under investigation,",
  "a4,2025-03,Northshire Police,Northshire Police,-1.5,53.1,On or near Mill Lane,E01000004,Marsh and Dale 004D,Violence and sexual offences,Under investigation,",
].join("\r\n");

describe("a police.uk CSV read in chunks", () => {
  it.each(CHUNK_SIZES)("is described and read the same, %i bytes at a time", async (chunkBytes) => {
    const session = new EngineSession(chunkBytes);
    await session.open(new File([TRICKY], "tricky.csv"));
    // By hand: six data lines (the blank line is not one); lines 3 and 4 and a3 (no LSOA) are set aside,
    // so a1, a2 and a4 are counted: in Apr 2024, May 2024 and Mar 2025.
    expect(session.discover()).toEqual([
      {
        id: "tricky.csv",
        name: "tricky.csv",
        kind: "file",
        format: "police-uk",
        rows: 6,
        firstMonth: "2024-04",
        lastMonth: "2025-03",
        months: ["2024-04", "2024-05", "2025-03"],
        districts: ["Marsh and Dale", "Ynys Môn"],
        forces: ["Northshire Police"],
        headers: POLICE_UK_HEADER.split(","),
      },
    ]);

    // The same file under a second name, so that the read streams both files again.
    await session.open(new File([TRICKY], "tricky copy.csv"));
    const read = await session.read(["tricky.csv", "tricky copy.csv"], {}, READ);
    // The copy holds the same rows, so it is counted once: its six rows are set aside.
    expect(read.sources.map((s) => [s.name, s.rowsRead, s.rowsKept])).toEqual([
      ["tricky.csv", 6, 3],
      ["tricky copy.csv", 6, 0],
    ]);
    expect(perDistrict(read)).toEqual({ "Ynys Môn": 1, "Marsh and Dale": 2 });
    expect(months(read)).toEqual(["2024-04", "2024-05", "2025-03"]);
    expect(read.setAside).toEqual([
      {
        reason: SET_ASIDE.strayQuote,
        count: 2,
        // Row numbers are the lines a text editor shows: the header is line 1.
        examples: [
          { source: "tricky.csv", row: 3 },
          { source: "tricky.csv", row: 4 },
        ],
      },
      { reason: SET_ASIDE.blankLsoa, count: 1, examples: [{ source: "tricky.csv", row: 7 }] },
      {
        reason: 'Same rows as "tricky.csv" (counted once)',
        count: 6,
        examples: [2, 3, 4, 6, 7].map((row) => ({ source: "tricky copy.csv", row })),
      },
    ]);
    // Counted once, no Crime ID repeats.
    expect(read.duplicateCrimeIds.count).toBe(0);
  });

  it("gives the counts of the pane's fixture 7 bytes at a time, with progress as it reads", async () => {
    const session = new EngineSession(7);
    await session.open(new File([policeUkCsv()], "cleveland.csv"));
    // Each month Alpha has 3 burglaries and 1 ASB incident, Beta 2 burglaries: 24 months.
    expect(session.discover()[0]).toMatchObject({ rows: 144, districts: ["Alpha", "Beta"] });
    await session.open(new File(["Ref\n1\n"], "other.csv")); // so the run reads the fixture again
    const fractions: number[] = [];
    const read = await session.read(["cleveland.csv"], {}, { ...READ, onFraction: (f) => fractions.push(f) });
    expect(perDistrict(read)).toEqual({ Alpha: 96, Beta: 48 });
    expect(fractions.length).toBe(Math.ceil(new Blob([policeUkCsv()]).size / 7));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
  });
});

describe("a CSV that is not an extract", () => {
  const LOG = [
    "Ref,Incident date,Ward,Incident type",
    "1,2024-05-01,North,Noise",
    '2,2024-05-20,North,"Noise, amplified"',
    "",
    "3,2024-06-03,South,Noise",
    '4,2024-06-09,"South",Noise',
    "",
  ].join("\n");
  const MAPPING: ColumnMapping = { date: "Incident date", area: "Ward", category: "Incident type" };

  it.each([1, 3, 64])("is listed with its headers and rows, %i bytes at a time", async (chunkBytes) => {
    const session = new EngineSession(chunkBytes);
    await session.open(new File([LOG], "asb-log.csv"));
    const [source] = session.discover();
    expect(source).toMatchObject({
      format: null,
      rows: 4, // by hand: four data lines; blank lines are not rows
      headers: ["Ref", "Incident date", "Ward", "Incident type"],
      districts: [],
    });
    expect(source.problem).toMatch(/not a crime extract/);
  });

  it.each([1, 4, 64])(
    "is listed with its headers when separated by semicolons, %i bytes at a time",
    async (chunkBytes) => {
      const session = new EngineSession(chunkBytes);
      await session.open(
        new File([LOG.replace(/,/g, ";").replace('"Noise; amplified"', '"Noise, amplified"')], "asb.csv"),
      );
      expect(session.discover()[0]).toMatchObject({
        format: null,
        rows: 4,
        headers: ["Ref", "Incident date", "Ward", "Incident type"],
      });
      const read = await session.read(["asb.csv"], { "asb.csv": MAPPING }, READ);
      expect(read.sources[0]).toMatchObject({ format: "mapped", rowsRead: 4, rowsKept: 4, delimiter: "semicolon" });
      expect([...read.table.categories].sort()).toEqual(["Noise", "Noise, amplified"]);
    },
  );

  it("counts a quoted line break as part of its row", async () => {
    const session = new EngineSession(2);
    await session.open(new File(['Ref,Notes\n1,"two\nlines"\n2,x'], "notes.csv"));
    expect(session.discover()[0].rows).toBe(2);
  });

  it.each([1, 5, 64])("is read with its mapping, %i bytes at a time", async (chunkBytes) => {
    const session = new EngineSession(chunkBytes);
    await session.open(new File([LOG], "asb-log.csv"));
    const mappings = { "asb-log.csv": MAPPING };
    expect(await session.listAreas(["asb-log.csv"], mappings)).toEqual(["North", "South"]);
    const read = await session.read(["asb-log.csv"], mappings, READ);
    expect(read.sources[0]).toMatchObject({ format: "mapped", rowsRead: 4, rowsKept: 4 });
    expect(perDistrict(read)).toEqual({ North: 2, South: 2 });
    expect(months(read)).toEqual(["2024-05", "2024-06"]);
    expect([...read.table.categories].sort()).toEqual(["Noise", "Noise, amplified"]);
  });

  it("says which file, when a mapping names a column it does not have", async () => {
    const session = new EngineSession(3);
    await session.open(new File([LOG], "asb-log.csv"));
    const wrong = { "asb-log.csv": { ...MAPPING, area: "Beat" } };
    const reading = session.listAreas(["asb-log.csv"], wrong);
    await expect(reading).rejects.toBeInstanceOf(AssessmentError);
    await expect(reading).rejects.toMatchObject({ source: "asb-log.csv", message: /Beat/ });
  });

  it("cannot be read without a mapping", async () => {
    const session = new EngineSession(3);
    await session.open(new File([LOG], "asb-log.csv"));
    await expect(session.listAreas(["asb-log.csv"], {})).rejects.toMatchObject({
      name: "AssessmentError",
      source: "asb-log.csv",
    });
  });
});

describe("cancelling a run while it reads", () => {
  it("stops between chunks, leaving the rest of the file unread", async () => {
    const session = new EngineSession(64);
    const file = countingFile("cleveland.csv", policeUkCsv());
    await session.open(file);
    await session.open(new File(["Ref\n1\n"], "other.csv")); // so the run reads the fixture again
    const chunks = Math.ceil(file.size / 64);
    file.slices = 0;

    const progress: Progress[] = [];
    let cancelled = false;
    const running = session.run(
      { sourceIds: ["cleveland.csv"], settings: defaultSettings("Alpha"), mappings: {} },
      (p) => {
        progress.push(p);
        if (p.stage === "reading" && p.fraction > 0.05) cancelled = true; // after the first chunk
      },
      () => cancelled,
    );
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    expect(progress.map((p) => p.stage)).toEqual(["reading", "reading"]);
    // The first chunk, the one read ahead of it, and the one read ahead while that one waited.
    expect(chunks).toBeGreaterThan(200);
    expect(file.slices).toBeLessThanOrEqual(3);

    // A later run reads the whole file again: the cancelled read was not kept.
    cancelled = false;
    file.slices = 0;
    const read = await session.read(["cleveland.csv"], {}, READ);
    expect(perDistrict(read)).toEqual({ Alpha: 96, Beta: 48 });
    expect(file.slices).toBe(chunks);
  });
});

describe("a file that is not CSV text, or whose header is out of place", () => {
  it("is refused on opening, named, with what to do", async () => {
    const session = new EngineSession(3);
    const gzip = new File([Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00])], "street.csv.gz.csv");
    await expect(session.open(gzip)).rejects.toMatchObject({
      name: "AssessmentError",
      source: "street.csv.gz.csv",
      message: expect.stringMatching(/compressed \(gzip\)/),
      advice: expect.stringMatching(/Unpack it first/),
    });
  });

  it("is listed with where its header is when that is below row 20", async () => {
    const session = new EngineSession(5);
    await session.open(new File([`${"Note\n".repeat(24)}${policeUkCsv()}`], "late.csv"));
    expect(session.discover()[0]).toMatchObject({
      format: null,
      problem: expect.stringMatching(/header row on row 25, but the header row must be within the first 20 rows/),
    });
  });
});
