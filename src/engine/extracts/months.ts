/**
 * Reading the month a row belongs to from whatever a sheet or CSV holds:
 * "2024-01" text (police.uk), an Excel date serial (Excel turned the text into a
 * date), a JS Date (ExcelJS), or a few common date spellings from other exports.
 * Every reader returns a month index (year * 12 + month - 1) or UNREADABLE.
 */
import { monthIndex } from "./crimeTable";
import type { Cell } from "./types";

export const UNREADABLE = -1;

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 (its serials count days since 30 December 1899, allowing for the 1900 leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
const LARGEST_SERIAL = 2_958_465; // 31 December 9999

function checked(year: number, month1to12: number): number {
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR && month1to12 >= 1 && month1to12 <= 12)) return UNREADABLE;
  return monthIndex(year, month1to12);
}

export function monthFromExcelSerial(serial: number): number {
  if (!Number.isFinite(serial) || serial < 1 || serial > LARGEST_SERIAL) return UNREADABLE;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return checked(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/**
 * A Date from ExcelJS holds a cell's date and time as UTC (a date-time of 23:30 on
 * 31 March is 2024-03-31T23:30Z), so its UTC fields are the calendar day. A Date
 * made in a browser for a date cell may instead be local midnight (in British
 * Summer Time, 1 April is 23:00 UTC on 31 March): a Date at exactly local midnight
 * is read by its local fields. (Where the machine's clock is on UTC they agree.)
 */
export function monthFromDate(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) return UNREADABLE;
  const localMidnight =
    date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0;
  return localMidnight
    ? checked(date.getFullYear(), date.getMonth() + 1)
    : checked(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[T ].*)?$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NAMED_MONTH = /^(?:\d{1,2}[-\s])?([a-z]{3,9})\.?[-\s,]+(\d{4}|\d{2})$/i;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

/** Month index from text, or UNREADABLE. UK order for day-first dates (dd/mm/yyyy). */
export function monthFromText(raw: string): number {
  const text = raw.trim();
  let match = YEAR_FIRST.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]));
  match = DAY_FIRST.exec(text);
  if (match) return checked(fullYear(match[3]), Number(match[2]));
  match = MONTH_YEAR.exec(text);
  if (match) return checked(Number(match[2]), Number(match[1]));
  match = NAMED_MONTH.exec(text);
  if (match) {
    const month = monthOfName(match[1]);
    return month === UNREADABLE ? UNREADABLE : checked(fullYear(match[2]), month);
  }
  if (SERIAL_TEXT.test(text)) return monthFromExcelSerial(Number(text));
  return UNREADABLE;
}

/** "24" is 2024: two-digit years in UK exports are this century's. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

const FULL_MONTH_NAMES = [
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

/**
 * 1 to 12 for a month's name or its start of three letters or more ("Mar",
 * "Sept", "Febr", "March"; any case); UNREADABLE for any other word. A word that
 * only starts like one ("Febtember", "Junk", "Mayhem") is not a month: read as
 * one, a typo would put rows into a month, even one missing from the data.
 */
export function monthOfName(word: string): number {
  const name = word.trim().toLowerCase();
  if (name.length < 3) return UNREADABLE;
  const month = FULL_MONTH_NAMES.findIndex((full) => full.startsWith(name));
  return month >= 0 ? month + 1 : UNREADABLE;
}

/** A calendar year column: 2024 as a number or text; UNREADABLE outside 1900-2199. */
export function yearFromCell(cell: Cell): number {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
  if (!/^\d{4}$/.test(text)) return UNREADABLE;
  const year = Number(text);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : UNREADABLE;
}

/** A month-of-year column: 1 to 12 (as a number or text, "03" too), or a month's name ("Mar", "March"). */
export function monthOfYearFromCell(cell: Cell): number {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : UNREADABLE;
  }
  return /^[a-z]+\.?$/i.test(text) ? monthOfName(text.replace(/\.$/, "")) : UNREADABLE;
}

export function monthFromCell(cell: Cell): number {
  if (typeof cell === "string") return monthFromText(cell);
  if (typeof cell === "number") return monthFromExcelSerial(cell);
  if (cell instanceof Date) return monthFromDate(cell);
  return UNREADABLE;
}

/** "2025/26" or "2025-26" or "2025/2026" -> 2025, the calendar year the financial year starts in. */
export function financialYearStart(cell: Cell): number {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
  const match = /^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/.exec(text);
  if (!match) return UNREADABLE;
  const start = Number(match[1]);
  const end = Number(match[2]);
  const consecutive = match[2].length === 2 ? end === (start + 1) % 100 : end === start + 1;
  return consecutive && start >= FIRST_YEAR && start < LAST_YEAR ? start : UNREADABLE;
}

/** Quarter 1 to 4 from 1, "1", "Q1" or "Quarter 1"; UNREADABLE otherwise. */
export function financialQuarter(cell: Cell): number {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
  const match = /^(?:q|quarter\s*)?([1-4])$/i.exec(text);
  return match ? Number(match[1]) : UNREADABLE;
}

/** The first month of a financial quarter: Q1 is April to June of the starting year, Q4 January to March after it. */
export function quarterFirstMonth(financialYearStartYear: number, quarter: number): number {
  return monthIndex(financialYearStartYear, 4) + (quarter - 1) * 3;
}
