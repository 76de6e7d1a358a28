/**
 * Excel's rules for sheet and table names, checked before anything is written so
 * that a bad name stops the run with a clear message instead of half a workbook.
 */
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
export const MAX_SHEET_NAME_LENGTH = 31;

/** Why a sheet name is not allowed, or null when it is. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim().length === 0) return "it is empty";
  if (name.length > MAX_SHEET_NAME_LENGTH) return "it is longer than 31 characters";
  if (SHEET_NAME_FORBIDDEN.test(name)) return "it contains one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "it starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  return null;
}

/** Why a table name is not allowed, or null when it is. */
export function tableNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 255) return "it is empty or longer than 255 characters";
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
    return "it must start with a letter or underscore and hold only letters, digits, underscores and full stops";
  // Excel refuses a name it would read as a cell address, in A1 or R1C1 style.
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name) || /^[RrCc]$/.test(name))
    return "it looks like a cell reference";
  return null;
}

/** Excel compares sheet, table and defined names regardless of case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "Summary" -> "Summary (2)", kept within 31 characters. */
export function sheetNameWithSuffix(name: string, n: number): string {
  const suffix = ` (${n})`;
  return name.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
}
