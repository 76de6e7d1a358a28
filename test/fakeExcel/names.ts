/** Excel's naming rules, as the fake enforces them. */
import { FakeExcelError } from "./errors";

const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/;

export function checkSheetName(name: string, others: string[]): void {
  const bad = (why: string) => new FakeExcelError("InvalidArgument", `The sheet name "${name}" is not valid: ${why}.`);
  if (typeof name !== "string" || name.length === 0) throw bad("it is empty");
  if (name.length > 31) throw bad("it is longer than 31 characters");
  if (FORBIDDEN_IN_SHEET_NAME.test(name)) throw bad("it contains one of : \\ / ? * [ ]");
  if (name.startsWith("'") || name.endsWith("'")) throw bad("it starts or ends with an apostrophe");
  if (name.toLowerCase() === "history") throw bad('"History" is reserved');
  if (others.some((other) => other.toLowerCase() === name.toLowerCase())) {
    throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
}

/** Table and defined names share one namespace in a workbook. */
export function checkTableOrDefinedName(name: string, others: string[]): void {
  const bad = (why: string) => new FakeExcelError("InvalidArgument", `The name "${name}" is not valid: ${why}.`);
  if (typeof name !== "string" || name.length === 0 || name.length > 255) throw bad("it is empty or too long");
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
    throw bad("use letters, digits, underscores and full stops, starting with a letter");
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name)) {
    throw bad("it looks like a cell reference");
  }
  if (others.some((other) => other.toLowerCase() === name.toLowerCase())) {
    throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" is already used.`);
  }
}
