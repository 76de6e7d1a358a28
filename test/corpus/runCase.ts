/**
 * Runs one corpus case through the command line (assessCommand, as the program
 * calls it) in a temporary folder, and checks what every case must satisfy:
 * the exit code; for a run that went ahead, each source's rows read, counted and
 * set aside by reason, rows read = counted + set aside for every source and in
 * total, a table of exactly the rows counted, no month out of range, and only
 * the outputs added to the folder; for a refusal, one message and nothing
 * written. Either way the inputs are byte-for-byte unchanged.
 */
import { createHash } from "crypto";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { assessCommand, type AssessOptions, type AssessOutcome } from "../../src/cli/assessCommand";
import { monthIndex } from "../../src/engine/extracts/crimeTable";
import { AREA } from "./corpusFiles";

/** Where a case puts its files: `dir` is the folder read by default, `outDir` where outputs go by default. */
export interface CaseFolders {
  root: string;
  dir: string;
  outDir: string;
}

export interface ExpectedSource {
  name: string;
  rowsRead: number;
  /** Rows set aside, by reason (SET_ASIDE's words, or a source left out whole); none when absent. */
  setAside?: Record<string, number>;
}

export interface Accepted {
  sources: ExpectedSource[];
  /** The notes printed (files skipped or read once), exactly; none when absent. */
  notes?: unknown[];
  /** Anything else the case shows (the encoding read, a warning). */
  also?: (outcome: AssessOutcome) => void;
}

export interface Refused {
  /** The whole error line after "Error: " (it names the file, the row and the column where they apply). */
  message: string | RegExp;
}

export interface CorpusCase {
  name: string;
  /** Writes the case's files; returns the options that differ from reading `dir` for AREA into `outDir`. */
  build: (folders: CaseFolders) => Promise<Partial<AssessOptions> | void> | Partial<AssessOptions> | void;
  outcome: Accepted | Refused;
}

const isRefused = (outcome: Accepted | Refused): outcome is Refused => "message" in outcome;

/** Every entry under `root`: a file's hash and modification time, a link's target, or a folder. */
function snapshot(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const info = lstatSync(path);
      if (info.isSymbolicLink()) entries.set(path, `link to ${readlinkSync(path)}`);
      else if (info.isDirectory()) {
        entries.set(path, "folder");
        walk(path);
      } else {
        const hash = createHash("sha256").update(readFileSync(path)).digest("hex");
        entries.set(path, `file ${hash} ${info.mtimeMs}`);
      }
    }
  };
  walk(root);
  return entries;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const n = (value: number) => value.toLocaleString("en-GB");

/** "Today" for the run: rows dated after this month are set aside. */
function thisMonth(): number {
  const now = new Date();
  return monthIndex(now.getFullYear(), now.getMonth() + 1);
}

function checkAccounts(outcome: AssessOutcome, expected: Accepted): void {
  const { read } = outcome;
  const actual = read.sources.map((s) => ({
    name: s.name,
    rowsRead: s.rowsRead,
    rowsKept: s.rowsKept,
    setAside: Object.fromEntries((s.setAside ?? []).map((r) => [r.reason, r.count])),
  }));
  const wanted = expected.sources.map((s) => ({
    name: s.name,
    rowsRead: s.rowsRead,
    rowsKept: s.rowsRead - sum(Object.values(s.setAside ?? {})),
    setAside: s.setAside ?? {},
  }));
  expect(actual).toEqual(wanted);
  // The identity, for every source and in total, and the table holds exactly the rows counted.
  for (const s of read.sources) expect(s.rowsRead).toBe(s.rowsKept + sum((s.setAside ?? []).map((r) => r.count)));
  const rowsRead = sum(read.sources.map((s) => s.rowsRead));
  const counted = sum(read.sources.map((s) => s.rowsKept));
  expect(rowsRead).toBe(counted + sum(read.setAside.map((s) => s.count)));
  expect(read.table.length).toBe(counted);
  const months = read.table.month;
  for (let i = 0; i < read.table.length; i++) {
    if (months[i] < monthIndex(2000, 1) || months[i] > thisMonth()) throw new Error(`row ${i} is dated out of range`);
  }
}

/** Runs the case and checks its outcome (see the file's comment). */
export async function runCase(testCase: CorpusCase): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "corpus-"));
  const folders: CaseFolders = { root, dir: join(root, "in"), outDir: join(root, "out") };
  mkdirSync(folders.dir);
  mkdirSync(folders.outDir);
  try {
    const options: AssessOptions = {
      inputs: [folders.dir],
      area: AREA,
      out: join(folders.outDir, "assessment.xlsx"),
      ...((await testCase.build(folders)) ?? {}),
    };
    const before = snapshot(root);
    const printed: string[] = [];
    const errors: string[] = [];
    // assessCommand resolves relative paths against the working folder: the case's root.
    const cwd = process.cwd();
    process.chdir(root);
    let outcome: AssessOutcome | null;
    try {
      outcome = await assessCommand(options, { out: (l) => printed.push(l), err: (l) => errors.push(l) });
    } finally {
      process.chdir(cwd);
    }
    const after = snapshot(root);
    if (isRefused(testCase.outcome)) {
      expect(errors).toHaveLength(1);
      const message = errors[0].replace(/^Error: /, "");
      if (typeof testCase.outcome.message === "string") expect(message).toBe(testCase.outcome.message);
      else expect(message).toMatch(testCase.outcome.message);
      expect(errors[0]).toMatch(/^Error: /);
      expect({ exitCode: process.exitCode, printed, outcome }).toEqual({ exitCode: 1, printed: [], outcome: null });
      expect(after).toEqual(before); // nothing written, nothing changed
      return;
    }
    expect({ exitCode: process.exitCode, errors }).toEqual({ exitCode: 0, errors: [] });
    if (!outcome) throw new Error("no outcome");
    checkAccounts(outcome, testCase.outcome);
    expect(outcome.notes).toEqual(testCase.outcome.notes ?? []);
    const rowsRead = sum(outcome.read.sources.map((s) => s.rowsRead));
    const setAside = sum(outcome.read.setAside.map((s) => s.count));
    expect(printed[0]).toMatch(new RegExp(`^Read ${n(rowsRead)} rows from .*; ${n(setAside)} set aside, `));
    testCase.outcome.also?.(outcome);
    // The inputs as they were; the outputs the only entries added.
    const outputs = [options.out, options.measures].filter((p): p is string => !!p).map((p) => resolve(root, p));
    for (const [path, entry] of before) expect([path, after.get(path)]).toEqual([path, entry]);
    expect([...after.keys()].filter((path) => !before.has(path)).sort()).toEqual(outputs.sort());
  } finally {
    rmSync(root, { recursive: true, force: true });
    process.exitCode = undefined;
  }
}
