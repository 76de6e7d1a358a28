/**
 * --keep-source: a source that looks like a filtered copy of another is left out,
 * the run says how to keep it, and naming it counts it; a name that matches no
 * source is an error listing the sources read, with nothing written.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assessCommand, runAssessment } from "../../src/cli/assessCommand";
import { AssessmentError } from "../../src/engine/errors";

const HEADER =
  "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";
const line = (i: number) =>
  `id${i},2025-0${1 + (i % 3)},Testshire Police,Testshire Police,-1.5,54.5,On or near Mill Lane,E01900001,Aldbury 001A,Burglary,,`;
/** force.csv: 30 burglaries in Aldbury (Jan-Mar 2025); mine.csv: the first 25 of them, so a filtered copy. */
const FORCE = [HEADER, ...Array.from({ length: 30 }, (_, i) => line(i))].join("\n") + "\n";
const MINE = [HEADER, ...Array.from({ length: 25 }, (_, i) => line(i))].join("\n") + "\n";

let dir: string;
let outDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "keep-source-"));
  outDir = mkdtempSync(join(tmpdir(), "keep-source-out-"));
  writeFileSync(join(dir, "force.csv"), FORCE);
  writeFileSync(join(dir, "mine.csv"), MINE);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  process.exitCode = undefined;
});

it("leaves the copy out, and prints the flag that would keep it", async () => {
  const out: string[] = [];
  const outcome = await assessCommand(
    { inputs: [dir], area: "Aldbury", out: join(outDir, "a.xlsx") },
    { out: (l) => out.push(l), err: () => undefined },
  );
  expect(outcome!.read.sources.map((s) => [s.name, s.rowsRead, s.rowsKept])).toEqual([
    ["force.csv", 30, 30],
    ["mine.csv", 25, 0],
  ]);
  expect(out).toContain("Read this first:");
  expect(out).toContain('  - To count "mine.csv" as well: --keep-source "mine.csv"');
  expect(outcome!.assessment.quality.notes.some((n) => n.includes('--keep-source "mine.csv"'))).toBe(true);
});

it("counts a source named with --keep-source (any case): 55 rows counted, 25 of them repeated IDs", async () => {
  const outcome = await runAssessment({
    inputs: [dir],
    area: "Aldbury",
    out: join(outDir, "a.xlsx"),
    keepSources: ["MINE.csv"],
  });
  expect(outcome.read.sources.map((s) => [s.name, s.rowsKept])).toEqual([
    ["force.csv", 30],
    ["mine.csv", 25],
  ]);
  expect(outcome.read.duplicateCrimeIds.count).toBe(25);
  expect(outcome.read.sources.some((s) => s.leftOut)).toBe(false);
});

it("refuses a name that matches no source, listing the sources read, and writes nothing", async () => {
  const out = join(outDir, "a.xlsx");
  let error: unknown;
  try {
    await runAssessment({ inputs: [dir], area: "Aldbury", out, keepSources: ["mine.csv", "theirs.csv"] });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AssessmentError);
  expect((error as AssessmentError).describe()).toContain('"theirs.csv" is not one of the sources read.');
  expect((error as AssessmentError).describe()).toContain('Sources read: "force.csv", "mine.csv".');
  expect((error as AssessmentError).describe()).toContain("--keep-source");
  expect(existsSync(out)).toBe(false);
});
