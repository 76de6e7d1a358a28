/**
 * A mapped table none of whose dates could be read: the wrong column was mapped,
 * or its dates are written in a way the engine does not read. Said before anything
 * is computed, with the values seen, rather than as every row set aside.
 */
import { AssessmentError } from "../errors";
import type { MonthOfYearReader, MonthReader, YearReader } from "./fieldReaders";
import type { Detection } from "./types";

const DATE_FORMS =
  'date cells, date-times, Excel serial numbers, or text such as "31/03/2024" (day first), "2024-03-31", "Mar-24" or "March 2024"';

function quoted(values: readonly string[]): string {
  return values.length === 0 ? "none (every one is blank)" : values.map((v) => `"${v}"`).join(", ");
}

export function noReadableDatesError(
  source: string,
  detection: Detection,
  readers: { date: MonthReader; year: YearReader; month: MonthOfYearReader },
): AssessmentError {
  const header = (column: number | undefined) => (column === undefined ? "" : detection.headers[column]);
  if (detection.columns.date !== undefined) {
    const column = header(detection.columns.date);
    return new AssessmentError(
      `No date in the column "${column}" could be read. Values seen: ${quoted(readers.date.unreadable)}.`,
      `Map a column holding ${DATE_FORMS}; or map a year column and a month column instead.`,
      { source, column },
    );
  }
  const year = header(detection.columns.year);
  const month = header(detection.columns.monthOfYear);
  const seen = [
    readers.year.unreadable.length ? `in "${year}": ${quoted(readers.year.unreadable)}` : "",
    readers.month.unreadable.length ? `in "${month}": ${quoted(readers.month.unreadable)}` : "",
  ].filter(Boolean);
  const values = seen.length ? `Values that could not be read ${seen.join("; ")}.` : "The columns are blank.";
  return new AssessmentError(
    `No row's year and month (columns "${year}" and "${month}") could be read together. ${values}`,
    'The year column needs a four-digit year (2024) and the month column 1 to 12 or a month\'s name ("Mar", "March").',
    { source, column: readers.year.unreadable.length ? year : month },
  );
}
