/** The shared sheet setup (src/workbook/excel/sheetSetup.ts) applied with ExcelJS. */
import type { Worksheet } from "exceljs";
import type { SheetPlan } from "../../report/plan";
import { columnLetters } from "../excel/addresses";
import { printSetup, type HeaderFooter } from "../excel/sheetSetup";
import { argbColour } from "./textStyles";

/** The xlsx paper size code for A4. */
const PAPER_CODES = { A4: 9 } as const;
/** Excel's last column, as the right bound of a row break (ExcelJS's default, 16838, is past it). */
const LAST_COLUMN = 16384;

export function applySheetSetup(sheet: Worksheet, plan: SheetPlan): void {
  sheet.properties.tabColor = argbColour(plan.tabColor);
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  if (plan.freezeRows > 0) {
    sheet.views = [
      { state: "frozen", xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `${columnLetters(0)}${plan.freezeRows + 1}` },
    ];
  }
  applyPrintSetup(sheet, plan);
}

function applyPrintSetup(sheet: Worksheet, plan: SheetPlan): void {
  const print = printSetup(plan);
  sheet.pageSetup.paperSize = PAPER_CODES[print.paper];
  sheet.pageSetup.orientation = print.orientation;
  if (print.fit) {
    // fitToHeight 0 means "as many pages tall as needed", so only the width is squeezed.
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = print.fit.pagesWide;
    sheet.pageSetup.fitToHeight = print.fit.pagesTall;
  }
  sheet.pageSetup.margins = { ...print.margins };
  if (print.titleRows) sheet.pageSetup.printTitlesRow = `${print.titleRows.first + 1}:${print.titleRows.last + 1}`;
  sheet.headerFooter.oddHeader = headerFooterCodes(print.header);
  sheet.headerFooter.oddFooter = headerFooterCodes(print.footer);
  for (const row of print.pageBreaks) {
    // ExcelJS breaks after the 1-based row it is called on, i.e. before 0-based `row`.
    sheet.getRow(row).addPageBreak(0, LAST_COLUMN);
  }
}

/** The xlsx form of a header or footer: "&L", "&C" and "&R" start its sections. */
function headerFooterCodes({ left, centre, right }: HeaderFooter): string {
  return [left && `&L${left}`, centre && `&C${centre}`, right && `&R${right}`].filter(Boolean).join("");
}
