/**
 * Everything about a report plan that could make Excel refuse a write, checked
 * before the first write: names, shapes, and that every chart points at cells
 * of a sheet in the plan. A failure here leaves the workbook untouched.
 */
import { AssessmentError } from "../../../engine/errors";
import type { ChartPlan, RangeRef, ReportPlan, SheetPlan, TablePlan } from "../../../report/plan";
import { sameName, sheetNameProblem, tableNameProblem } from "../excelNames";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function planError(problem: string, sheet?: string): AssessmentError {
  return new AssessmentError(
    `The assessment could not be laid out: ${problem}`,
    "This is a fault in the add-in, not in your data; please report it with the workbook's extract details.",
    { source: sheet },
  );
}

function checkTable(table: TablePlan, sheet: SheetPlan): void {
  const width = table.columns.length;
  if (width === 0) throw planError(`table ${table.name} has no columns.`, sheet.name);
  const badRow = table.rows.findIndex((row) => row.length !== width);
  if (badRow >= 0)
    throw planError(
      `row ${badRow + 1} of table ${table.name} has ${table.rows[badRow].length} cells for ${width} columns.`,
      sheet.name,
    );
  if (table.at.row < 1 || table.at.col < 0)
    throw planError(`table ${table.name} has no room for its caption above it.`, sheet.name);
  if (table.at.row + table.rows.length + 2 > MAX_ROWS || table.at.col + width > MAX_COLUMNS) {
    throw planError(`table ${table.name} does not fit on a sheet.`, sheet.name);
  }
  for (const rule of table.highlights) {
    const inside =
      rule.column >= 0 &&
      rule.column < width &&
      rule.fromRow >= 0 &&
      rule.fromRow <= rule.toRow &&
      rule.toRow < table.rows.length;
    if (!inside) throw planError(`a highlight on table ${table.name} lies outside the table.`, sheet.name);
  }
}

function checkRef(ref: RangeRef, sheets: SheetPlan[], chart: ChartPlan, sheet: SheetPlan): void {
  const target = sheets.find((s) => s.name === ref.sheet);
  const line = ref.firstRow === ref.lastRow || ref.firstCol === ref.lastCol;
  const ordered = ref.firstRow >= 0 && ref.firstCol >= 0 && ref.firstRow <= ref.lastRow && ref.firstCol <= ref.lastCol;
  if (!target || !line || !ordered) {
    throw planError(
      `chart ${chart.name} points at ${ref.sheet} cells that are not one row or column of a sheet in the assessment.`,
      sheet.name,
    );
  }
}

function checkChart(chart: ChartPlan, sheet: SheetPlan, sheets: SheetPlan[]): void {
  if (chart.series.length === 0) throw planError(`chart ${chart.name} has no series.`, sheet.name);
  if (chart.to.row <= chart.from.row || chart.to.col <= chart.from.col)
    throw planError(`chart ${chart.name} has no area.`, sheet.name);
  checkRef(chart.categories, sheets, chart, sheet);
  chart.series.forEach((series) => checkRef(series.values, sheets, chart, sheet));
}

function checkUnique(names: string[], what: string, sheet?: string): void {
  names.forEach((name, i) => {
    if (names.findIndex((other) => sameName(other, name)) !== i)
      throw planError(`two ${what} are named "${name}".`, sheet);
  });
}

export function validatePlan(plan: ReportPlan): void {
  if (plan.sheets.length === 0) throw planError("it has no sheets.");
  checkUnique(
    plan.sheets.map((s) => s.name),
    "sheets",
  );
  for (const sheet of plan.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw planError(`the sheet name "${sheet.name}" is not allowed: ${problem}.`, sheet.name);
    if (!/^[0-9A-Fa-f]{6}$/.test(sheet.tabColor))
      throw planError(`the tab colour "${sheet.tabColor}" is not a hex colour.`, sheet.name);
    if (sheet.freezeRows < 0 || sheet.columnWidths.some((w) => !(w > 0 && w <= 255)))
      throw planError("a column width or frozen row count is out of range.", sheet.name);
    for (const block of sheet.blocks) {
      if (block.kind === "table") checkTable(block, sheet);
      if (block.kind === "chart") checkChart(block, sheet, plan.sheets);
      if (block.kind === "text" && (block.at.row < 0 || block.at.col < 0))
        throw planError("a line of text has no place.", sheet.name);
    }
    checkUnique(
      sheet.blocks.filter((b) => b.kind === "chart").map((b) => b.name),
      "charts",
      sheet.name,
    );
  }
  const tables = plan.sheets.flatMap((s) => s.blocks.filter((b): b is TablePlan => b.kind === "table"));
  for (const table of tables) {
    const problem = tableNameProblem(table.name);
    if (problem) throw planError(`the table name "${table.name}" is not allowed: ${problem}.`);
  }
  checkUnique(
    tables.map((t) => t.name),
    "tables",
  );
}
