/**
 * Where to start a new printed page so that no chart is cut in two; both writers
 * add these as manual page breaks.
 *
 * Pagination is estimated, not measured: A4 landscape with PAGE_MARGINS_INCHES and
 * default row heights (taller for title, heading and wrapped rows).
 * The estimate assumes no shrinking: fit-to-width only ever shrinks a page's
 * content, so more rows fit than planned, never fewer. Automatic breaks are never
 * relied on, since where they fall depends on the renderer's scale (LibreOffice
 * widens the print range to text that overflows past the last column, so its
 * scale is not the one the column widths give; relying on them cut charts in two).
 * A chart taller than a page is left to break where it falls.
 */
import { TEXT_LOOKS, wrappedRowHeight, type SheetPlan, type TextStyle } from "../../report/plan";

/** Margins in inches, as the xlsx format keeps them. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export const PAGE_MARGINS_INCHES: PageMargins = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/** A4 landscape (595 pt tall), less the top and bottom margins, in points. */
const PRINTABLE_HEIGHT_PT = 595 - (PAGE_MARGINS_INCHES.top + PAGE_MARGINS_INCHES.bottom) * 72;
const DEFAULT_ROW_PT = 15;
/** Plan for pages a tenth shorter, for renderers' own row heights: a little white space rather than a cut chart. */
const SAFETY = 0.9;
const ROW_PT_BY_STYLE: Partial<Record<TextStyle, number>> = { title: 24, subtitle: 16, heading: 18 };

/** 0-based rows that should start a new page (each chart that would straddle a page break). */
export function chartPageBreaks(sheet: SheetPlan): number[] {
  const rowHeight = rowHeights(sheet);
  const height = (from: number, to: number) => {
    let sum = 0;
    for (let r = from; r < to; r++) sum += rowHeight(r);
    return sum;
  };
  const pageHeight = SAFETY * PRINTABLE_HEIGHT_PT;
  const repeatedHeight = height(0, sheet.freezeRows);
  const charts = sheet.blocks
    .flatMap((block) => (block.kind === "chart" ? [block] : []))
    .sort((a, b) => a.from.row - b.from.row);
  const breaks: number[] = [];
  let pageStart = 0;
  let capacity = pageHeight;
  // Pages start only at the sheet's top or at a break placed here: where the automatic
  // breaks fall depends on the renderer's scale, so none is assumed. A chart starts a
  // new page unless everything since the last such start, chart included, fits on one.
  for (const chart of charts) {
    const chartHeight = height(chart.from.row, chart.to.row);
    const fitsHere = height(pageStart, chart.to.row) <= capacity;
    if (!fitsHere && chart.from.row > pageStart && chartHeight <= pageHeight - repeatedHeight) {
      breaks.push(chart.from.row);
      pageStart = chart.from.row;
      capacity = pageHeight - repeatedHeight;
    }
  }
  return breaks;
}

function rowHeights(sheet: SheetPlan): (row: number) => number {
  const tall = new Map<number, number>();
  for (const block of sheet.blocks) {
    if (block.kind !== "text") continue;
    const points = block.wrap
      ? wrappedRowHeight(TEXT_LOOKS[block.style].size, block.wrap.lines)
      : ROW_PT_BY_STYLE[block.style];
    if (points) tall.set(block.at.row, Math.max(points, tall.get(block.at.row) ?? 0));
  }
  return (row) => tall.get(row) ?? DEFAULT_ROW_PT;
}
