/** How Excel enters a value into a cell: the rules that make text turn into formulas, numbers, dates or booleans. */
import { FakeExcelError } from "./errors";
import { cellKey, type Area, type Scalar, type SheetModel } from "./model";

/** A string Excel reads as something else, and the number format it gives a General cell for it. */
interface Conversion {
  value: number | boolean;
  format?: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "Apr" or "April" -> 4. */
function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = lower.length === 3 ? MONTHS.indexOf(lower) : MONTH_NAMES.indexOf(lower);
  return index < 0 ? null : index + 1;
}

/** Excel's date serial: days since 1899-12-30 (right from March 1900 on), or null for no such day. */
function dateSerial(year: number, month: number | null, day: number): number | null {
  if (month === null || month < 1 || month > 12 || year < 1900 || year > 9999) return null;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return null;
  return (time - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const asDate = (serial: number | null, format: string): Conversion | null =>
  serial === null ? null : { value: serial, format };

/**
 * What Excel (en-GB and en-US alike) makes of text typed or written into a cell that
 * is not formatted as text. A subset: the forms an extract or a report label can take.
 * https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8
 * Forms that differ by locale (3/4, 04/03/2024) are left out rather than guessed.
 */
const GENERAL_CONVERSIONS: [RegExp, (m: RegExpExecArray) => Conversion | null][] = [
  // "0123", "-5", "1e5": a number.
  [/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, (m) => ({ value: Number(m[0]) })],
  // "1,234" and "1,234.5": a number shown with thousands separators.
  [
    /^([+-]?\d{1,3}(,\d{3})+)(\.\d+)?$/,
    (m) => ({ value: Number(m[0].replace(/,/g, "")), format: m[3] ? "#,##0.00" : "#,##0" }),
  ],
  // "12%": 0.12 shown as a percentage.
  [/^([+-]?(\d+\.?\d*|\.\d+))%$/, (m) => ({ value: Number(m[1]) / 100, format: m[1].includes(".") ? "0.00%" : "0%" })],
  // "TRUE", "false": a boolean.
  [/^(true|false)$/i, (m) => ({ value: m[0].toLowerCase() === "true" })],
  // "2025-01": the first of that month.
  [/^(\d{4})-(\d{1,2})$/, (m) => asDate(dateSerial(Number(m[1]), Number(m[2]), 1), "mmm-yy")],
  // "2024-04-01", "2024/04/01": that day.
  [
    /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/,
    (m) => asDate(dateSerial(Number(m[1]), Number(m[3]), Number(m[4])), "m/d/yyyy"),
  ],
  // "Apr 2024", "April 2024", "Apr-2024": the first of that month.
  [/^([A-Za-z]{3,9})[ -](\d{4})$/, (m) => asDate(dateSerial(Number(m[2]), monthNumber(m[1]), 1), "mmm-yy")],
  // "1 Apr 2024", "1-Apr-2024": that day.
  [
    /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{4})$/,
    (m) => asDate(dateSerial(Number(m[3]), monthNumber(m[2]), Number(m[1])), "d-mmm-yy"),
  ],
  // "10:30": a time of day, as a fraction of a day.
  [/^([01]?\d|2[0-3]):([0-5]\d)$/, (m) => ({ value: (Number(m[1]) * 60 + Number(m[2])) / 1440, format: "h:mm" })],
];

function converted(text: string): Conversion | null {
  for (const [pattern, convert] of GENERAL_CONVERSIONS) {
    const match = pattern.exec(text.trim());
    const conversion = match && convert(match);
    if (conversion) return conversion;
  }
  return null;
}

function setValue(sheet: SheetModel, row: number, col: number, value: Scalar | undefined): void {
  (sheet.values[row] ??= [])[col] = value;
}

/**
 * A string is entered as text only in a text-formatted ("@") cell or after an
 * apostrophe. Otherwise "=..." (and "+x", "-x", "@x") become formulas, and numbers,
 * dates, percentages and booleans written as text become values (GENERAL_CONVERSIONS),
 * with the number format Excel gives them if the cell had none.
 */
export function enterValue(sheet: SheetModel, row: number, col: number, value: unknown): void {
  if (value === null || value === undefined) return; // null in an input array leaves the cell as it was
  const key = cellKey(row, col);
  sheet.formulas.delete(key);
  if (typeof value === "number" || typeof value === "boolean") return setValue(sheet, row, col, value);
  if (typeof value !== "string")
    throw new FakeExcelError("InvalidArgument", `Cannot write a ${typeof value} to a cell.`);
  const format = sheet.numberFormats.get(key) ?? "General";
  if (format === "@" || value === "") return setValue(sheet, row, col, value || undefined);
  if (value.startsWith("'")) return setValue(sheet, row, col, value.slice(1));
  const conversion = converted(value);
  if (conversion) {
    if (conversion.format && format === "General") sheet.numberFormats.set(key, conversion.format);
    return setValue(sheet, row, col, conversion.value);
  }
  if (/^[=+\-@]./.test(value)) {
    sheet.formulas.set(key, value);
    return setValue(sheet, row, col, "#NAME?");
  }
  setValue(sheet, row, col, value);
}

/** A 2-D input must match the range exactly; a single value fills it. */
export function eachInput(area: Area, input: unknown, apply: (row: number, col: number, value: unknown) => void): void {
  if (!Array.isArray(input)) {
    for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.cols; c++) apply(area.r0 + r, area.c0 + c, input);
    return;
  }
  const fits = input.length === area.rows && input.every((row) => Array.isArray(row) && row.length === area.cols);
  if (!fits) {
    throw new FakeExcelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${area.rows} x ${area.cols}).`,
    );
  }
  input.forEach((cells: unknown[], r) => cells.forEach((value, c) => apply(area.r0 + r, area.c0 + c, value)));
}

export function checkWritable(area: Area): void {
  if (area.sheet.protected) {
    throw new FakeExcelError("AccessDenied", `The sheet "${area.sheet.name}" is protected.`);
  }
}
