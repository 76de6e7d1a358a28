/** Phrases shared by several sheets. */
import { basisName } from "../../engine/measures/basis";
import type { Assessment } from "../../engine/assessment/types";

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
