/** Assessment -> the declarative plan of the add-in's sheets. */
import type { Assessment } from "../engine/assessment/types";
import type { ReportPlan } from "./plan";
import { comparisonsSheet, hasComparisons } from "./sheets/comparisons";
import { monthlySheet } from "./sheets/monthly";
import { qualitySheet } from "./sheets/quality";
import { shareSheet } from "./sheets/share";
import { summarySheet } from "./sheets/summary";
import { hasTargets, targetsSheet } from "./sheets/targets";
import { trendsSheet } from "./sheets/trends";

export const GENERATOR = "Strategic Assessment add-in";

export function buildReportPlan(a: Assessment): ReportPlan {
  return {
    title: `Strategic assessment: ${a.area}`,
    generator: GENERATOR,
    sheets: [
      summarySheet(a),
      trendsSheet(a),
      shareSheet(a),
      ...(hasComparisons(a) ? [comparisonsSheet(a)] : []),
      ...(a.monthly.length ? [monthlySheet(a)] : []),
      ...(hasTargets(a) ? [targetsSheet(a)] : []),
      qualitySheet(a),
    ],
  };
}

export { SHEET_NAMES } from "./sheets/names";
