/** Phrases shared by several sheets. */
import { basisName } from "../../engine/measures/basis";
import type { Assessment } from "../../engine/assessment/types";
import type { ComparedSide } from "../../engine/measures/comparison";

/** Longest compared-months label used as a column header; longer ones (gaps) are named by their period. */
const MAX_WINDOW_HEADER = 16;

/** "Jan–Apr 2025", or "2024/25 (11 months)" when the months are too many runs to head a column. */
export function windowHeader(side: ComparedSide): string {
  return side.label.length <= MAX_WINDOW_HEADER ? side.label : `${side.period.name} (${side.months.length} months)`;
}

/** "Periods: calendar years (chosen automatically: they compare the most months)" */
export function basisDescription(a: Assessment): string {
  const periods = `Periods: ${basisName(a.basis.used)}`;
  if (a.basis.how === "automatic") return `${periods}, chosen as the basis that compares the most months`;
  return a.settings.basis === "auto" ? `${periods}, the basis the targets are set in` : periods;
}

/** The headline period's label: "2025", or "2025/26 (partial: Apr–Dec)". */
export function currentLabel(a: Assessment): string {
  return a.lead.label;
}

/** Findings that belong on a sheet, as wrapped lines under a heading. */
export function findingsFor(a: Assessment, key: string): string[] {
  return a.findings.filter((f) => f.sheetKey === key).map((f) => f.text);
}
