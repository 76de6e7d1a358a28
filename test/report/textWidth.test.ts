/**
 * Line counts for wrapped text, worked by hand from Calibri's advance widths
 * (in thousandths of a digit: "0" 1000, "i" 453, "m" 1576, space 446) and a
 * digit of 7 px at 11 pt.
 */
import { columnsPixels, textPixels, wrappedLines } from "../../src/report/textWidth";

describe("text width", () => {
  it.each([
    ["0000000000", 11, false, 70], // 10 x 7
    ["ii", 11, false, 6.342], // 2 x 0.453 x 7
    ["m", 22, false, 22.064], // 1.576 x 7 x 2
    ["00", 11, true, 14.42], // 2 x 7 x 1.03
  ])("%j at %i pt (bold %s) is %f px", (text, size, bold, px) => {
    expect(textPixels(text as string, size as number, bold as boolean)).toBeCloseTo(px as number, 3);
  });

  it("gives columns their pixels as Excel does (7 px a unit), less the cell margins, 98% filled", () => {
    // 10 -> 70 px, 8.43 -> round(59.01) = 59 px; (129 - 6) x 0.98 = 120.54.
    expect(columnsPixels([10, 8.43])).toBeCloseTo(120.54, 6);
  });
});

describe("wrapped lines", () => {
  // "0000000000" is 70 px; with a space (3.122 px) two of them take 143.122 px.
  const word = "0000000000";
  it.each([
    [`${word} ${word}`, 144, 1],
    [`${word} ${word}`, 143, 2],
    [`${word} ${word} ${word}`, 144, 2], // two words on the first line, the third on the next
    [`${word} ${word} ${word}`, 143, 3], // one word a line
    [`${word} ${word} ${word}`, 100, 3],
    ["", 10, 1],
    // One word of 30 digits (210 px) broken across 100 px lines: 3 lines.
    ["0".repeat(30), 100, 3],
  ])("%j across %i px takes %i line(s)", (text, px, lines) => {
    expect(wrappedLines(text, 11, px)).toBe(lines);
  });

  it("never gives fewer lines than the text's width over the line's width", () => {
    const sentence =
      "Crime fell by 10% in 2024/25 compared with 2023/24 (over the 11 months both years hold, all but Aug), from 2,558 to 2,301: a real fall, not chance.";
    for (const px of [200, 400, 800, 1600]) {
      expect(wrappedLines(sentence, 11, px)).toBeGreaterThanOrEqual(Math.ceil(textPixels(sentence, 11) / px));
    }
  });
});
