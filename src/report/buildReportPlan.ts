/** Assessment -> the declarative plan of the add-in's sheets. */
import type { Assessment } from "../engine/assessment/types";
import type { ReportPlan } from "./plan";
import { comparisonsSheet, hasComparisons } from "./sheets/comparisons";
import { monthlySheet } from "./sheets/monthly";
import { prioritiesSheet } from "./sheets/priorities";
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
  const themeNames = themeSheetNames(a.themes, TAKEN);
  const closing = [...(hasTargets(a) ? [targetsSheet(a)] : []), qualitySheet(a)];
  return {
    title: `Strategic assessment: ${a.area}`,
    generator: GENERATOR,
    sheets: [
      summarySheet(a),
      trendsSheet(a),
      shareSheet(a),
      ...(hasComparisons(a) ? [comparisonsSheet(a)] : []),
      ...(a.monthly.length ? [monthlySheet(a)] : []),
      ...(a.matrix ? [prioritiesSheet(a)] : []),
      // The places name each theme as its page does (a priority's name may be too long for a column).
      ...(a.places ? [placesSheet(a, a.places, new Map(a.themes.map((t, i) => [t.category, themeNames[i]])))] : []),
      ...a.themes.map((theme, i) => themeSheet(a, theme, themeNames[i])),
      ...closing,
    ],
  };
}

/**
 * Names a theme page never takes: every other sheet's, even when this run has no such
 * sheet (a priority called "Monthly" would take a name another run needs). ASB's page
 * is named first, so its fixed name is not among them.
 */
const TAKEN = Object.entries(SHEET_NAMES)
  .filter(([key]) => key !== "themeAsb")
  .map(([, name]) => name);

export { SHEET_NAMES } from "./sheets/names";
