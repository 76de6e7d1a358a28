/** The user-facing message for a sheet or file that is not an extract. */
import { AssessmentError } from "../errors";
import { HEADER_SCAN_ROWS } from "./detect";
import type { NotAnExtract } from "./types";

const MAX_LISTED = 15;

function list(names: string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(", ");
  return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}

/** Excel's name for a 0-based column: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const CHOOSE_AN_EXTRACT =
  "Choose a data.police.uk street-level crime file or sheet, a Home Office recorded crime by CSP table, or map this table's date, area and category columns.";

export function notAnExtractError(source: string, kind: "sheet" | "file", result: NotAnExtract): AssessmentError {
  const what = kind === "sheet" ? "This sheet" : "This file";
  if (result.duplicate) return duplicateHeaderError(source, kind, result.duplicate);
  if (result.headerRow !== undefined) {
    return new AssessmentError(
      `${what} has its header row on row ${result.headerRow}, but the header row must be within the first ${HEADER_SCAN_ROWS} rows.`,
      `Delete the rows above the header (rows 1 to ${result.headerRow - 1}) and choose it again.`,
      { source, row: result.headerRow },
    );
  }
  if (result.missing && result.missing.length > 0) return missingMappedColumnsError(source, kind, result);
  // The expected list can be empty (a caller with nothing to expect): then no list is printed at all.
  const needs = result.expected.length > 0 ? `: it needs the columns ${list(result.expected)}` : "";
  const found =
    result.found.length === 0
      ? `${what} has no header row in its first ${HEADER_SCAN_ROWS} rows (it looks empty).`
      : `No header row was found in its first ${HEADER_SCAN_ROWS} rows (the header row must be within them); the closest has: ${list(result.found)}.`;
  return new AssessmentError(
    `${what} is not a crime extract the assessment can read${needs}. ${found}`,
    CHOOSE_AN_EXTRACT,
    {
      source,
    },
  );
}

/** A column mapping naming columns the table does not have: which, and the columns it has. */
function missingMappedColumnsError(source: string, kind: "sheet" | "file", result: NotAnExtract): AssessmentError {
  const what = kind === "sheet" ? "This sheet" : "This file";
  const missing = (result.missing ?? []).map((name) => `"${name}"`);
  const columns = missing.length === 1 ? "a column" : "columns";
  const found =
    result.found.length === 0
      ? `It has no header row in its first ${HEADER_SCAN_ROWS} rows.`
      : `The columns found are: ${list(result.found)}.`;
  return new AssessmentError(
    `${what} has no ${missing.length === 1 ? "column" : "columns"} ${list(missing)}, which the column mapping names. ${found}`,
    `Correct the ${columns} in the mapping (headers are matched in any case), or choose the table the mapping is for.`,
    { source },
  );
}

function duplicateHeaderError(
  source: string,
  kind: "sheet" | "file",
  { header, columns: [first, second], row }: NonNullable<NotAnExtract["duplicate"]>,
): AssessmentError {
  // A CSV is often opened in a text editor, where columns have numbers rather than letters.
  const numbers = kind === "file" ? ` (the ${ordinal(first + 1)} and ${ordinal(second + 1)} columns)` : "";
  return new AssessmentError(
    `Columns ${columnLetter(first)} and ${columnLetter(second)}${numbers} are both headed "${header}", so it is not clear which to read.`,
    "Delete or rename one of them, then choose it again.",
    { source, row, column: header },
  );
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
