/** Which files a run reads: links that lead nowhere are skipped with a note, and each real file is read once. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runAssessment } from "../../src/cli/assessCommand";
import { listInputFiles } from "../../src/cli/inputFiles";
import { AssessmentError } from "../../src/engine/errors";

const STREET = join(__dirname, "fixtures", "valid", "street-small.csv");
/** street-small.csv's data rows, counted by hand (see assessCommand.test.ts). */
const STREET_ROWS = 54;

let dir: string;
let extracts: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "input-files-"));
  extracts = join(dir, "in");
  mkdirSync(extracts);
  copyFileSync(STREET, join(extracts, "2024-04.csv"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

async function failure(promise: Promise<unknown>): Promise<AssessmentError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof AssessmentError) return error;
  throw error ?? new Error("expected the run to fail");
}

describe("links in an input folder", () => {
  it("skips a link loop and a link to a missing file, with a note for each, and reads the rest", async () => {
    symlinkSync(join(extracts, "loop.csv"), join(extracts, "loop.csv"));
    symlinkSync(join(dir, "gone.csv"), join(extracts, "broken.csv"));
    const listed = await listInputFiles([extracts]);
    expect(listed.files.map((f) => f.shown)).toEqual([join(extracts, "2024-04.csv")]);
    expect(listed.notes).toEqual([
      `Skipped broken.csv: it is a link to "${join(dir, "gone.csv")}", which does not exist.`,
      "Skipped loop.csv: it is a link that leads back to itself (a loop).",
    ]);

    const outcome = await runAssessment({ inputs: [extracts], area: "Aldbury", out: join(dir, "a.xlsx") });
    expect(outcome.read.sources.map((s) => [s.name, s.rowsRead])).toEqual([["2024-04.csv", STREET_ROWS]]);
    expect(outcome.notes).toEqual(listed.notes);
  });

  it("stops with the link's name when a named file is a link to a missing file", async () => {
    const link = join(dir, "latest.csv");
    symlinkSync(join(dir, "gone.csv"), link);
    const error = await failure(runAssessment({ inputs: [link], area: "Aldbury", out: join(dir, "a.xlsx") }));
    expect(error.source).toBe(link);
    expect(error.message).toBe(
      `This cannot be read: it is a link to "${join(dir, "gone.csv")}", which does not exist.`,
    );
  });

  it("stops with the link's name when a named file is a link loop", async () => {
    const link = join(dir, "loop.csv");
    symlinkSync(link, link);
    const error = await failure(runAssessment({ inputs: [link], area: "Aldbury", out: join(dir, "a.xlsx") }));
    expect(error.source).toBe(link);
    expect(error.message).toMatch(/a link that leads back to itself/);
  });
});

describe("each real file is read once", () => {
  it("reads a file named twice once, with a note", async () => {
    const file = join(extracts, "2024-04.csv");
    const outcome = await runAssessment({ inputs: [file, file], area: "Aldbury", out: join(dir, "a.xlsx") });
    expect(outcome.read.sources.map((s) => s.rowsRead)).toEqual([STREET_ROWS]);
    expect(outcome.read.duplicateCrimeIds.count).toBe(0);
    expect(outcome.notes).toEqual([`Read ${file} once: it was named twice.`]);
  });

  it("reads a file and a link to it in the same folder once, with a note", async () => {
    symlinkSync(join(extracts, "2024-04.csv"), join(extracts, "latest.csv"));
    const outcome = await runAssessment({ inputs: [extracts], area: "Aldbury", out: join(dir, "a.xlsx") });
    expect(outcome.read.sources.map((s) => [s.name, s.rowsRead])).toEqual([["2024-04.csv", STREET_ROWS]]);
    expect(outcome.read.duplicateCrimeIds.count).toBe(0);
    expect(outcome.notes).toEqual([
      `Read ${join(extracts, "2024-04.csv")} once: ${join(extracts, "latest.csv")} is the same file.`,
    ]);
  });

  it("reads a file named and also found in a named folder once", async () => {
    const file = join(extracts, "2024-04.csv");
    const listed = await listInputFiles([extracts, file]);
    expect(listed.files).toEqual([expect.objectContaining({ path: file, named: true })]);
    expect(listed.notes).toEqual([`Read ${file} once: it was named twice.`]);
  });

  it("reads a link to a file outside the folder, as the file it leads to", async () => {
    const elsewhere = join(dir, "elsewhere.csv");
    copyFileSync(STREET, elsewhere);
    rmSync(join(extracts, "2024-04.csv"));
    symlinkSync(elsewhere, join(extracts, "2024-04.csv"));
    const outcome = await runAssessment({ inputs: [extracts], area: "Aldbury", out: join(dir, "a.xlsx") });
    expect(outcome.read.sources.map((s) => s.rowsRead)).toEqual([STREET_ROWS]);
    expect(outcome.notes).toEqual([]);
  });
});
