/** Phrases shared by several sheets. */
import type { Assessment } from "../../engine/assessment/types";

export function basisDescription(a: Assessment): string {
  const basis = a.settings.basis;
  if (basis === "financial") return "Periods: financial years, April to March";
  if (basis === "calendar") return "Periods: calendar years";
  return "Periods: rolling 12 months ending at the latest month";
}

/** "2023/24 compared with 2022/23" or the latest period alone. */
export function currentLabel(a: Assessment): string {
  return a.comparison?.current.label ?? a.periodLabels[a.periodLabels.length - 1];
}
