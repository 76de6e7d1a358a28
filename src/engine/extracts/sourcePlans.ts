/**
 * How each format's fields become a row of the crime table. A plan names the
 * columns to read and the reader for each; the caller (the cell reader or the
 * CSV byte reader) fills `values` in that order and calls `accept`.
 */
import { EXCEL_ERROR, type FieldReader } from "./fieldReaders";
import { quarterFirstMonth } from "./months";
import type { ReadingSession } from "./readingSession";
import { SET_ASIDE } from "./setAsideReasons";
import type { CrimeField, Detection } from "./types";

export interface SourcePlan {
  /** 0-based columns to read, in the order of `values`. */
  readonly columns: readonly number[];
  readonly readers: readonly FieldReader[];
  /** Column of the Crime ID, -1 when the format has none. */
  readonly crimeIdColumn: number;
  /** Adds the row to the table or sets it aside; true when it was added. */
  accept(values: Float64Array, rowNumber: number): boolean;
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

function columnsOf(detection: Detection, uses: FieldUse[]): { columns: number[]; readers: FieldReader[] } {
  const present = uses.filter((use) => detection.columns[use.field] !== undefined);
  return {
    columns: present.map((use) => detection.columns[use.field] as number),
    readers: present.map((use) => use.reader),
  };
}

/** police.uk: values are [month, force, district, category]. */
function policeUkPlan(session: ReadingSession, detection: Detection): SourcePlan {
  const r = session.readers;
  const { columns, readers } = columnsOf(detection, [
    { field: "month", reader: r.month },
    { field: "force", reader: r.force },
    { field: "lsoaName", reader: r.lsoaDistrict },
    { field: "crimeType", reader: r.crimeType },
  ]);
  return {
    columns,
    readers,
    crimeIdColumn: detection.columns.crimeId ?? -1,
    accept(v, row) {
      if (hasExcelError(v)) return session.setAside(SET_ASIDE.excelError, row);
      if (v[0] < 0) return session.setAside(SET_ASIDE.unreadableMonth, row);
      if (v[2] < 0) return session.setAside(SET_ASIDE.blankLsoa, row);
      if (v[3] < 0) return session.setAside(SET_ASIDE.unknownCrimeType, row);
      return session.keep(v[0], v[2], session.force(v[1]), v[3], 1, row);
    },
  };
}

/**
 * Home Office quarterly counts: a quarter is not a month, so each row is held at
 * the first month of its quarter with the quarter's count, and the source is
 * flagged `quarterly` so that measures and the method page can say so.
 * Values are [financial year start, quarter, force, area, category, count].
 */
function homeOfficePlan(session: ReadingSession, detection: Detection): SourcePlan {
  const r = session.readers;
  const { columns, readers } = columnsOf(detection, [
    { field: "financialYear", reader: r.financialYear },
    { field: "financialQuarter", reader: r.quarter },
    { field: "force", reader: r.force },
    { field: "area", reader: r.area },
    { field: "category", reader: r.category },
    { field: "count", reader: r.count },
  ]);
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
      return session.keep(quarterFirstMonth(v[0], v[1]), v[3], session.force(v[2]), v[4], v[5], row);
    },
  };
}

/** A user-mapped table: values are [month, area, category, count?, force?]; absent ones default to 1 and "Force not stated". */
function mappedPlan(session: ReadingSession, detection: Detection): SourcePlan {
  const r = session.readers;
  const hasCount = detection.columns.count !== undefined;
  const hasForce = detection.columns.force !== undefined;
  const { columns, readers } = columnsOf(detection, [
    { field: "date", reader: r.month },
    { field: "area", reader: r.area },
    { field: "category", reader: r.category },
    { field: "count", reader: r.count },
    { field: "force", reader: r.force },
  ]);
  const forceAt = hasCount ? 4 : 3;
  return {
    columns,
    readers,
    crimeIdColumn: -1,
    accept(v, row) {
      if (hasExcelError(v)) return session.setAside(SET_ASIDE.excelError, row);
      if (v[0] < 0) return session.setAside(SET_ASIDE.unreadableMonth, row);
      if (v[1] < 0) return session.setAside(SET_ASIDE.blankArea, row);
      if (v[2] < 0) return session.setAside(SET_ASIDE.blankCategory, row);
      const count = hasCount ? v[3] : 1;
      if (Number.isNaN(count)) return session.setAside(SET_ASIDE.unreadableCount, row);
      return session.keep(v[0], v[1], session.force(hasForce ? v[forceAt] : -1), v[2], count, row);
    },
  };
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
