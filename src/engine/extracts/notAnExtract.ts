/** The user-facing message for a sheet or file that is not an extract. */
import { AssessmentError } from "../errors";
import { HEADER_SCAN_ROWS } from "./detect";
import type { NotAnExtract } from "./types";

const MAX_LISTED = 15;

function list(names: string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(", ");
  return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}

export function notAnExtractError(source: string, kind: "sheet" | "file", result: NotAnExtract): AssessmentError {
  const what = kind === "sheet" ? "This sheet" : "This file";
  const found =
    result.found.length === 0
      ? `${what} has no header row in its first ${HEADER_SCAN_ROWS} rows (it looks empty).`
      : `The closest header row has: ${list(result.found)}.`;
  return new AssessmentError(
    `${what} is not a crime extract the assessment can read: it needs the columns ${list(result.expected)}. ${found}`,
    "Choose a data.police.uk street-level crime file or sheet, a Home Office recorded crime by CSP table, or map this table's date, area and category columns.",
    { source },
  );
}
