/** Sheet-level settings from a SheetPlan: tab colour, widths, frozen rows, print setup. */
import type { Worksheet } from "exceljs";
import type { SheetPlan } from "../../report/plan";
import { chartPageBreaks } from "./pageBreaks";
import { argbColour } from "./textStyles";

/** A4, the paper councils print committee papers on. */
const PAPER_A4 = 9;

export function applySheetSetup(sheet: Worksheet, plan: SheetPlan): void {
  sheet.properties.tabColor = argbColour(plan.tabColor);
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  if (plan.freezeRows > 0) {
    sheet.views = [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }];
  }
  applyPrintSetup(sheet, plan);
}

function applyPrintSetup(sheet: Worksheet, plan: SheetPlan): void {
  const { landscape, fitToWidth, title } = plan.print;
  sheet.pageSetup.paperSize = PAPER_A4;
  sheet.pageSetup.orientation = landscape ? "landscape" : "portrait";
  if (fitToWidth) {
    // fitToHeight 0 means "as many pages tall as needed", so only the width is squeezed.
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = 1;
    sheet.pageSetup.fitToHeight = 0;
  }
  sheet.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  if (plan.freezeRows > 0) {
    // The frozen rows (title and headers) repeat on every printed page.
    sheet.pageSetup.printTitlesRow = `1:${plan.freezeRows}`;
  }
  sheet.headerFooter.oddHeader = `&L${headerFooterText(title)}`;
  sheet.headerFooter.oddFooter = "&RPage &P of &N";
  for (const row of chartPageBreaks(plan)) {
    // ExcelJS breaks after the 1-based row it is called on, i.e. before 0-based `row`.
    // The explicit right bound avoids ExcelJS's default of 16838, past Excel's last column.
    sheet.getRow(row).addPageBreak(0, 16384);
  }
}

/** In header/footer codes "&" starts a code, so a literal ampersand is written "&&". */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}
