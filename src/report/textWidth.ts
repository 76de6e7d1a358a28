/**
 * How many lines a sentence takes when Excel (or LibreOffice) wraps it across a
 * merged cell, so that a wrapped row is made tall enough and no taller.
 *
 * Hand-written because the pure report layer has no canvas to measure text, and
 * no maintained library carries font metrics without one. The widths are
 * Calibri's (its metric-compatible twin Carlito, read from the font's hmtx
 * table), in thousandths of a digit's width: Excel's column width unit is the
 * width of one digit of the default font, Calibri 11.
 */

/** Advance widths of the printable ASCII characters (space to "~"), in thousandths of a digit. */
const ASCII_WIDTHS = [
  446, 643, 791, 983, 1000, 1410, 1346, 435, 598, 598, 983, 983, 492, 604, 498, 762, 1000, 1000, 1000, 1000, 1000, 1000,
  1000, 1000, 1000, 1000, 528, 528, 983, 983, 983, 914, 1764, 1142, 1073, 1052, 1214, 963, 907, 1245, 1229, 497, 629,
  1025, 829, 1687, 1274, 1306, 1019, 1328, 1071, 907, 961, 1266, 1119, 1755, 1024, 961, 924, 605, 762, 605, 983, 983,
  574, 945, 1037, 834, 1037, 982, 602, 929, 1037, 453, 472, 897, 453, 1576, 1037, 1040, 1037, 1037, 688, 772, 661, 1037,
  891, 1410, 855, 893, 779, 620, 908, 620, 983,
];
const OTHER_WIDTHS: Record<string, number> = { "—": 1786, "‘": 492, "’": 492, "“": 826, "”": 826, "…": 1362, "°": 669 };
/** Anything else (accented letters, "•", "–", "▲"): about a digit wide. */
const DEFAULT_WIDTH = 1000;

/**
 * Excel draws a digit of Calibri 11 seven pixels wide (its hinted width at 96 dpi),
 * and a column of width w (the stored width, padding included) w x 7 pixels.
 * Other glyphs are hinted to whole pixels too, so on average text lays out at
 * its advance width in digits x 7 px; LibreOffice measures in the same units.
 * Bold text is about 3% wider.
 */
const DIGIT_PX_AT_11PT = 7;
/** A cell keeps a few pixels clear at its sides. */
const CELL_MARGIN_PX = 6;
/**
 * A line is filled to 98% at most: a sentence estimated to fit with less to spare
 * gets another line, since a row too short would hide its last line, where a
 * line too many only leaves white space.
 */
const FILL = 0.98;
const BOLD_FACTOR = 1.03;

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32];
  return OTHER_WIDTHS[ch] ?? DEFAULT_WIDTH;
}

/** Width of a text in pixels at a font size, as Excel lays it out. */
export function textPixels(text: string, fontSize: number, bold = false): number {
  let thousandths = 0;
  for (const ch of text) thousandths += charWidth(ch);
  return (thousandths / 1000) * DIGIT_PX_AT_11PT * (fontSize / 11) * (bold ? BOLD_FACTOR : 1);
}

/** Pixels of text that fit across columns of these widths (in Excel's character units). */
export function columnsPixels(widths: readonly number[]): number {
  const total = widths.reduce((sum, w) => sum + Math.round(w * DIGIT_PX_AT_11PT), 0);
  return Math.max(1, (total - CELL_MARGIN_PX) * FILL);
}

/**
 * Lines the text wraps to across `availablePx`: words are placed greedily, as
 * Excel wraps them, and a word longer than a line is broken.
 */
export function wrappedLines(text: string, fontSize: number, availablePx: number, bold = false): number {
  const space = textPixels(" ", fontSize, bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const width = textPixels(word, fontSize, bold);
    const needed = used === 0 ? width : used + space + width;
    if (needed <= availablePx) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    // A word wider than the line runs on over as many lines as it needs.
    lines += Math.max(0, Math.ceil(width / availablePx) - 1);
    used = width % availablePx || availablePx;
  }
  return lines;
}
