/** The whole plan as write steps, grouped into batches that each fit one request. */
import type { SheetBlock, TextPlan } from "../../../report/plan";
import { writtenBlocks } from "../../excel/chartNotes";
import { TEXT_FONTS, TEXT_INDENT, wrapLook, type WrapLook } from "../../excel/textLook";
import { sheetFor, STEP_OVERHEAD_BYTES, type WriteStep } from "./buildScope";
import { blockBytes, textBlock } from "./cellBlocks";
import { chartStep } from "./chartStep";
import type { Placement } from "./placement";
import { createSheetsStep, sheetSetupStep } from "./sheetSteps";
import { queueCells, tableSteps } from "./tableSteps";

function blockSteps(sheetName: string, block: SheetBlock): WriteStep[] {
  switch (block.kind) {
    case "table":
      return tableSteps(sheetName, block);
    case "chart":
      return [chartStep(sheetName, block)];
    case "text": {
      const cells = textBlock(block.at.row, block.at.col, block.text);
      return [
        {
          bytes: STEP_OVERHEAD_BYTES * (block.wrap ? 2 : 1) + blockBytes(cells),
          queue: (scope) => {
            const sheet = sheetFor(scope, sheetName);
            queueCells(sheet, cells, TEXT_FONTS[block.style]);
            const indent = TEXT_INDENT[block.style];
            // The indent level came in ExcelApi 1.9.
            if (indent && scope.supportsExcelApi("1.9"))
              sheet.getRangeByIndexes(block.at.row, block.at.col, 1, 1).format.indentLevel = indent;
            const wrap = wrapLook(block);
            if (wrap) queueWrap(sheet, block, wrap);
          },
        },
      ];
    }
  }
}

/** Merges a long sentence across the table width and wraps it, with a row tall enough to print it whole. */
function queueWrap(sheet: Excel.Worksheet, block: TextPlan, wrap: WrapLook): void {
  const range = sheet.getRangeByIndexes(block.at.row, block.at.col, 1, wrap.columns);
  if (wrap.merge) range.merge(false);
  range.format.wrapText = true;
  range.format.verticalAlignment = "Top";
  range.format.rowHeight = wrap.rowHeight;
}

/** Every sheet is created first, so a chart can point at any sheet of the plan. */
export function planSteps(placement: Placement): WriteStep[] {
  return [
    createSheetsStep(placement),
    ...placement.sheets.flatMap((placed) => [
      sheetSetupStep(placed),
      // The plan's blocks and a note under each chart with alt text (see excel/chartNotes.ts).
      ...writtenBlocks(placed.plan).flatMap((block) => blockSteps(placed.plan.name, block)),
    ]),
  ];
}

/** Greedy, in order: a batch closes when the next step would take it over maxBytes. */
export function batchSteps(steps: WriteStep[], maxBytes: number): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > maxBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
