/**
 * Checks that a plan can be written as a valid workbook. A failure here is a bug
 * in the planner, not something the analyst can fix, so it is a plain Error.
 */
import type { RangeRef, ReportPlan, TablePlan } from "../../report/plan";

const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;
/** Names Excel would read as a cell address (A1 or R1C1 style), which it refuses for tables. */
const LOOKS_LIKE_ADDRESS = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export function checkPlanIsWritable(plan: ReportPlan): void {
  const problems: string[] = [];
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) {
    const lower = sheet.name.toLowerCase();
    if (sheet.name.length === 0 || sheet.name.length > 31 || FORBIDDEN_SHEET_CHARS.test(sheet.name)) {
      problems.push(`sheet name "${sheet.name}" is not a valid Excel sheet name`);
    }
    if (sheetNames.has(lower)) problems.push(`sheet name "${sheet.name}" is used twice`);
    sheetNames.add(lower);
    for (const block of sheet.blocks) {
      if (block.kind !== "table") continue;
      problems.push(...tableProblems(block));
      if (tableNames.has(block.name.toLowerCase())) problems.push(`table name "${block.name}" is used twice`);
      tableNames.add(block.name.toLowerCase());
    }
  }
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      if (block.kind !== "chart") continue;
      const ranges = [block.categories, ...block.series.flatMap((s) => [s.nameRef, s.values])];
      ranges
        .filter((range) => !sheetNames.has(range.sheet.toLowerCase()) || !isOrdered(range))
        .forEach((range) => {
          problems.push(
            `chart "${block.name}" refers to "${range.sheet}" rows ${range.firstRow}-${range.lastRow}, which is not a sheet range in the plan`,
          );
        });
    }
  }
  if (problems.length > 0) throw new Error(`The report plan cannot be written: ${problems.join("; ")}.`);
}

function tableProblems(table: TablePlan): string[] {
  const problems: string[] = [];
  if (!TABLE_NAME.test(table.name) || LOOKS_LIKE_ADDRESS.test(table.name))
    problems.push(`table name "${table.name}" is not a valid Excel table name`);
  if (table.at.row < 1) problems.push(`table "${table.name}" starts on the first row, leaving no room for its caption`);
  table.rows.forEach((row, index) => {
    if (row.length !== table.columns.length) {
      problems.push(
        `table "${table.name}" body row ${index} has ${row.length} cells for ${table.columns.length} columns`,
      );
    }
  });
  return problems;
}

function isOrdered(range: RangeRef): boolean {
  return (
    range.firstRow >= 0 && range.firstCol >= 0 && range.firstRow <= range.lastRow && range.firstCol <= range.lastCol
  );
}
