/**
 * Sheet-level settings from a SheetPlan, as data both writers apply: tab colour,
 * column widths, frozen rows, and print setup (paper, orientation, fit, margins,
 * header and footer, print title rows and manual page breaks). One rule decides the
 * print title rows for both writers: the plan's repeatRows, or its frozen rows when
 * it gives none (printTitleRowCount).
 */
import type { SheetPlan } from "../../report/plan";
import { PAGE_MARGINS_INCHES, pageBreaks, printTitleRowCount, type PageMargins } from "./pageBreaks";

export type { PageMargins };
export { PAGE_MARGINS_INCHES };

/** A4, the paper councils print committee papers on. */
export const PAPER = "A4";

/** Header and footer text, as Excel's left, centre and right sections (codes such as &P included). */
export interface HeaderFooter {
  left?: string;
  centre?: string;
  right?: string;
}

export interface PrintSetup {
  paper: typeof PAPER;
  orientation: "landscape" | "portrait";
  /** One page wide and as many tall as needed; null leaves Excel's 100% scale. */
  fit: { pagesWide: 1; pagesTall: 0 } | null;
  margins: PageMargins;
  header: HeaderFooter;
  footer: HeaderFooter;
  /** 0-based rows repeated at the top of every printed page (the plan's repeatRows, else its frozen rows), or null. */
  titleRows: { first: number; last: number } | null;
  /** 0-based rows that start a new printed page. */
  pageBreaks: number[];
}

/** Page numbers in the footer: "&P" is the page, "&N" the number of pages. */
export const FOOTER_PAGE_NUMBERS = "Page &P of &N";

/** In header/footer codes "&" starts a code, so a literal ampersand is written "&&". */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

export function printSetup(sheet: SheetPlan): PrintSetup {
  const { landscape, fitToWidth, title } = sheet.print;
  const titleRows = printTitleRowCount(sheet);
  return {
    paper: PAPER,
    orientation: landscape ? "landscape" : "portrait",
    fit: fitToWidth ? { pagesWide: 1, pagesTall: 0 } : null,
    margins: { ...PAGE_MARGINS_INCHES },
    header: { left: headerFooterText(title) },
    footer: { right: FOOTER_PAGE_NUMBERS },
    titleRows: titleRows > 0 ? { first: 0, last: titleRows - 1 } : null,
    pageBreaks: pageBreaks(sheet),
  };
}

/** Inches as points (to the hundredth), for APIs that take margins in points. */
export function inchesToPoints(inches: number): number {
  return Math.round(inches * 72 * 100) / 100;
}

/**
 * A column width in characters as points, for APIs that take points: Excel's
 * default font draws a digit about 7 px wide, plus 5 px of padding; 0.75 pt per px.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
