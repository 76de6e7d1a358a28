/**
 * What discovery can tell from an extract's first rows and its last row: months
 * covered, districts and forces seen. Uses the engine's own cell readers, so the
 * pane shows what the engine will read.
 */
import { districtOfLsoaName, type Cell, type Detection } from "../../engine/extracts";
import { monthKey } from "../../engine/extracts/crimeTable";
import {
  financialQuarter,
  financialYearStart,
  monthFromCell,
  quarterFirstMonth,
  UNREADABLE,
} from "../../engine/extracts/months";

export interface ExtractSample {
  firstMonth: string | null;
  lastMonth: string | null;
  districts: string[];
  forces: string[];
}

function monthOfRow(detection: Detection, row: Cell[]): number {
  const { month, date, financialYear, financialQuarter: quarter } = detection.columns;
  if (month !== undefined || date !== undefined) return monthFromCell(row[(month ?? date) as number]);
  if (financialYear === undefined || quarter === undefined) return UNREADABLE;
  const year = financialYearStart(row[financialYear]);
  const q = financialQuarter(row[quarter]);
  return year === UNREADABLE || q === UNREADABLE ? UNREADABLE : quarterFirstMonth(year, q);
}

function text(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

function districtOfRow(detection: Detection, row: Cell[]): string {
  const { lsoaName, area } = detection.columns;
  if (lsoaName !== undefined) return districtOfLsoaName(text(row[lsoaName]));
  return area === undefined ? "" : text(row[area]);
}

/** `rows` are data rows (below the header) in sheet order. */
export function sampleExtract(detection: Detection, rows: Cell[][]): ExtractSample {
  const months = rows.map((row) => monthOfRow(detection, row)).filter((m) => m !== UNREADABLE);
  const seen = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const force = detection.columns.force;
  return {
    firstMonth: months.length ? monthKey(Math.min(...months)) : null,
    lastMonth: months.length ? monthKey(Math.max(...months)) : null,
    districts: seen(rows.map((row) => districtOfRow(detection, row))),
    forces: force === undefined ? [] : seen(rows.map((row) => text(row[force]))),
  };
}

/** The first rows as Excel gave them, cut to the source's own rows and columns. */
export function trimmed(values: unknown[][], rowCount: number, columnCount: number): Cell[][] {
  return values.slice(0, rowCount).map((row) => row.slice(0, columnCount) as Cell[]);
}
