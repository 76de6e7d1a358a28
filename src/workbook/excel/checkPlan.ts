/**
 * Everything about a report plan that could make Excel refuse a write or repair a
 * file, checked by both writers before they write anything: names, shapes, places,
 * and that every chart points at one row or column of a sheet in the plan.
 *
 * A failure is a bug in the planner, not something the analyst can fix, so it is a
 * plain Error, not an AssessmentError: the pane shows it as "Something went wrong"
 * with the bug advice (and the workbook is untouched, since nothing was written),
 * and the CLI as an unexpected error. An AssessmentError would give advice about
 * the user's data that cannot help.
 */
import type { ChartPlan, RangeRef, ReportPlan, SheetPlan, TablePlan } from "../../report/plan";
import { chartNote } from "./chartNotes";
import { sameName, sheetNameProblem, tableNameProblem } from "./names";
import { noteRow, tableBodyRows } from "./tableLayout";

/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Excel's widest column, in characters. */
const MAX_COLUMN_WIDTH = 255;

export function checkPlan(plan: ReportPlan): void {
  const problems = [
    ...(plan.sheets.length === 0 ? ["it has no sheets"] : []),
    ...duplicates(
      plan.sheets.map((s) => s.name),
      "sheets",
    ),
    ...plan.sheets.flatMap((sheet) => sheetProblems(sheet, plan.sheets)),
    ...duplicates(
      plan.sheets.flatMap((s) => s.blocks.filter((b): b is TablePlan => b.kind === "table").map((t) => t.name)),
      "tables",
    ),
  ];
  if (problems.length > 0) {
    throw new Error(`The report plan cannot be written (a fault in the planner): ${problems.join("; ")}.`);
  }
}

function duplicates(names: string[], what: string): string[] {
  return names
    .filter((name, i) => names.findIndex((other) => sameName(other, name)) !== i)
    .map((name) => `two ${what} are named "${name}"`);
}

function sheetProblems(sheet: SheetPlan, sheets: SheetPlan[]): string[] {
  const problems: string[] = [];
  const nameProblem = sheetNameProblem(sheet.name);
  if (nameProblem) problems.push(`the sheet name "${sheet.name}" is not allowed: ${nameProblem}`);
  if (!/^[0-9A-Fa-f]{6}$/.test(sheet.tabColor))
    problems.push(`sheet "${sheet.name}" has a tab colour "${sheet.tabColor}" that is not hex RGB`);
  if (!Number.isInteger(sheet.freezeRows) || sheet.freezeRows < 0 || sheet.freezeRows >= MAX_ROWS)
    problems.push(`sheet "${sheet.name}" freezes ${sheet.freezeRows} rows`);
  if (sheet.repeatRows !== undefined && !(Number.isInteger(sheet.repeatRows) && sheet.repeatRows >= 0))
    problems.push(`sheet "${sheet.name}" repeats ${sheet.repeatRows} rows on each printed page`);
  for (const span of sheet.keepTogether ?? []) {
    if (!isCell(span.fromRow, 0) || !isCell(span.toRow, 0) || span.toRow < span.fromRow)
      problems.push(
        `sheet "${sheet.name}" keeps rows ${span.fromRow}-${span.toRow} together, which are not a span of rows`,
      );
  }
  if (sheet.columnWidths.some((w) => !(w > 0 && w <= MAX_COLUMN_WIDTH)))
    problems.push(`sheet "${sheet.name}" has a column width out of range (0 to 255 characters)`);
  for (const block of sheet.blocks) {
    if (block.kind === "table") problems.push(...tableProblems(block, sheet));
    if (block.kind === "chart")
      problems.push(...chartProblems(block, sheet, sheets), ...chartNoteProblems(block, sheet));
    if (block.kind === "text" && !isCell(block.at.row, block.at.col))
      problems.push(`a line of text on sheet "${sheet.name}" has no place on the sheet`);
  }
  problems.push(
    ...duplicates(
      sheet.blocks.filter((b) => b.kind === "chart").map((b) => b.name),
      `charts on sheet "${sheet.name}"`,
    ),
  );
  return problems;
}

function isCell(row: number, col: number): boolean {
  return Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0 && row < MAX_ROWS && col < MAX_COLUMNS;
}

function tableProblems(table: TablePlan, sheet: SheetPlan): string[] {
  const problems: string[] = [];
  const nameProblem = tableNameProblem(table.name);
  if (nameProblem) problems.push(`the table name "${table.name}" is not allowed: ${nameProblem}`);
  const width = table.columns.length;
  if (width === 0) problems.push(`table ${table.name} has no columns`);
  table.rows.forEach((row, index) => {
    if (row.length !== width)
      problems.push(`row ${index + 1} of table ${table.name} has ${row.length} cells for ${width} columns`);
  });
  if (table.at.row < 1 || !isCell(table.at.row, table.at.col))
    problems.push(`table ${table.name} on sheet "${sheet.name}" has no room for its caption above it`);
  // Caption, header, body (an empty table has one blank row) and note.
  const lastRow = table.at.row + tableBodyRows(table).length + 1;
  if (lastRow >= MAX_ROWS || table.at.col + width > MAX_COLUMNS)
    problems.push(`table ${table.name} does not fit on a sheet`);
  for (const rule of table.highlights) {
    const inside =
      rule.column >= 0 &&
      rule.column < width &&
      rule.fromRow >= 0 &&
      rule.fromRow <= rule.toRow &&
      rule.toRow < table.rows.length;
    if (!inside) problems.push(`a highlight on table ${table.name} lies outside the table's body`);
  }
  return problems;
}

function chartProblems(chart: ChartPlan, sheet: SheetPlan, sheets: SheetPlan[]): string[] {
  const problems: string[] = [];
  if (chart.series.length === 0) problems.push(`chart ${chart.name} has no series`);
  if (!isCell(chart.from.row, chart.from.col) || chart.to.row <= chart.from.row || chart.to.col <= chart.from.col)
    problems.push(`chart ${chart.name} on sheet "${sheet.name}" has no area`);
  if (chart.valueAxisMin !== undefined && !Number.isFinite(chart.valueAxisMin))
    problems.push(`chart ${chart.name} has a value axis minimum that is not a number`);
  if (chart.valueAxisMax !== undefined && !(chart.valueAxisMax > (chart.valueAxisMin ?? Number.NEGATIVE_INFINITY)))
    problems.push(`chart ${chart.name} has a value axis maximum that is not a number above its minimum`);
  if (chart.highlight) {
    const categories = Math.max(
      chart.categories.lastRow - chart.categories.firstRow + 1,
      chart.categories.lastCol - chart.categories.firstCol + 1,
    );
    const { index, colour } = chart.highlight;
    // Office.js fails the whole batch on a point that does not exist.
    if (!(Number.isInteger(index) && index >= 0 && index < categories))
      problems.push(`chart ${chart.name} highlights point ${index}, which is not one of its ${categories} categories`);
    if (!/^[0-9A-Fa-f]{6}$/.test(colour))
      problems.push(`chart ${chart.name} highlights a point in "${colour}", which is not hex RGB`);
  }
  const lines = chart.lines ?? [];
  // Excel does not share a horizontal bar chart's axes with a line, and a line chart needs no lines over it.
  if (lines.length > 0 && chart.type !== "columnClustered")
    problems.push(`chart ${chart.name} draws lines over a ${chart.type} chart: only a column chart takes them`);
  const refs = [chart.categories, ...[...chart.series, ...lines].flatMap((s) => [s.nameRef, s.values])];
  for (const ref of refs.filter((r) => !isLineOfPlanSheet(r, sheets))) {
    problems.push(
      `chart ${chart.name} points at "${ref.sheet}" rows ${ref.firstRow}-${ref.lastRow}, columns ${ref.firstCol}-${ref.lastCol}, which are not one row or column of a sheet in the plan`,
    );
  }
  return problems;
}

/**
 * Exactly a plan sheet's name: the Office writer finds the sheet it built by the
 * plan's name, and a chart series is one row or one column.
 */
function isLineOfPlanSheet(ref: RangeRef, sheets: SheetPlan[]): boolean {
  const ordered =
    isCell(ref.firstRow, ref.firstCol) &&
    isCell(ref.lastRow, ref.lastCol) &&
    ref.firstRow <= ref.lastRow &&
    ref.firstCol <= ref.lastCol;
  const line = ref.firstRow === ref.lastRow || ref.firstCol === ref.lastCol;
  return ordered && line && sheets.some((s) => s.name === ref.sheet);
}

/** The note under a chart (its alt text, see chartNotes.ts) needs its cells to itself, clear of other charts. */
function chartNoteProblems(chart: ChartPlan, sheet: SheetPlan): string[] {
  const note = chartNote(chart, sheet);
  if (!note) return [];
  const row = note.at.row;
  const noteCols = (col: number) => col >= chart.from.col && col < chart.to.col;
  const clash = sheet.blocks.some((block) => {
    if (block === chart) return false;
    if (block.kind === "chart")
      return (
        block.from.row <= row && block.to.row > row && block.from.col < chart.to.col && block.to.col > chart.from.col
      );
    if (block.kind === "text")
      return (
        block.at.row === row &&
        block.at.col < chart.to.col &&
        block.at.col + (block.wrap?.columns ?? 1) > chart.from.col
      );
    const bodyEnd = block.at.row + tableBodyRows(block).length;
    if ((row === block.at.row - 1 || (block.note && row === noteRow(block))) && noteCols(block.at.col)) return true;
    return (
      row >= block.at.row &&
      row <= bodyEnd &&
      block.at.col < chart.to.col &&
      block.at.col + block.columns.length > chart.from.col
    );
  });
  return clash
    ? [
        `the note under chart ${chart.name} on sheet "${sheet.name}" (row ${row + 1}) would cover or hide something else`,
      ]
    : [];
}
