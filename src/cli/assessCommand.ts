/**
 * The assess command: extracts in, an assessment workbook (and optionally the
 * tidy measures CSV) out. `runAssessment` does the work and throws; the command
 * wrapper prints the outcome or the error and sets the exit code.
 */
import { readFile } from "fs/promises";
import { basename, resolve } from "path";
import { assess } from "../engine/assessment/assess";
import Papa from "papaparse";
import { populationFromRows } from "../engine/assessment/population";
import {
  defaultSettings,
  type AssessmentSettings,
  type BasisChoice,
  type Population,
} from "../engine/assessment/settings";
import type { Assessment } from "../engine/assessment/types";
import { AssessmentError, isAssessmentError } from "../engine/errors";
import {
  parseMapOption,
  parseMappingCsv,
  parsePrioritiesCsv,
  parseTargetsCsv,
  type ReadResult,
  type SavedMapping,
} from "../engine/extracts";
import { ALL_CRIME } from "../engine/measures/counts";
import { buildReportPlan } from "../report/buildReportPlan";
import { writeAssessmentXlsx } from "../workbook/xlsx";
import { listInputFiles, type InputList } from "./inputFiles";
import { readPeersOption } from "./peersOption";
import { refuseOutputsOverInputs, type OptionPath } from "./outputPaths";
import { measuresCsv, writeAllOrNothing, type OutputFile } from "./outputs";
import { readInputs } from "./readInputs";
import { describeOutcome } from "./summary";

export const BASES: BasisChoice[] = ["auto", "financial", "calendar", "rolling12"];

export interface AssessOptions {
  /** Files or folders (.csv, .xlsx). */
  inputs: string[];
  area: string;
  /** "auto" (default: the basis that compares the most months), financial, calendar or rolling12. */
  basis?: string;
  /** Targets CSV path. */
  targets?: string;
  /** Default assessment.xlsx in the current directory. */
  out?: string;
  /** Tidy measures CSV path, if wanted. */
  measures?: string;
  /** Population CSV (census LAD file or area,population) for rates per 1,000. */
  population?: string;
  /** Categories where a rise is read as good (polarity); all others: lower is better. */
  higherIsBetter?: string[];
  /** Sources to count even when they look like a copy of another, by name as the data-quality page gives it. */
  keepSources?: string[];
  /** The most similar group: names separated by commas (or semicolons), or a file of them. */
  peers?: string;
  /** Priorities CSV: priority,kind,value,polarity. */
  priorities?: string;
  /** A column mapping inline: "area=COL,category=COL,date=COL,flag:NAME=COL". */
  map?: string;
  /** A column mapping file: field,column lines. */
  mapping?: string;
  /** The date shown as produced, "YYYY-MM-DD"; default today. */
  producedOn?: string;
}

export interface AssessOutcome {
  outPath: string;
  measuresPath: string | null;
  read: ReadResult;
  assessment: Assessment;
  sheetNames: string[];
  /** Files or sheets skipped because they are not extracts. */
  notes: string[];
}

function readBasis(basis: string | undefined): BasisChoice {
  const value = (basis ?? "auto").trim().toLowerCase();
  const found = BASES.find((b) => b.toLowerCase() === value);
  if (!found)
    throw new AssessmentError(`"${basis}" is not a period basis.`, `Use one of ${BASES.join(", ")}.`, {
      column: "--basis",
    });
  return found;
}

async function readTargets(path: string | undefined): Promise<AssessmentSettings["targets"]> {
  if (!path) return [];
  const text = await readFile(path, "utf8").catch(() => {
    throw new AssessmentError("The targets file could not be read.", "Check the --targets path.", { source: path });
  });
  return parseTargetsCsv(text, basename(path));
}

async function readTextFile(path: string, option: string, what: string): Promise<string> {
  return readFile(path, "utf8").catch(() => {
    throw new AssessmentError(`The ${what} could not be read.`, `Check the ${option} path.`, { source: path });
  });
}

async function readPriorities(path: string | undefined): Promise<AssessmentSettings["priorities"]> {
  if (!path) return [];
  return parsePrioritiesCsv(await readTextFile(path, "--priorities", "priorities file"), basename(path));
}

/** The mapping given with --map or --mapping (named for the file, or "--map"), or null. */
async function readMapping(options: AssessOptions): Promise<SavedMapping | null> {
  if (options.map !== undefined && options.mapping !== undefined) {
    throw new AssessmentError(
      "Both --map and --mapping were given.",
      "Give the column mapping once: inline with --map, or as a file with --mapping.",
      { column: "--map" },
    );
  }
  if (options.map !== undefined) return { name: "--map", mapping: parseMapOption(options.map) };
  if (options.mapping === undefined) return null;
  const name = basename(options.mapping);
  return { name, mapping: parseMappingCsv(await readTextFile(options.mapping, "--mapping", "mapping file"), name) };
}

async function readPopulation(path: string | undefined): Promise<Population | undefined> {
  if (!path) return undefined;
  const text = await readFile(path, "utf8").catch(() => {
    throw new AssessmentError("The population file could not be read.", "Check the --population path.", {
      source: path,
    });
  });
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  return populationFromRows(rows, basename(path));
}

/** --higher-is-better categories (or priorities), checked against the categories in the data. */
function readPolarity(
  categories: string[],
  read: ReadResult,
  priorities: AssessmentSettings["priorities"] = [],
): AssessmentSettings["polarity"] {
  const known = [ALL_CRIME, ...read.table.categories, ...priorities.map((p) => p.name)];
  const polarity: AssessmentSettings["polarity"] = {};
  for (const wanted of categories) {
    const category = known.find((k) => k.toLowerCase() === wanted.trim().toLowerCase());
    if (!category) {
      throw new AssessmentError(`"${wanted}" is not a category in the data.`, `Use one of: ${known.join(", ")}.`, {
        column: "--higher-is-better",
      });
    }
    polarity[category] = "higherIsBetter";
  }
  return polarity;
}

/**
 * --keep-source names, checked against the sources read (any case, as the engine
 * matches them): a name that matches none would keep nothing, silently.
 */
function refuseUnknownSources(names: string[], read: ReadResult): void {
  const fold = (name: string) => name.trim().toLowerCase();
  const known = new Set(read.sources.map((s) => fold(s.name)));
  const unknown = names.find((name) => !known.has(fold(name)));
  if (unknown === undefined) return;
  const listed = read.sources.map((s) => `"${s.name}"`).join(", ");
  throw new AssessmentError(
    `"${unknown}" is not one of the sources read.`,
    `Name a source as the data-quality page lists it (a workbook's sheets as "book.xlsx: Sheet1"). Sources read: ${listed}.`,
    { column: "--keep-source" },
  );
}

/** The files to read, once every output is known not to write over one of them (before any file is read). */
async function listPaths(options: AssessOptions, peersFile: string | null): Promise<InputList> {
  const outputs: OptionPath[] = [{ path: options.out ?? "assessment.xlsx", option: "--out" }];
  if (options.measures) outputs.push({ path: options.measures, option: "--measures" });
  const otherInputs: OptionPath[] = [];
  if (options.targets) otherInputs.push({ path: options.targets, option: "--targets" });
  if (options.population) otherInputs.push({ path: options.population, option: "--population" });
  if (peersFile) otherInputs.push({ path: peersFile, option: "--peers" });
  if (options.priorities) otherInputs.push({ path: options.priorities, option: "--priorities" });
  if (options.mapping) otherInputs.push({ path: options.mapping, option: "--mapping" });
  const inputs = await listInputFiles(
    options.inputs,
    otherInputs.map((o) => o.path),
  );
  await refuseOutputsOverInputs(outputs, inputs, otherInputs);
  return inputs;
}

export async function runAssessment(options: AssessOptions): Promise<AssessOutcome> {
  const basis = readBasis(options.basis);
  if (!options.area || options.area.trim() === "")
    throw new AssessmentError("No area was given.", 'Name the focus district with --area, e.g. --area "Knowsley".');
  const outPath = resolve(options.out ?? "assessment.xlsx");
  const measuresPath = options.measures ? resolve(options.measures) : null;
  const peers = await readPeersOption(options.peers);
  if (peers && !options.population) {
    throw new AssessmentError(
      "Peers are compared by rate per 1,000 residents, which needs a population table.",
      "Add --population with the census file (LAD,NAME,...,POP21) or an area,population table.",
      { column: "--peers" },
    );
  }
  const inputs = await listPaths(options, peers?.file ?? null);
  const targets = await readTargets(options.targets);
  const population = await readPopulation(options.population);
  const priorities = await readPriorities(options.priorities);
  const mapping = await readMapping(options);
  const keepSources = options.keepSources ?? [];
  const { read, notes } = await readInputs(inputs.files, inputs.notes, mapping?.mapping, { keepSources });
  refuseUnknownSources(keepSources, read);
  const polarity = readPolarity(options.higherIsBetter ?? [], read, priorities);
  const settings: AssessmentSettings = {
    ...defaultSettings(options.area.trim()),
    basis,
    targets,
    population,
    polarity,
    ...(peers && { peers: peers.names }),
    priorities,
    producedOn: options.producedOn ?? new Date().toISOString().slice(0, 10),
  };
  const assessment = assess(read, settings);
  const plan = buildReportPlan(assessment);
  const outputs: OutputFile[] = [{ path: outPath, data: await writeAssessmentXlsx(plan) }];
  if (measuresPath) outputs.push({ path: measuresPath, data: measuresCsv(assessment.measures) });
  await writeAllOrNothing(outputs);
  return { outPath, measuresPath, read, assessment, sheetNames: plan.sheets.map((s) => s.name), notes };
}

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: CommandIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/**
 * Runs the assessment and reports it. Exit code 0 when written, 1 for a problem
 * with the input or options (one clear message), 2 for a bug (its stack when
 * the DEBUG environment variable is set).
 */
export async function assessCommand(options: AssessOptions, io: CommandIo = consoleIo): Promise<AssessOutcome | null> {
  try {
    const outcome = await runAssessment(options);
    describeOutcome(outcome).forEach((line) => io.out(line));
    process.exitCode = 0;
    return outcome;
  } catch (error) {
    reportError(error, io);
    return null;
  }
}

export function reportError(error: unknown, io: CommandIo): void {
  if (isAssessmentError(error)) {
    io.err(`Error: ${error.describe()}`);
    process.exitCode = 1;
    return;
  }
  io.err(`Unexpected error (a bug in the assessment tool): ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG && error instanceof Error && error.stack) io.err(error.stack);
  else io.err("Set DEBUG=1 to see where it happened, and report it with that output.");
  process.exitCode = 2;
}
