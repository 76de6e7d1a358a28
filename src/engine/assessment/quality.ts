/** The data-quality figures and notes for the method page. */
import { SET_ASIDE, type SourceSummary } from "../extracts";
import { sameRowsAs } from "../extracts/setAsideReasons";
import { basisName } from "../measures/basis";
import { describeMonthRuns, describeSpan } from "../measures/periods";
import type { AssessContext } from "./context";
import { missingMonthsSentence } from "./findings";
import { formatCount } from "./format";
import { regionNotes } from "./regionWords";
import type { DataQuality } from "./types";

export function dataQuality(ctx: AssessContext): DataQuality {
  const { read, region } = ctx;
  const present = ctx.coveredMonths;
  const first = present[0];
  const last = present[present.length - 1];
  const have = new Set(present);
  const missingMonths: number[] = [];
  for (let m = first; m <= last; m++) if (!have.has(m)) missingMonths.push(m);
  const rowsRead = read.sources.reduce((sum, s) => sum + s.rowsRead, 0);
  const rowsKept = read.sources.reduce((sum, s) => sum + s.rowsKept, 0);
  return {
    sources: read.sources,
    rowsRead,
    rowsKept,
    rowsSetAside: read.setAside.reduce((sum, s) => sum + s.count, 0),
    setAside: read.setAside,
    duplicateCrimeIds: read.duplicateCrimeIds,
    missingMonths,
    outOfArea: region.outOfArea,
    notes: qualityNotes(ctx, missingMonths, first, last),
    warnings: [...(read.warnings ?? [])],
  };
}

function qualityNotes(ctx: AssessContext, missingMonths: number[], first: number, last: number): string[] {
  const { region, comparison } = ctx;
  const notes = [
    `The data cover ${describeSpan(first, last)}.`,
    "All crime excludes anti-social behaviour: police.uk records ASB as incidents, not crimes, so it is reported beside crime, never inside it.",
    ...regionNotes(region, ctx.areaName, ctx.cube.districts),
  ];
  if (ctx.quarterly) {
    notes.push(
      "The Home Office counts are quarterly (Q1 = April to June), so there is no monthly series or seasonal profile; partial years are compared by whole quarters.",
    );
  }
  const missing = missingMonthsSentence(missingMonths);
  if (missing) notes.push(`${missing} crime.`);
  if (comparison?.likeForLike) {
    notes.push(
      `The latest period is compared like-for-like: ${comparison.current.label} against ${comparison.previous.label}, the months present in both years.`,
    );
    if (comparison.previousMonthsLeftOut.length) {
      notes.push(
        `Months of ${comparison.previous.period.name} left out of that comparison: ${describeMonthRuns(comparison.previousMonthsLeftOut)}.`,
      );
    }
    if (comparison.currentMonthsLeftOut.length) {
      notes.push(
        `Months of ${comparison.current.period.name} left out of that comparison: ${describeMonthRuns(comparison.currentMonthsLeftOut)}.`,
      );
    }
  }
  const better = betterBasisNote(ctx);
  if (better) notes.push(better);
  const reading = readingNote(ctx.read.sources);
  if (reading) notes.push(reading);
  notes.push(...(ctx.read.notes ?? []));
  const errors = excelErrorNote(ctx);
  if (errors) notes.push(errors);
  if (ctx.read.setAside.length) {
    notes.push("Rows set aside (listed below) are counted nowhere: not in the area, not in the region.");
  }
  return notes;
}

/**
 * Another basis suggested only when the engine's basis decision found one that
 * compares more months (the one used compares FEW_MONTHS or fewer), never otherwise.
 */
function betterBasisNote(ctx: AssessContext): string | null {
  const { used, better, monthsCompared } = ctx.basis;
  if (!better) return null;
  const compared = monthsCompared[used];
  const now =
    compared === 0
      ? `No month can be compared with a year earlier on ${basisName(used)}.`
      : `Only ${compared} month${compared === 1 ? "" : "s"} can be compared with a year earlier on ${basisName(used)}.`;
  return `${now} ${capitalise(basisName(better))} would compare ${monthsCompared[better]}: choose them in the settings (command line: --basis ${better}).`;
}

/** Files read as Windows-1252 or split on semicolons or tabs: how each was read, so a reader can check it. */
function readingNote(sources: readonly SourceSummary[]): string | null {
  const unusual = sources.filter((s) => s.encoding || s.delimiter);
  if (unusual.length === 0) return null;
  const listed = unusual.map((s) => `"${s.name}" (${howRead(s)})`).join("; ");
  const encoded = unusual.some((s) => s.encoding)
    ? ' Windows-1252 is how Excel\'s "CSV (Comma delimited)" saves a file: check that names with accents read correctly, or save the file as CSV UTF-8.'
    : "";
  return `Read as they were saved, not as UTF-8 with commas: ${listed}.${encoded}`;
}

/** "Windows-1252, semicolons": how a CSV file was read when not UTF-8 with commas; "" otherwise. */
export function howRead(source: SourceSummary): string {
  const parts: string[] = [];
  if (source.encoding === "windows-1252") parts.push("Windows-1252");
  if (source.delimiter) parts.push(source.delimiter === "tab" ? "tabs" : "semicolons");
  return parts.join(", ");
}

/** Rows holding an Excel error value (#N/A, #REF!...): where they are and what to do. */
function excelErrorNote(ctx: AssessContext): string | null {
  const errors = ctx.read.setAside.find((s) => s.reason === SET_ASIDE.excelError);
  if (!errors) return null;
  const rows = `${formatCount(errors.count)} row${errors.count === 1 ? "" : "s"}`;
  const first = errors.examples.length ? ` (first: ${describeRows(errors.examples)})` : "";
  return `${rows} held an Excel error value such as #N/A or #REF! in a column that is read${first}, so ${errors.count === 1 ? "it was" : "they were"} set aside. Correct the formulas or values in the source and run again to count ${errors.count === 1 ? "it" : "them"}.`;
}

/** "Jan.csv rows 32, 33; Feb.csv row 7": example rows grouped by source, in the order given. */
export function describeRows(examples: readonly { source: string; row: number }[]): string {
  const bySource = new Map<string, number[]>();
  for (const e of examples) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e.row]);
  return (
    [...bySource]
      // Row numbers bare, as Excel shows them: "rows 40411, 46182" (thousands commas would blur the list).
      .map(([source, rows]) => `${source} row${rows.length === 1 ? "" : "s"} ${rows.join(", ")}`)
      .join("; ")
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * True for a source left out as a likely copy of another, which the user may keep
 * (--keep-source); false for one with the very same rows as another, rightly
 * counted once, and for sources counted.
 */
export function mayBeKept(source: SourceSummary, sources: readonly SourceSummary[]): boolean {
  if (!source.leftOut) return false;
  return !sources.some((other) => source.leftOut === sameRowsAs(other.name));
}
