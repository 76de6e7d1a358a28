/**
 * The population table for rates per 1,000, and the harm weights table: a small
 * sheet or table the user chose, read whole (its used range or table range) in one
 * batch and handed to the engine.
 */
import { weightsFromRows } from "../../engine/assessment/harmWeights";
import { populationFromRows } from "../../engine/assessment/population";
import type { HarmWeights, Population } from "../../engine/assessment/settings";
import { AssessmentError } from "../../engine/errors";
import type { Cell } from "../../engine/extracts";
import { isPayloadError, type OfficeRuntime } from "./runtime";
import { extentOf, resolveSource } from "./sourceRanges";
import { readWorkbookState } from "./workbookState";

/** What a small table is, what to choose instead when it is too big, and the engine's reading of its rows. */
interface SmallTable<T> {
  what: string;
  advice: string;
  read: (rows: Cell[][], name: string) => T;
}

const POPULATION: SmallTable<Population> = {
  what: "a population table",
  advice: "Choose a sheet or table with one row per district and its population, or choose None.",
  read: populationFromRows,
};

const WEIGHTS: SmallTable<HarmWeights> = {
  what: "a harm weights table",
  advice: "Choose a sheet or table with one row per category or offence code and its weight, or choose None.",
  read: weightsFromRows,
};

function tooBig(name: string, table: SmallTable<unknown>): AssessmentError {
  return new AssessmentError(`"${name}" is too big to read as ${table.what}.`, table.advice, { source: name });
}

export function readPopulation(runtime: OfficeRuntime, id: string): Promise<Population> {
  return readSmallTable(runtime, id, POPULATION);
}

export function readWeights(runtime: OfficeRuntime, id: string): Promise<HarmWeights> {
  return readSmallTable(runtime, id, WEIGHTS);
}

function readSmallTable<T>(runtime: OfficeRuntime, id: string, table: SmallTable<T>): Promise<T> {
  return runtime.run(async (context) => {
    const source = resolveSource(id, await readWorkbookState(context));
    const name = source.kind === "sheet" ? source.sheet : source.table;
    const extent = extentOf(context, source).load("values");
    try {
      await context.sync();
    } catch (error) {
      throw isPayloadError(error) ? tooBig(name, table) : error;
    }
    if (!Array.isArray(extent.values)) throw tooBig(name, table);
    return table.read(extent.values as Cell[][], name);
  });
}
