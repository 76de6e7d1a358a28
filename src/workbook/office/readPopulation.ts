/**
 * The population table for rates per 1,000: a small sheet or table the user chose,
 * read whole (its used range or table range) in one batch and handed to the engine.
 */
import { populationFromRows } from "../../engine/assessment/population";
import type { Population } from "../../engine/assessment/settings";
import { AssessmentError } from "../../engine/errors";
import type { Cell } from "../../engine/extracts";
import { isPayloadError, type OfficeRuntime } from "./runtime";
import { extentOf, resolveSource } from "./sourceRanges";
import { readWorkbookState } from "./workbookState";

function tooBig(name: string): AssessmentError {
  return new AssessmentError(
    `"${name}" is too big to read as a population table.`,
    "Choose a sheet or table with one row per district and its population, or choose None.",
    { source: name },
  );
}

export function readPopulation(runtime: OfficeRuntime, id: string): Promise<Population> {
  return runtime.run(async (context) => {
    const source = resolveSource(id, await readWorkbookState(context));
    const name = source.kind === "sheet" ? source.sheet : source.table;
    const extent = extentOf(context, source).load("values");
    try {
      await context.sync();
    } catch (error) {
      throw isPayloadError(error) ? tooBig(name) : error;
    }
    if (!Array.isArray(extent.values)) throw tooBig(name);
    return populationFromRows(extent.values as Cell[][], name);
  });
}
