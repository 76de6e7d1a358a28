/**
 * A chart's alternative text as a visible note line under the chart, in both writers.
 *
 * Office.js has no alt text on a chart (Excel.Chart has none in any ExcelApi version,
 * and Microsoft documents charts apart from the worksheet's shapes, whose
 * altTextDescription it does have), so the Office writer cannot set it. So that a
 * reader of either file gets the chart's message in words, with its numbers, both
 * writers write it as a note in the row below the chart (the gap the planner leaves
 * there), merged and wrapped across the chart's columns. The xlsx file also carries
 * it as the chart's own alt text (see README).
 */
import { TEXT_LOOKS, type ChartPlan, type SheetBlock, type SheetPlan, type TextPlan } from "../../report/plan";

/** Excel's default column width in characters, for columns the plan does not size. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/**
 * Characters of note text per character of column width at 11 pt. Calibri's
 * letters average about 0.76 of the digit width that column widths count; the
 * planner wraps its own text with 0.9 (src/report/layout.ts), and so does this, so
 * that a renderer with wider letters still shows every line.
 */
const CHARACTER_WIDTH = 0.9;

/** The note under a chart, or null when the chart has no alt text. */
export function chartNote(chart: ChartPlan, sheet: SheetPlan): TextPlan | null {
  if (!chart.altText) return null;
  const columns = chart.to.col - chart.from.col;
  let width = 0;
  for (let col = chart.from.col; col < chart.to.col; col++) width += sheet.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH;
  const scale = TEXT_LOOKS.note.size / TEXT_LOOKS.body.size;
  const lines = Math.max(1, Math.ceil((chart.altText.length * CHARACTER_WIDTH * scale) / width));
  return {
    kind: "text",
    at: { row: chart.to.row, col: chart.from.col },
    text: chart.altText,
    style: "note",
    wrap: { columns, lines },
  };
}

/** The blocks both writers write on a sheet: the plan's, and a note under each chart with alt text. */
export function writtenBlocks(sheet: SheetPlan): SheetBlock[] {
  const notes = sheet.blocks.flatMap((block) => {
    const note = block.kind === "chart" ? chartNote(block, sheet) : null;
    return note ? [note] : [];
  });
  return [...sheet.blocks, ...notes];
}
