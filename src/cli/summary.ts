/** What the command prints after a run: what was read, what was written, the findings. */
import { relative } from "path";
import { mayBeKept } from "../engine/assessment/quality";
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
  const repeated = read.duplicateCrimeIds.count;
  const lines = [
    `Read ${n(rowsRead)} rows from ${sources} (${assessment.sourceDescription}); ${n(setAside)} set aside, ${n(repeated)} repeated Crime ID${repeated === 1 ? "" : "s"}.`,
    ...outcome.notes,
    `Wrote ${shown(outcome.outPath)} (${outcome.sheetNames.join(", ")})${outcome.measuresPath ? ` and ${shown(outcome.measuresPath)} (${n(assessment.measures.length)} measures)` : ""}.`,
    ...readFirst(outcome),
  ];
  if (assessment.findings.length > 0)
    lines.push(`Findings for ${assessment.area}:`, ...assessment.findings.map((f) => `  - ${f.text}`));
  return lines;
}

/** Peers the data do not hold (with the nearest name that is), and why no comparison was made. */
function peerWarnings(assessment: AssessOutcome["assessment"]): string[] {
  const peers = assessment.peers;
  if (!peers) return [];
  return [
    ...peers.missing.map(
      (m) => `Peer "${m.name}" is not in the data${m.closest ? `; the nearest name in it is "${m.closest}"` : ""}.`,
    ),
    ...(peers.problem ? [peers.problem] : []),
  ];
}

/** Page 1's warnings, and for each source left out as a likely copy, the flag that keeps it. */
function readFirst({ read, assessment }: AssessOutcome): string[] {
  const keep = read.sources
    .filter((s) => mayBeKept(s, read.sources))
    .map((s) => `  - To count "${s.name}" as well: --keep-source "${s.name}"`);
  const warnings = [...assessment.summary.warnings, ...peerWarnings(assessment)].map((w) => `  - ${w}`);
  return warnings.length + keep.length ? ["Read this first:", ...warnings, ...keep] : [];
}
