/**
 * How each format's fields become a row of the crime table. A plan names the
 * columns to read and the reader for each; the caller (the cell reader or the
 * CSV byte reader) fills `values` in that order and calls `accept`.
 */
import { monthIndex } from "./crimeTable";
import { EXCEL_ERROR, MonthOfYearReader, MonthReader, TextReader, YearReader, type FieldReader } from "./fieldReaders";
import { FlagColumns } from "./flagColumns";
import { noReadableDatesError } from "./mappedDates";
import { quarterFirstMonth, UNREADABLE } from "./months";
import type { ReadingSession } from "./readingSession";
import { SET_ASIDE } from "./setAsideReasons";
import { StringDictionary } from "./tableBuilder";
import type { CrimeField, Detection } from "./types";

export interface SourcePlan {
  /** 0-based columns to read, in the order of `values`. */
  readonly columns: readonly number[];
  readonly readers: readonly FieldReader[];
  /** Column of the Crime ID, -1 when the format has none. */
  readonly crimeIdColumn: number;
  /** Adds the row to the table or sets it aside; true when it was added. */
  accept(values: Float64Array, rowNumber: number): boolean;
  /**
   * Called once every row of the source has been read, before the table is used:
   * settles what needs the whole source (flag columns), or throws an AssessmentError.
   */
  end?(): void;
}

interface FieldUse {
  field: CrimeField;
  reader: FieldReader;
}

/** True when any field read holds an Excel error value (#N/A, #REF!...): the row is set aside as such, whatever the format. */
function hasExcelError(values: Float64Array): boolean {
  for (let f = 0; f < values.length; f++) if (values[f] === EXCEL_ERROR) return true;
  return false;
}

/** The columns and readers of the fields present, and each field's slot in `values` (-1 when absent). */
function columnsOf(detection: Detection, uses: FieldUse[]) {
  const present = uses.filter((use) => detection.columns[use.field] !== undefined);
  const slot = (field: CrimeField) => present.findIndex((use) => use.field === field);
  return {
    columns: present.map((use) => detection.columns[use.field] as number),
    readers: present.map((use) => use.reader),
    slot,
  };
}

/** police.uk: values are [month, force, LSOA name, crime type, LSOA code?]. */
function policeUkPlan(session: ReadingSession, detection: Detection): SourcePlan {
  const r = session.readers;
  const names = r.lsoaName;
  const builder = session.builder;
  const { columns, readers, slot } = columnsOf(detection, [
    { field: "month", reader: r.month },
    { field: "force", reader: r.force },
    { field: "lsoaName", reader: names },
    { field: "crimeType", reader: r.crimeType },
    { field: "lsoa", reader: r.lsoa },
  ]);
  const lsoaAt = slot("lsoa");
  return {
    columns,
    readers,
    crimeIdColumn: detection.columns.crimeId ?? -1,
    accept(v, row) {
      if (hasExcelError(v)) return session.setAside(SET_ASIDE.excelError, row);
      if (v[0] < 0) return session.setAside(SET_ASIDE.unreadableMonth, row);
      if (v[2] < 0) return session.setAside(SET_ASIDE.blankLsoa, row);
      if (v[3] < 0) return session.setAside(SET_ASIDE.unknownCrimeType, row);
      const lsoa = lsoaAt < 0 ? UNREADABLE : v[lsoaAt];
      if (lsoa >= 0) builder.nameLsoa(lsoa, names.names.values[v[2]]);
      return session.keep(v[0], names.districtOf[v[2]], session.force(v[1]), v[3], 1, row, lsoa);
    },
  };
}

/**
 * Home Office quarterly counts: a quarter is not a month, so each row is held at
 * the first month of its quarter with the quarter's count, and the source is
 * flagged `quarterly` so that measures and the method page can say so.
 * Values are [financial year start, quarter, force, area, category, count, subgroup?, code?].
 */
function homeOfficePlan(session: ReadingSession, detection: Detection): SourcePlan {
  const r = session.readers;
  const { columns, readers, slot } = columnsOf(detection, [
    { field: "financialYear", reader: r.financialYear },
    { field: "financialQuarter", reader: r.quarter },
    { field: "force", reader: r.force },
    { field: "area", reader: r.area },
    { field: "category", reader: r.category },
    { field: "count", reader: r.count },
    { field: "subgroup", reader: r.subgroup },
    { field: "code", reader: r.code },
  ]);
  const subgroupAt = slot("subgroup");
  const codeAt = slot("code");
  return {
    columns,
    readers,
    crimeIdColumn: -1,
    accept(v, row) {
      if (hasExcelError(v)) return session.setAside(SET_ASIDE.excelError, row);
      if (v[0] < 0 || v[1] < 0) return session.setAside(SET_ASIDE.unreadableQuarter, row);
      if (v[3] < 0) return session.setAside(SET_ASIDE.blankArea, row);
      if (v[4] < 0) return session.setAside(SET_ASIDE.blankCategory, row);
      if (Number.isNaN(v[5])) return session.setAside(SET_ASIDE.unreadableCount, row);
      const subgroup = subgroupAt < 0 ? UNREADABLE : v[subgroupAt];
      const code = codeAt < 0 ? UNREADABLE : v[codeAt];
      const month = quarterFirstMonth(v[0], v[1]);
      return session.keep(month, v[3], session.force(v[2]), v[4], v[5], row, UNREADABLE, subgroup, code);
    },
  };
}

/**
 * A user-mapped table: a date (or a year and a month), area and category, and
 * optionally a count (else 1 a row), force (else "Force not stated"), LSOA code,
 * offence subgroup and code, and flag columns (after the fields, in the mapping's
 * order). Each mapped source has its own date and flag readers, so that what
 * they could not read is reported for that source.
 */
function mappedPlan(session: ReadingSession, detection: Detection): SourcePlan {
  const r = session.readers;
  const dates = { date: new MonthReader(), year: new YearReader(), month: new MonthOfYearReader() };
  // The table keeps LSOA codes; a mapped name only names its code, so it is read into a dictionary of its own.
  const lsoaNames = new StringDictionary();
  const fields = columnsOf(detection, [
    { field: "date", reader: dates.date },
    { field: "year", reader: dates.year },
    { field: "monthOfYear", reader: dates.month },
    { field: "area", reader: r.area },
    { field: "category", reader: r.category },
    { field: "count", reader: r.count },
    { field: "force", reader: r.force },
    { field: "lsoa", reader: r.lsoa },
    { field: "lsoaName", reader: new TextReader(lsoaNames) },
    { field: "subgroup", reader: r.subgroup },
    { field: "code", reader: r.code },
  ]);
  const at = {
    date: fields.slot("date"),
    year: fields.slot("year"),
    month: fields.slot("monthOfYear"),
    area: fields.slot("area"),
    category: fields.slot("category"),
    count: fields.slot("count"),
    force: fields.slot("force"),
    lsoa: fields.slot("lsoa"),
    lsoaName: fields.slot("lsoaName"),
    subgroup: fields.slot("subgroup"),
    code: fields.slot("code"),
  };
  const flags = new FlagColumns(session, detection.flags ?? [], fields.columns.length);
  const optional = (v: Float64Array, slot: number) => (slot < 0 ? UNREADABLE : v[slot]);
  let readableDates = 0;
  return {
    columns: [...fields.columns, ...flags.columns],
    readers: [...fields.readers, ...flags.readers],
    crimeIdColumn: -1,
    accept(v, row) {
      const month = at.date >= 0 ? v[at.date] : yearAndMonth(v[at.year], v[at.month]);
      if (month >= 0) readableDates++;
      if (hasExcelError(v)) return session.setAside(SET_ASIDE.excelError, row);
      if (month < 0) return session.setAside(SET_ASIDE.unreadableMonth, row);
      if (v[at.area] < 0) return session.setAside(SET_ASIDE.blankArea, row);
      if (v[at.category] < 0) return session.setAside(SET_ASIDE.blankCategory, row);
      const count = at.count < 0 ? 1 : v[at.count];
      if (Number.isNaN(count)) return session.setAside(SET_ASIDE.unreadableCount, row);
      const bits = flags.read(v, row);
      if (bits < 0) return session.setAside(SET_ASIDE.unrecognisedFlag, row);
      const kept = session.keep(
        month,
        v[at.area],
        session.force(optional(v, at.force)),
        v[at.category],
        count,
        row,
        optional(v, at.lsoa),
        optional(v, at.subgroup),
        optional(v, at.code),
        bits,
      );
      if (kept) {
        flags.kept(row);
        const lsoa = optional(v, at.lsoa);
        const name = optional(v, at.lsoaName);
        if (lsoa >= 0 && name >= 0) session.builder.nameLsoa(lsoa, lsoaNames.values[name]);
      }
      return kept;
    },
    end() {
      if (readableDates === 0 && session.rowsReadInSource > 0) {
        throw noReadableDatesError(session.sourceName, detection, dates);
      }
      flags.end();
    },
  };
}

/** The month index of a year and a month of the year (1-12), or UNREADABLE when either could not be read. */
function yearAndMonth(year: number, month: number): number {
  return year < 0 || month < 0 ? UNREADABLE : monthIndex(year, month);
}

export function planFor(session: ReadingSession, detection: Detection): SourcePlan {
  switch (detection.format) {
    case "police-uk":
      return policeUkPlan(session, detection);
    case "home-office-csp":
      return homeOfficePlan(session, detection);
    case "mapped":
      return mappedPlan(session, detection);
  }
}
