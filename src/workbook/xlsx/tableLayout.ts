/**
 * What a table's cells hold once written: shared by the table writer and by the
 * chart caches, so a chart's cached values are exactly what its cells hold.
 */
import type { TablePlan } from "../../report/plan";
import { excelValue } from "./cellValues";

/**
 * Excel needs a table to have at least one body row (it repairs a header-only
 * table), so an empty table gets one blank row, as Excel itself does.
 */
export function tableBodyRows(table: TablePlan): (string | number | null)[][] {
  if (table.rows.length === 0) return [table.columns.map(() => null)];
  return table.rows.map((row) => row.map(excelValue));
}

/**
 * Excel requires non-empty column names, unique regardless of case; it repairs
 * the file otherwise. Duplicates get " 2", " 3" as Excel does when you type one.
 */
export function tableColumnNames(table: TablePlan): string[] {
  const seen = new Set<string>();
  return table.columns.map((column, index) => {
    const base = column.header.trim() === "" ? `Column${index + 1}` : column.header;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** 0-based row of the note: directly below the last body row. */
export function noteRow(table: TablePlan): number {
  return table.at.row + tableBodyRows(table).length + 1;
}
