/**
 * A file the user opened -> sources: a .csv is kept as the File and streamed when
 * read; an .xlsx is read whole by ExcelJS (it needs the whole file anyway) into one
 * grid per sheet. Runs in the worker; ExcelJS is imported only when a workbook is opened.
 */
import type { Cell, Grid } from "../../engine/extracts";
import { AssessmentError } from "../../engine/errors";
import { blobArrayBuffer } from "./blobChunks";
import { rowFromExcelJs } from "./cellValue";
import { openCsvFile } from "./csvSource";
import type { OpenedSource } from "./fileSource";
import type { OpenedFile } from "./protocol";
import { openSheet } from "./sheetSource";
import {
  damagedReason,
  HEAD_BYTES,
  NO_WORKSHEETS,
  notAWorkbookError,
  notAWorkbookReason,
  TAIL_BYTES,
} from "./workbookBytes";

/**
 * Sheet grids are named "Sheet (book.xlsx)" so messages say which file and sheet.
 * A file that is not a workbook, or is damaged, gets the command line's message.
 */
export async function gridsFromWorkbook(fileName: string, data: ArrayBuffer): Promise<Grid[]> {
  const bytes = new Uint8Array(data);
  const tail = bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES));
  const reason = notAWorkbookReason(bytes.subarray(0, HEAD_BYTES), tail, bytes.length);
  if (reason) throw notAWorkbookError(fileName, reason);
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    throw notAWorkbookError(fileName, damagedReason(error));
  }
  if (workbook.worksheets.length === 0) throw notAWorkbookError(fileName, NO_WORKSHEETS);
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

export async function openFile(file: OpenedFile, chunkBytes: number): Promise<OpenedSource[]> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith(".csv")) return [await openCsvFile(file, chunkBytes)];
  if (lower.endsWith(".xlsx")) {
    const grids = await gridsFromWorkbook(file.name, await blobArrayBuffer(file.slice(0, file.size)));
    return grids.map(openSheet);
  }
  throw new AssessmentError(
    "This kind of file cannot be read.",
    "Open a .csv file or an .xlsx workbook (save an .xls or .ods as .xlsx first).",
    { source: file.name },
  );
}
