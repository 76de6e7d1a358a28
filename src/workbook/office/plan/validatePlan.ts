/**
 * The plan is checked before the first sync by the shared checkPlan
 * (src/workbook/excel/checkPlan.ts), so a plan Excel would refuse leaves the
 * workbook untouched. A failure is a planner bug: a plain Error.
 */
export { checkPlan as validatePlan } from "../../excel/checkPlan";
