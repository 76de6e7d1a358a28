/** The data-quality figures and notes for the method page. */
import { describeMonthRuns, describeSpan } from "../measures/periods";
import type { AssessContext } from "./context";
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
  if (missingMonths.length) {
    notes.push(
      `Missing months (no rows published): ${describeMonthRuns(missingMonths)} (${missingMonths.length} in all). They are missing data, not zero crime.`,
    );
  }
  if (comparison?.likeForLike) {
    notes.push(
      `The latest period is compared like-for-like: ${comparison.current.label} against ${comparison.previous.label}, the months present in both years.`,
    );
    const compared = comparison.current.months.length;
    if (compared < 6 && ctx.settings.basis !== "calendar") {
      notes.push(
        `Only ${compared} month${compared === 1 ? "" : "s"} of ${comparison.current.period.name} can be compared with the year before. A calendar-year basis may compare more of the data.`,
      );
    }
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
  notes.push(...(ctx.read.notes ?? []));
  if (ctx.read.setAside.length) {
    notes.push("Rows set aside (listed below) are counted nowhere: not in the area, not in the region.");
  }
  return notes;
}
