/**
 * Turning one cell of a field into a number the table holds: a month index, a
 * dictionary id, or a count. Each reader caches what it has worked out per
 * distinct text, so a million rows cost a Map lookup each, not a parse.
 * UNREADABLE (-1) marks a blank or unreadable value; NaN marks an unreadable count;
 * EXCEL_ERROR (-2) marks one of Excel's error values (#N/A, #REF!...) in any field.
 */
import { canonicalCrimeType } from "./crimeTypes";
import { districtOfLsoaName } from "./district";
import {
  financialQuarter,
  financialYearStart,
  monthFromCell,
  monthFromText,
  monthOfYearFromCell,
  UNREADABLE,
  yearFromCell,
} from "./months";
import { StringDictionary } from "./tableBuilder";
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

/** How many distinct values a reader keeps as examples of what it could not read. */
const UNREADABLE_EXAMPLES = 5;

/** A reader that keeps the first few distinct values it could not read, for a message quoting them. */
abstract class ExampleKeepingReader extends CachedReader {
  /**
   * The first distinct values (as written, trimmed) that gave UNREADABLE. Blanks are
   * not kept: the CSV reader reads a blank before any row, to fill short rows.
   */
  readonly unreadable: string[] = [];

  protected noted(value: number, cell: Cell): number {
    if (value === UNREADABLE && this.unreadable.length < UNREADABLE_EXAMPLES && !isBlank(cell)) {
      const shown = cellText(cell).trim();
      if (!this.unreadable.includes(shown)) this.unreadable.push(shown);
    }
    return value;
  }
}

export class MonthReader extends ExampleKeepingReader {
  private readonly serials = new Map<number, number>();

  protected fromText(text: string): number {
    return this.noted(monthFromText(text), text);
  }
  /** Excel serials (what Office.js gives for a date cell) are cached too: a sheet has few distinct ones. */
  protected override fromOther(cell: Cell): number {
    if (typeof cell !== "number") return this.noted(monthFromCell(cell), cell);
    let value = this.serials.get(cell);
    if (value === undefined) {
      value = this.noted(monthFromCell(cell), cell);
      this.serials.set(cell, value);
    }
    return value;
  }
}

/** A mapped table's year column: the calendar year, or UNREADABLE. */
export class YearReader extends ExampleKeepingReader {
  protected fromText(text: string): number {
    return this.noted(yearFromCell(text), text);
  }
  protected override fromOther(cell: Cell): number {
    return this.noted(yearFromCell(cell), cell);
  }
}

/** A mapped table's month column: 1 to 12, or UNREADABLE. */
export class MonthOfYearReader extends ExampleKeepingReader {
  protected fromText(text: string): number {
    return this.noted(monthOfYearFromCell(text), text);
  }
  protected override fromOther(cell: Cell): number {
    return this.noted(monthOfYearFromCell(cell), cell);
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

/**
 * A police.uk LSOA name interned whole (an id into `names`), with the district of
 * each name in `districtOf`: the table keeps the district, and names each LSOA code.
 */
export class LsoaNameReader extends CachedReader {
  /** The LSOA names seen (a dictionary the table does not hold). */
  readonly names = new StringDictionary();
  readonly districtOf: number[] = [];
  constructor(private readonly districts: StringDictionary) {
    super();
  }
  protected fromText(text: string): number {
    const name = text.trim().replace(/\s+/g, " ");
    const district = districtOfLsoaName(name);
    if (district === "") return UNREADABLE;
    const id = this.names.intern(name);
    this.districtOf[id] = this.districts.intern(district);
    return id;
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

/** What a flag cell reads as: blank or a "no" spelling (not flagged), a "yes" spelling, or FLAG_OTHER + k for the k-th other value. */
export const FLAG_BLANK = 0;
export const FLAG_NO = 1;
export const FLAG_YES = 2;
export const FLAG_OTHER = 3;

const FLAG_SPELLINGS = new Map<string, number>([
  ["y", FLAG_YES],
  ["yes", FLAG_YES],
  ["1", FLAG_YES],
  ["true", FLAG_YES],
  ["n", FLAG_NO],
  ["no", FLAG_NO],
  ["0", FLAG_NO],
  ["false", FLAG_NO],
]);

/**
 * One flag column of one source: Y/N, Yes/No, 1/0, TRUE/FALSE (any case), or a mark
 * against blanks. Which it is depends on the whole column: while the only non-blank
 * value seen is one that is not a flag spelling ("DA", "X"), it may be the mark;
 * once the column holds two different non-blank values, a value that is not a
 * flag spelling is not recognised. A blank is never flagged.
 */
export class FlagReader extends CachedReader {
  /** The values seen that are not flag spellings, as first written (any case and spacing counts as one). */
  readonly others: string[] = [];
  private readonly otherIds = new Map<string, number>();
  private sawSpelling = false;

  /** Whether the column may still be "marked vs blank": no flag spelling and at most one other value so far. */
  get markerPossible(): boolean {
    return !this.sawSpelling && this.others.length <= 1;
  }

  protected fromText(text: string): number {
    const folded = text.trim().replace(/\s+/g, " ").toLowerCase();
    if (folded === "") return FLAG_BLANK;
    const spelling = FLAG_SPELLINGS.get(folded);
    if (spelling !== undefined) {
      this.sawSpelling = true;
      return spelling;
    }
    let id = this.otherIds.get(folded);
    if (id === undefined) {
      id = this.others.push(text.trim()) - 1;
      this.otherIds.set(folded, id);
    }
    return FLAG_OTHER + id;
  }
}
