/**
 * The user's files -> grids of plain cells: .csv with papaparse, .xlsx with ExcelJS
 * (one grid per sheet). Runs in the worker; ExcelJS is imported only when a workbook is opened.
 */
import Papa from "papaparse";
import type { Cell, Grid } from "../../engine/extracts";
import { AssessmentError } from "../../engine/errors";
import { rowFromExcelJs } from "./cellValue";

export function gridFromCsvText(name: string, text: string): Grid {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) {
    throw new AssessmentError(
      `The file cannot be read as CSV: ${fatal.message.toLowerCase()}.`,
      "Save it again as CSV (comma delimited) and open the new file.",
      { source: name, row: fatal.row === undefined ? undefined : fatal.row + 1 },
    );
  }
  return { name, kind: "file", rows: parsed.data };
}

/** Sheet grids are named "Sheet (book.xlsx)" so messages say which file and sheet. */
export async function gridsFromWorkbook(fileName: string, data: ArrayBuffer): Promise<Grid[]> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new AssessmentError(
      "The file cannot be opened as an Excel workbook.",
      "Open an .xlsx workbook saved by Excel or LibreOffice, or a .csv file.",
      { source: fileName },
    );
  }
  const grids: Grid[] = [];
  workbook.eachSheet((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      rows[rowNumber - 1] = rowFromExcelJs(row.values);
    });
    // eachRow skips rows past the last one with values but may leave holes before it.
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    grids.push({ name: `${sheet.name} (${fileName})`, kind: "sheet", rows });
  });
  return grids;
}

export async function gridsFromFile(file: {
  name: string;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<Grid[]> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith(".csv")) return [gridFromCsvText(file.name, await file.text())];
  if (lower.endsWith(".xlsx")) return gridsFromWorkbook(file.name, await file.arrayBuffer());
  throw new AssessmentError(
    "This kind of file cannot be read.",
    "Open a .csv file or an .xlsx workbook (save an .xls or .ods as .xlsx first).",
    { source: file.name },
  );
}
