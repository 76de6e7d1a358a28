/** Steps that make the temporary sheets and set each one up by the shared sheet setup (src/workbook/excel/sheetSetup.ts). */
import type { SheetPlan } from "../../../report/plan";
import { cellAddress, rowsAddress } from "../../excel/addresses";
import { columnWidthPoints, inchesToPoints, printSetup } from "../../excel/sheetSetup";
import type { BuildScope, WriteStep } from "./buildScope";
import { STEP_OVERHEAD_BYTES } from "./buildScope";
import type { PlacedSheet, Placement } from "./placement";
import { officeColour } from "./textFonts";

/** Adds the new sheets (at the end, as Excel adds them), each with its marker in the same batch (see workbookState.ts). */
export function createSheetsStep(placement: Placement): WriteStep {
  return {
    bytes: STEP_OVERHEAD_BYTES * placement.sheets.length,
    queue(scope: BuildScope) {
      const { worksheets, names } = scope.context.workbook;
      for (const placed of placement.sheets) {
        const sheet = worksheets.add(placed.tempName);
        names.add(placed.marker, sheet.getRange("A1")).visible = false;
        scope.sheets.set(placed.plan.name, sheet);
      }
    },
  };
}

/** Page layout, print titles and page breaks: all ExcelApi 1.9. */
function applyPrintSetup(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const print = printSetup(plan);
  const layout = sheet.pageLayout;
  layout.paperSize = print.paper;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // verticalFitToPages 0: as many pages tall as needed, so only the width is squeezed.
  if (print.fit) layout.zoom = { horizontalFitToPages: print.fit.pagesWide, verticalFitToPages: print.fit.pagesTall };
  const { left, right, top, bottom, header, footer } = print.margins;
  layout.leftMargin = inchesToPoints(left);
  layout.rightMargin = inchesToPoints(right);
  layout.topMargin = inchesToPoints(top);
  layout.bottomMargin = inchesToPoints(bottom);
  layout.headerMargin = inchesToPoints(header);
  layout.footerMargin = inchesToPoints(footer);
  const pages = layout.headersFooters.defaultForAllPages;
  if (print.header.left) pages.leftHeader = print.header.left;
  if (print.header.centre) pages.centerHeader = print.header.centre;
  if (print.header.right) pages.rightHeader = print.header.right;
  if (print.footer.left) pages.leftFooter = print.footer.left;
  if (print.footer.centre) pages.centerFooter = print.footer.centre;
  if (print.footer.right) pages.rightFooter = print.footer.right;
  if (print.titleRows) layout.setPrintTitleRows(rowsAddress(print.titleRows.first, print.titleRows.last));
  // A break is added before the top-left cell of the range given.
  for (const row of print.pageBreaks) sheet.horizontalPageBreaks.add(cellAddress(row, 0));
}

export function sheetSetupStep(placed: PlacedSheet): WriteStep {
  const plan = placed.plan;
  return {
    bytes: STEP_OVERHEAD_BYTES * 2 + plan.columnWidths.length * 200 + plan.print.title.length,
    queue(scope: BuildScope) {
      const sheet = scope.sheets.get(plan.name) as Excel.Worksheet;
      sheet.tabColor = officeColour(plan.tabColor);
      plan.columnWidths.forEach((width, col) => {
        sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(width);
      });
      if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
      // Page layout came in ExcelApi 1.9, newer than the manifest's minimum (1.7).
      if (scope.supportsExcelApi("1.9")) applyPrintSetup(sheet, plan);
    },
  };
}
