/**
 * What both hosts (Excel and the browser's file mode) tell the pane about a finished
 * assessment: page 1, the findings, the basis used and the sources left out. Each host
 * adds the sheet names it wrote and, in file mode, the download.
 */
import type { Assessment, SheetKeyOfFinding } from "../engine/assessment/types";
import type { SourceSummary } from "../engine/extracts/types";
import { copyOf } from "../engine/extracts/setAsideReasons";
import type { LeftOutSource, RunResult } from "./host";

/** A chosen source as the host read it: its id in the pane and its name in the engine. */
export interface ReadSourceName {
  id: string;
  name: string;
}

export function describeRun(
  assessment: Assessment,
  read: readonly ReadSourceName[],
  sheetOf: (key: SheetKeyOfFinding) => string,
): Pick<RunResult, "summary" | "findings" | "basis" | "leftOut"> {
  const { summary } = assessment;
  return {
    summary: {
      title: summary.title,
      produced: summary.produced,
      data: summary.data,
      warnings: [...summary.warnings],
      // Every sentence is on the Summary sheet, beside the headline table that shows its numbers.
      // (The engine gives no sheet per sentence; the Trends sheet also holds the crime-type changes.)
      sentences: summary.sentences.map((text) => ({ text, sheetName: sheetOf("summary") })),
    },
    findings: assessment.findings.map((f) => ({ text: f.text, sheetName: sheetOf(f.sheetKey) })),
    basis: assessment.basis,
    leftOut: leftOutSources(assessment.quality.sources, read),
  };
}

/**
 * The sources the engine left out, by the pane's id. The engine's summaries are in the
 * order the sources were read, which is the order of `read`; the name is checked too.
 */
export function leftOutSources(sources: readonly SourceSummary[], read: readonly ReadSourceName[]): LeftOutSource[] {
  const idOf = (summary: SourceSummary, index: number): string | undefined =>
    read[index]?.name === summary.name ? read[index].id : read.find((r) => r.name === summary.name)?.id;
  return sources.flatMap((summary, index) => {
    const sourceId = idOf(summary, index);
    if (summary.leftOut === undefined || sourceId === undefined) return [];
    const isCopy = sources.some((other) => other !== summary && summary.leftOut === copyOf(other.name));
    return [{ sourceId, reason: summary.leftOut, kind: isCopy ? "copy" : "same" }];
  });
}
