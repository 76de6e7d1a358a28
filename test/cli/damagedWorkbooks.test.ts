/**
 * A file with an .xlsx name that is not a sound workbook gets one clear message
 * and exit code 1 (never a crash, never a silent exit), and nothing is written.
 * Found in a folder, it is skipped with a note instead.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assessCommand, runAssessment } from "../../src/cli/assessCommand";
import { damagedWorkbooks, extractWorkbook, plainRows, sheetsLast, spoilPart } from "./workbookFixtures";

// Writing and reading workbooks with ExcelJS takes seconds on a busy 2-core machine.
jest.setTimeout(60_000);

const STREET = join(__dirname, "fixtures", "valid", "street-small.csv");
const ADVICE = "Open it in Excel and save it again as .xlsx, or if it is a CSV give it a .csv name.";

let dir: string;
let extracts: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "damaged-"));
  extracts = join(dir, "in");
  mkdirSync(extracts);
  out = join(dir, "assessment.xlsx");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

/** The message for a damaged file; for spoiled compressed data, zlib's own words follow the reason given. */
const message = (name: string, reason: string) =>
  new RegExp(
    `^"${name}": This file is not a valid Excel workbook \\(${reason.replace(/[.()]/g, "\\$&")}.*\\)\\. ${ADVICE.replace(/\./g, "\\.")}$`,
  );

describe("a named damaged workbook", () => {
  it("stops the run with the file's name, the reason and the advice; exit code 1; nothing written", async () => {
    for (const [name, bytes, reason] of await damagedWorkbooks(readFileSync(STREET))) {
      const path = join(extracts, name);
      writeFileSync(path, bytes);
      const err: string[] = [];
      await assessCommand({ inputs: [path], area: "Aldbury", out }, { out: () => undefined, err: (l) => err.push(l) });
      expect([name, process.exitCode]).toEqual([name, 1]);
      expect(err).toHaveLength(1);
      expect(err[0].replace(/^Error: /, "")).toMatch(message(name, reason));
      expect(readdirSync(dir)).toEqual(["in"]);
      rmSync(path);
    }
  });
});

describe("a damaged workbook found in a folder", () => {
  it("is skipped with a note, and the folder's other extracts are read", async () => {
    copyFileSync(STREET, join(extracts, "street.csv"));
    const files = await damagedWorkbooks(readFileSync(STREET));
    for (const [name, bytes] of files) writeFileSync(join(extracts, name), bytes);
    const outcome = await runAssessment({ inputs: [extracts], area: "Aldbury", out });
    expect(outcome.read.sources.map((s) => [s.name, s.rowsRead])).toEqual([["street.csv", 54]]);
    const sorted = [...files].sort(([a], [b]) => a.localeCompare(b, "en-GB", { numeric: true }));
    expect(outcome.notes).toHaveLength(files.length);
    sorted.forEach(([name, , reason], i) => {
      expect(outcome.notes[i].startsWith(`Skipped ${name}: `)).toBe(true);
      expect(outcome.notes[i].slice(`Skipped ${name}: `.length)).toMatch(message(name, reason));
    });
  });

  it("stops the run if it is found damaged after some of its rows were counted (nothing is counted in part)", async () => {
    // The extract sheet is read as it is unzipped; the notes sheet after it is damaged.
    const workbook = await sheetsLast(await extractWorkbook(plainRows(20), { notes: 200 }));
    writeFileSync(join(extracts, "two.xlsx"), spoilPart(workbook, "xl/worksheets/sheet2.xml"));
    copyFileSync(STREET, join(extracts, "street.csv"));
    const err: string[] = [];
    await assessCommand(
      { inputs: [extracts], area: "Aldbury", out },
      { out: () => undefined, err: (l) => err.push(l) },
    );
    expect(process.exitCode).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0].replace(/^Error: /, "")).toMatch(message("two.xlsx", "its contents are damaged: "));
    expect(readdirSync(dir)).toEqual(["in"]);
  });

  it("is read when sound, sheets last or not (the check above is on the damage, not the order)", async () => {
    const workbook = await sheetsLast(await extractWorkbook(plainRows(20), { notes: 200 }));
    writeFileSync(join(extracts, "two.xlsx"), workbook);
    const outcome = await runAssessment({ inputs: [extracts], area: "Aldbury", out });
    expect(outcome.read.sources.map((s) => [s.name, s.rowsRead])).toEqual([["two.xlsx: Street", 20]]);
  });
});
