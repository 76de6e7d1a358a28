import { AssessmentError } from "../../engine/errors";
import { isSheetNameClash } from "./sheetNameClash";

describe("isSheetNameClash", () => {
  it.each([
    [
      new AssessmentError(
        'The assessment needs the sheet name "Summary", which your sheet "Summary" already uses.',
        "Rename it.",
      ),
      true,
    ],
    [
      new AssessmentError(
        "The workbook's structure is protected, so the assessment sheets cannot be added.",
        "Unprotect it.",
      ),
      false,
    ],
    [new Error('The assessment needs the sheet name "Summary", which your sheet "Summary" already uses.'), false],
    [null, false],
  ])("%s -> %s", (error, expected) => {
    expect(isSheetNameClash(error)).toBe(expected);
  });
});
