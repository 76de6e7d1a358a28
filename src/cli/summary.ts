/** What the command prints after a run: what was read, what was written, the findings. */
import { relative } from "path";
import type { AssessOutcome } from "./assessCommand";

const n = (value: number) => value.toLocaleString("en-GB");

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || rel === "" ? path : rel;
}

export function describeOutcome(outcome: AssessOutcome): string[] {
  const { read, assessment } = outcome;
  const rowsRead = read.sources.reduce((sum, s) => sum + s.rowsRead, 0);
  const setAside = read.setAside.reduce((sum, s) => sum + s.count, 0);
  const sources = read.sources.length === 1 ? "1 source" : `${n(read.sources.length)} sources`;
  const lines = [
    `Read ${n(rowsRead)} rows from ${sources} (${assessment.sourceDescription}); ${n(setAside)} set aside, ${n(read.duplicateCrimeIds.count)} repeated Crime IDs.`,
    ...outcome.notes,
    `Wrote ${shown(outcome.outPath)} (${outcome.sheetNames.join(", ")})${outcome.measuresPath ? ` and ${shown(outcome.measuresPath)} (${n(assessment.measures.length)} measures)` : ""}.`,
  ];
  if (assessment.findings.length > 0)
    lines.push(`Findings for ${assessment.area}:`, ...assessment.findings.map((f) => `  - ${f.text}`));
  return lines;
}
