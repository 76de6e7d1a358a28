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

/**
 * 1-12 for a month's name or its start of three letters or more ("Sep", "Sept",
 * "September"), else 0. A word that only starts like one ("Febtember", "Junk",
 * "Mayhem") is not a month: read as one, a typo would put rows into a month,
 * even one missing from the data.
 */
function monthOfName(word: string): number {
  const lower = word.toLowerCase();
  return MONTH_NAMES.findIndex((name) => name.startsWith(lower)) + 1;
}

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
 * A Date may stand for midnight UTC (ExcelJS) or local midnight (a browser), so
 * the 1st of a month in British Summer Time is 23:00 UTC on the last day of the
 * previous month. Shifting by 12 hours before reading the UTC month gives the
 * intended calendar day for any offset within 12 hours of UTC.
 */
export function monthFromDate(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) return UNREADABLE;
  const noonish = new Date(time + MS_PER_DAY / 2);
  return checked(noonish.getUTCFullYear(), noonish.getUTCMonth() + 1);
}

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T ].*)?$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NAMED_MONTH = /^(?:\d{1,2}[-\s])?([a-z]{3,9})\.?[-\s,]+(\d{4}|\d{2})$/i;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

/** Month index from text, or UNREADABLE. UK order for day-first dates (dd/mm/yyyy). */
export function monthFromText(raw: string): number {
  const text = raw.trim();
  let match = YEAR_FIRST.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]));
  match = DAY_FIRST.exec(text);
  if (match) return checked(Number(match[3]), Number(match[2]));
  match = MONTH_YEAR.exec(text);
  if (match) return checked(Number(match[2]), Number(match[1]));
  match = NAMED_MONTH.exec(text);
  if (match) {
    const month = monthOfName(match[1]);
    const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
    return month === 0 ? UNREADABLE : checked(year, month);
  }
  if (SERIAL_TEXT.test(text)) return monthFromExcelSerial(Number(text));
  return UNREADABLE;
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
