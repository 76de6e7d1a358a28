/** Steps that make the temporary sheets and set each one up (tab, widths, frozen rows, printing). */
import type { SheetPlan } from "../../../report/plan";
import type { BuildScope, WriteStep } from "./buildScope";
import { STEP_OVERHEAD_BYTES } from "./buildScope";
import type { PlacedSheet, Placement } from "./placement";

/** Excel's default font draws a digit about 7 px wide, plus 5 px of padding; 0.75 pt per px. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Header codes treat "&" as the start of a code, so a literal one is "&&". */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

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

function applyPrintSetup(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const { landscape, fitToWidth, title } = plan.print;
  sheet.pageLayout.orientation = landscape ? "Landscape" : "Portrait";
  // verticalFitToPages 0: as many pages tall as needed, so only the width is squeezed.
  if (fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  sheet.pageLayout.headersFooters.defaultForAllPages.leftHeader = headerText(title);
}

export function sheetSetupStep(placed: PlacedSheet): WriteStep {
  const plan = placed.plan;
  return {
    bytes: STEP_OVERHEAD_BYTES + plan.columnWidths.length * 200 + plan.print.title.length,
    queue(scope: BuildScope) {
      const sheet = scope.sheets.get(plan.name) as Excel.Worksheet;
      sheet.tabColor = `#${plan.tabColor}`;
      plan.columnWidths.forEach((width, col) => {
        sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(width);
      });
      if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
      // Page layout came in ExcelApi 1.9, newer than the manifest's minimum (1.7).
      if (scope.supportsExcelApi("1.9")) applyPrintSetup(sheet, plan);
    },
  };
}
