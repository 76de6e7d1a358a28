/**
 * The Office.js adapter: what the task pane calls inside Excel.
 * createExcelHost() uses the real Excel.run; tests use createExcelHostWith(fakeRuntime).
 */
import type { AssessmentHost } from "../host";
import { createExcelHostWith } from "./excelHost";
import { officeRuntime } from "./runtime";

export function createExcelHost(): AssessmentHost {
  return createExcelHostWith(officeRuntime());
}

export { createExcelHostWith, type ExcelRunRequest } from "./excelHost";
export type { OfficeRuntime, ExcelRun } from "./runtime";
export type { NameClashPolicy } from "./plan/placement";
export { writeReportPlan, MAX_WRITE_SYNCS } from "./plan/writeReportPlan";
export { readSources } from "./readSources";
export { discoverSources } from "./discover";
