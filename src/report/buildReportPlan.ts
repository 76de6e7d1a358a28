/** Assessment -> the declarative plan of the add-in's sheets. */
import type { Assessment } from "../engine/assessment/types";
import type { ReportPlan, SheetPlan } from "./plan";
import { monthlySheet } from "./sheets/monthly";
import { SHEET_NAMES, themeSheetNames } from "./sheets/names";
import { placesSheet } from "./sheets/places";
import { qualitySheet } from "./sheets/quality";
import { shareSheet } from "./sheets/share";
import { summarySheet } from "./sheets/summary";
import { hasTargets, targetsSheet } from "./sheets/targets";
import { themeSheet } from "./sheets/theme";
import { trendsSheet } from "./sheets/trends";

export const GENERATOR = "Strategic Assessment add-in";

/**
 * The overview sheets (all crime), then one page per theme (ASB and each priority),
 * then the targets and the method.
 */
export function buildReportPlan(a: Assessment): ReportPlan {
  const overview = [
    summarySheet(a),
    trendsSheet(a),
    shareSheet(a),
    ...(a.monthly.length ? [monthlySheet(a)] : []),
    ...(a.places ? [placesSheet(a, a.places)] : []),
  ];
  const closing = [...(hasTargets(a) ? [targetsSheet(a)] : []), qualitySheet(a)];
  return {
    title: `Strategic assessment: ${a.area}`,
    generator: GENERATOR,
    sheets: [...overview, ...themeSheets(a, [...overview, ...closing]), ...closing],
  };
}

function themeSheets(a: Assessment, others: SheetPlan[]): SheetPlan[] {
  // The overview's and method's names are taken even when this run has no such sheet (a priority
  // called "Monthly" would otherwise take a name another run needs); ASB's page is named first.
  const fixed = Object.entries(SHEET_NAMES).filter(([key]) => key !== "themeAsb");
  const names = themeSheetNames(a.themes, [...fixed.map(([, name]) => name), ...others.map((s) => s.name)]);
  return a.themes.map((theme, i) => themeSheet(a, theme, names[i]));
}

export { SHEET_NAMES } from "./sheets/names";
