/**
 * The xlsx writer: applies a ReportPlan to a new workbook file.
 * Works in Node and in the browser (no fs or Buffer here): returns the bytes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ReportPlan, SheetPlan } from "../../report/plan";
import { embedCharts, readPart, writePart } from "./charts/embedCharts";
import { writtenBlocks } from "../excel/chartNotes";
import { checkPlan } from "../excel/checkPlan";
import { quotePrintTitleSheetNames } from "./printTitles";
import { applySheetSetup } from "./sheetSetup";
import { writeTable } from "./tableWriter";
import { writeText } from "./textWriter";

export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function writeAssessmentXlsx(plan: ReportPlan): Promise<Uint8Array> {
  checkPlan(plan);
  const workbook = new ExcelJS.Workbook();
  workbook.title = plan.title;
  workbook.creator = plan.generator;
  workbook.lastModifiedBy = plan.generator;
  plan.sheets.forEach((sheetPlan) => writeSheet(workbook, sheetPlan));
  // ExcelJS cannot write charts, so they are added to the package it produces.
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const workbookXml = await readPart(zip, "xl/workbook.xml");
  writePart(
    zip,
    "xl/workbook.xml",
    quotePrintTitleSheetNames(
      workbookXml,
      plan.sheets.map((sheet) => sheet.name),
    ),
  );
  await embedCharts(zip, plan);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: XLSX_MIME_TYPE });
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const sheet = workbook.addWorksheet(plan.name);
  applySheetSetup(sheet, plan);
  // The plan's blocks and a note under each chart with alt text (see excel/chartNotes.ts).
  for (const block of writtenBlocks(plan)) {
    if (block.kind === "text") writeText(sheet, block);
    if (block.kind === "table") writeTable(sheet, block);
    // Charts are added to the package after ExcelJS writes it (see charts/embedCharts).
  }
}
