/**
 * An output never writes over an input: refused before anything is read, with
 * nothing written and every input byte for byte (and time for time) as it was.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assessCommand, runAssessment, type AssessOptions } from "../../src/cli/assessCommand";
import { AssessmentError } from "../../src/engine/errors";

const fixture = (kind: "valid" | "invalid", name: string) => join(__dirname, "fixtures", kind, name);

let dir: string;
let extracts: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "output-paths-"));
  extracts = join(dir, "in");
  mkdirSync(extracts);
  copyFileSync(fixture("valid", "street-small.csv"), join(extracts, "2025-02.csv"));
  copyFileSync(fixture("valid", "street-small.csv"), join(extracts, "2025-03.csv"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

/** Every file under the temporary folder, with its bytes and modification time. */
function snapshot(): Record<string, { bytes: string; mtime: number }> {
  const files: Record<string, { bytes: string; mtime: number }> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path] = { bytes: readFileSync(path).toString("base64"), mtime: statSync(path).mtimeMs };
    }
  };
  walk(dir);
  return files;
}

/** Runs the command; expects exit code 1, one error line, and no file added, changed or removed. */
async function refused(options: AssessOptions): Promise<string> {
  const before = snapshot();
  const err: string[] = [];
  const outcome = await assessCommand(options, { out: () => undefined, err: (line) => err.push(line) });
  expect(outcome).toBeNull();
  expect(process.exitCode).toBe(1);
  expect(err).toHaveLength(1);
  expect(snapshot()).toEqual(before);
  return err[0];
}

describe("outputs that would write over inputs are refused before anything is read", () => {
  it("--out on an extract in the folder being read", async () => {
    const out = join(extracts, "2025-02.csv");
    const message = await refused({ inputs: [extracts], area: "Aldbury", out });
    expect(message).toBe(
      `Error: "${out}": --out would write over the extract ${out}, and a run never writes over the files it reads. ` +
        "Choose another output path for --out, outside the folders being read.",
    );
  });

  it("--measures on an extract in the folder being read", async () => {
    const measures = join(extracts, "2025-03.csv");
    const message = await refused({ inputs: [extracts], area: "Aldbury", out: join(dir, "a.xlsx"), measures });
    expect(message).toMatch(new RegExp(`^Error: "${measures}": --measures would write over the extract`));
  });

  it("--out as a new .xlsx in the folder being read, where it would be read as an extract next time", async () => {
    const out = join(extracts, "assessment.xlsx");
    const message = await refused({ inputs: [extracts], area: "Aldbury", out });
    expect(message).toBe(
      `Error: "${out}": --out would write into the folder ${extracts} being read, where a .csv or .xlsx file is ` +
        "taken for an extract. Choose another output path for --out, outside the folders being read.",
    );
  });

  it("--out equal to a named input, also when reached through a link or '..'", async () => {
    const input = join(extracts, "2025-02.csv");
    expect(await refused({ inputs: [input], area: "Aldbury", out: input })).toMatch(
      /--out would write over the extract/,
    );
    symlinkSync(extracts, join(dir, "link"));
    const viaLink = join(dir, "link", "2025-02.csv");
    expect(await refused({ inputs: [input], area: "Aldbury", out: viaLink })).toMatch(
      /--out would write over the extract/,
    );
    const viaDots = `${extracts}/../in/2025-02.csv`;
    expect(await refused({ inputs: [input], area: "Aldbury", measures: viaDots })).toMatch(
      /--measures would write over the extract/,
    );
  });

  it("an output over the targets or population file, or both outputs on one file", async () => {
    const targets = join(dir, "targets.csv");
    copyFileSync(fixture("valid", "targets-all-crime.csv"), targets);
    const input = join(extracts, "2025-02.csv");
    expect(await refused({ inputs: [input], area: "Aldbury", targets, measures: targets })).toMatch(
      /--measures would write over the --targets file/,
    );
    const same = join(dir, "same.xlsx");
    expect(await refused({ inputs: [input], area: "Aldbury", out: same, measures: same })).toMatch(
      /--measures names the same file as --out\./,
    );
  });
});

it("checks the outputs before reading anything: a bad targets file and a file that is no extract are not reached", async () => {
  copyFileSync(fixture("invalid", "ward-totals.csv"), join(extracts, "ward-totals.csv"));
  const out = join(extracts, "2025-02.csv");
  const targets = fixture("invalid", "targets-bad-method.csv");
  const message = await refused({ inputs: [join(extracts, "ward-totals.csv"), out], area: "Aldbury", out, targets });
  expect(message).toMatch(/--out would write over the extract/);
});

it("refuses an --out that is a folder (it would be set aside, not written into)", async () => {
  const folder = join(dir, "results");
  mkdirSync(folder);
  const message = await refused({ inputs: [extracts], area: "Aldbury", out: folder });
  expect(message).toBe(
    `Error: "${folder}": --out names a folder. Give a file name, e.g. ${join(folder, "assessment.xlsx")}.`,
  );
});

describe("outputs beside the inputs that are allowed", () => {
  it("writes into a subfolder of the folder being read (only the folder's own files are read)", async () => {
    const out = join(extracts, "results", "assessment.xlsx");
    const outcome = await runAssessment({ inputs: [extracts], area: "Aldbury", out });
    expect(statSync(out).isFile()).toBe(true);
    expect(outcome.read.sources.map((s) => s.name)).toEqual(["2025-02.csv", "2025-03.csv"]);
  });

  it("writes beside a named file in its folder", async () => {
    const out = join(extracts, "assessment.xlsx");
    await runAssessment({ inputs: [join(extracts, "2025-02.csv")], area: "Aldbury", out });
    expect(statSync(out).isFile()).toBe(true);
  });
});

it("is an AssessmentError that names the path", async () => {
  const out = join(extracts, "2025-02.csv");
  const error = await runAssessment({ inputs: [extracts], area: "Aldbury", out }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AssessmentError);
  expect((error as AssessmentError).source).toBe(out);
});
