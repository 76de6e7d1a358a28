/**
 * Recognises the Office adapter's "a sheet name is already yours" error, so the error
 * bar can offer to write beside the user's sheet. It matches the wording of
 * sheetClashError in src/workbook/office/plan/placement.ts; if that wording changes, the
 * offer simply disappears and the Run panel's checkbox still gives the same choice.
 */
import { isAssessmentError } from "../../engine/errors";

export function isSheetNameClash(error: unknown): boolean {
  return (
    isAssessmentError(error) &&
    /^The assessment needs the sheet name ".+", which your sheet ".+" already uses\.$/.test(error.message)
  );
}
