/**
 * The command an analyst types, as its own process: the README's command runs the
 * build (compiling it again only when its source changed), a bad file ends with
 * exit code 1 and one message, and a stalled run is reported, never a quiet exit 0.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

// A child process, and at times a TypeScript build, on a busy 2-core machine.
jest.setTimeout(300_000);

const ROOT = join(__dirname, "..", "..");
const COMMAND = "node build/node/src/cli/index.js";
const STREET = join(__dirname, "fixtures", "valid", "street-small.csv");
const STAMP = join(ROOT, "build", "node", ".tsbuildinfo");

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `program args` in the project folder to its end. */
function run(program: string, args: string[]): Promise<Finished> {
  return new Promise((resolve) => {
    execFile(program, args, { cwd: ROOT, encoding: "utf8", timeout: 240_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The README's command, as typed: `node build/node/src/cli/index.js …`. */
const assess = (args: string[], nodeOptions: string[] = []) =>
  run(process.execPath, [...nodeOptions, ...COMMAND.split(" ").slice(1), ...args]);

/** stderr without the note printed when the command compiles itself again. */
const errors = (finished: Finished) =>
  finished.stderr.split("\n").filter((line) => line && !line.startsWith("The command line's source changed"));

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "command-"));
  // Compiles the command first if its source changed since the last build (as the analyst's first run would).
  await assess(["--help"]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("is the command the README tells an analyst to type", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  expect(readme).toContain(`${COMMAND} ~/Downloads/2024-04`);
});

it("reads an extract and writes the workbook, exit code 0", async () => {
  const out = join(dir, "assessment.xlsx");
  const finished = await assess([STREET, "--area", "Aldbury", "--out", out]);
  expect(errors(finished)).toEqual([]);
  expect(finished.code).toBe(0);
  expect(finished.stdout.split("\n")[0]).toBe(
    "Read 54 rows from 1 source (police.uk street-level crime, Apr 2023 to Mar 2025); 1 set aside, 0 repeated Crime IDs.",
  );
  expect(statSync(out).size).toBeGreaterThan(0);
});

it("takes --keep-source more than once, and refuses a name that matches no source (exit 1, the sources listed)", async () => {
  const out = join(dir, "kept.xlsx");
  // The unknown name first: an option that kept only its last value would let the run through.
  const keep = ["--keep-source", "nope.csv", "--keep-source", "street-small.csv"];
  const finished = await assess([STREET, "--area", "Aldbury", "--out", out, ...keep]);
  expect(finished.code).toBe(1);
  expect(errors(finished)).toEqual([
    'Error: column "--keep-source": "nope.csv" is not one of the sources read. Name a source as the data-quality page lists it (a workbook\'s sheets as "book.xlsx: Sheet1"). Sources read: "street-small.csv".',
  ]);
  expect(existsSync(out)).toBe(false);
});

it("ends a damaged workbook with one message and exit code 1, not a crash (exit 2) or a quiet exit 0", async () => {
  const renamed = join(dir, "renamed.xlsx");
  writeFileSync(renamed, readFileSync(STREET));
  const out = join(dir, "none.xlsx");
  const finished = await assess([renamed, "--area", "Aldbury", "--out", out]);
  expect(finished.code).toBe(1);
  expect(errors(finished)).toEqual([
    'Error: "renamed.xlsx": This file is not a valid Excel workbook (it holds plain text, as a CSV file does). ' +
      "Open it in Excel and save it again as .xlsx, or if it is a CSV give it a .csv name.",
  ]);
  expect(existsSync(out)).toBe(false);
});

it("reports a run that stalls (nothing left to wait for) as a bug, exit code 2", async () => {
  const stall = join(__dirname, "fixtures", "scripts", "stallOpen.js");
  const finished = await assess([STREET, "--area", "Aldbury", "--out", join(dir, "stalled.xlsx")], ["-r", stall]);
  expect(finished.code).toBe(2);
  expect(errors(finished)[0]).toBe(
    "Unexpected error (a bug in the assessment tool): the run stopped before it finished",
  );
});

it("compiles itself again, once, when its source is newer than its build", async () => {
  utimesSync(STAMP, new Date(1000), new Date(1000));
  const first = await assess(["--help"]);
  expect(first.code).toBe(0);
  expect(first.stderr).toContain("The command line's source changed since it was built: building it again");
  expect(statSync(STAMP).mtimeMs).toBeGreaterThan(Date.now() - 600_000);
  const second = await assess(["--help"]);
  expect(second.stderr).toBe("");
  expect(second.stdout).toMatch(/^Usage: strategic-assessment \[options\] <inputs\.\.\.>/);
});

it("is also the package's bin, which npx finds in the project folder", async () => {
  const finished = await run("npx", ["--offline", "strategic-assessment", "--help"]);
  expect(finished.code).toBe(0);
  expect(finished.stdout).toMatch(/^Usage: strategic-assessment /);
});
