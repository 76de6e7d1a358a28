/**
 * Turning one cell of a field into a number the table holds: a month index, a
 * dictionary id, or a count. Each reader caches what it has worked out per
 * distinct text, so a million rows cost a Map lookup each, not a parse.
 * UNREADABLE (-1) marks a blank or unreadable value; NaN marks an unreadable count;
 * EXCEL_ERROR (-2) marks one of Excel's error values (#N/A, #REF!...) in any field.
 */
import { canonicalCrimeType } from "./crimeTypes";
import { districtOfLsoaName } from "./district";
import { financialQuarter, financialYearStart, monthFromCell, monthFromText, UNREADABLE } from "./months";
import type { StringDictionary } from "./tableBuilder";
import type { Cell } from "./types";

/** What every reader returns for a cell holding an Excel error value, so the row is set aside as such. */
export const EXCEL_ERROR = -2;

/**
 * Excel's error literals, as Excel, Office.js and ExcelJS write them. A cell holding
 * one is neither blank nor a value: "#N/A" must not become a district or a category.
 */
const EXCEL_ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** True for text that is one of Excel's error values (any case, spaces around allowed). */
export function isExcelErrorText(text: string): boolean {
  const tidy = text.trim();
  return tidy.startsWith("#") && EXCEL_ERROR_LITERALS.has(tidy.toUpperCase());
}

export interface FieldReader {
  read(cell: Cell): number;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "" || (typeof cell === "string" && cell.trim() === "");
}

/** A cell's text; an invalid Date (a date cell Excel cannot show) has none, and toISOString would throw on it. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
  return String(cell);
}

/** Caches the value worked out for each distinct text; other cell types are worked out each time. */
abstract class CachedReader implements FieldReader {
  private readonly cache = new Map<string, number>();
  private lastText: string | null = null;
  private lastValue = UNREADABLE;

  read(cell: Cell): number {
    if (typeof cell !== "string") return this.fromOther(cell);
    // Neighbouring rows often repeat a value (same month, same force): skip even the Map lookup.
    if (cell === this.lastText) return this.lastValue;
    let value = this.cache.get(cell);
    if (value === undefined) {
      value = isExcelErrorText(cell) ? EXCEL_ERROR : this.fromText(cell);
      this.cache.set(cell, value);
    }
    this.lastText = cell;
    this.lastValue = value;
    return value;
  }

  protected abstract fromText(text: string): number;

  protected fromOther(cell: Cell): number {
    return isBlank(cell) ? this.fromText("") : this.fromText(cellText(cell));
  }
}

export class MonthReader extends CachedReader {
  private readonly serials = new Map<number, number>();

  protected fromText(text: string): number {
    return monthFromText(text);
  }
  /** Excel serials (what Office.js gives for a date cell) are cached too: a sheet has few distinct ones. */
  protected override fromOther(cell: Cell): number {
    if (typeof cell !== "number") return monthFromCell(cell);
    let value = this.serials.get(cell);
    if (value === undefined) {
      value = monthFromCell(cell);
      this.serials.set(cell, value);
    }
    return value;
  }
}

/** Text interned into a dictionary; a blank gives UNREADABLE. */
export class TextReader extends CachedReader {
  constructor(private readonly dictionary: StringDictionary) {
    super();
  }
  protected fromText(text: string): number {
    const tidy = text.trim().replace(/\s+/g, " ");
    return tidy === "" ? UNREADABLE : this.dictionary.intern(tidy);
  }
}

export class LsoaDistrictReader extends CachedReader {
  constructor(private readonly districts: StringDictionary) {
    super();
  }
  protected fromText(text: string): number {
    const district = districtOfLsoaName(text);
    return district === "" ? UNREADABLE : this.districts.intern(district);
  }
}

export class CrimeTypeReader extends CachedReader {
  constructor(private readonly categories: StringDictionary) {
    super();
  }
  protected fromText(text: string): number {
    const type = canonicalCrimeType(text);
    return type === null ? UNREADABLE : this.categories.intern(type);
  }
}

/** Free-text categories (Home Office offence groups, mapped tables); police.uk types are stored canonically. */
export class CategoryReader extends CachedReader {
  constructor(private readonly categories: StringDictionary) {
    super();
  }
  protected fromText(text: string): number {
    const tidy = text.trim().replace(/\s+/g, " ");
    if (tidy === "") return UNREADABLE;
    return this.categories.intern(canonicalCrimeType(tidy) ?? tidy);
  }
}

export class FinancialYearReader extends CachedReader {
  protected fromText(text: string): number {
    return financialYearStart(text);
  }
}

export class QuarterReader extends CachedReader {
  protected fromText(text: string): number {
    return financialQuarter(text);
  }
  protected override fromOther(cell: Cell): number {
    return financialQuarter(cell);
  }
}

/** A count of crimes: a whole or decimal number, thousands separators allowed; NaN when unreadable or negative. */
export class CountReader extends CachedReader {
  protected fromText(text: string): number {
    const tidy = text.trim().replace(/,/g, "");
    if (!/^\d+(\.\d+)?$/.test(tidy)) return NaN;
    return Number(tidy);
  }
  protected override fromOther(cell: Cell): number {
    if (typeof cell === "number") return Number.isFinite(cell) && cell >= 0 ? cell : NaN;
    return NaN;
  }
}
