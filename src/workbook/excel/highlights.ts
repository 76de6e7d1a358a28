/**
 * The plan's highlight rules as conditional formats, described as data: the range,
 * the rule (formula or comparison), the fill and font colours, the data-bar
 * settings. The xlsx and Office writers only translate these to their APIs.
 *
 * The rules of one highlight never match the same cell (> 0 and < 0; equal to
 * different texts), so their order (priority) does not change what is shown, and
 * neither writer relies on it.
 */
import { TONE_COLOURS, type HighlightRule, type TablePlan, type Tone } from "../../report/plan";
import { cellAddress, rangeAddress } from "./addresses";

/** Fill and font colour, hex RGB with no "#". */
export interface ToneColours {
  fill: string;
  font: string;
}

/** A data bar's lower end: zero, or the lowest value in the range. */
export type DataBarStart = { type: "number"; value: number } | { type: "lowest" };

export type ConditionalRule =
  /** A formula that is true for the cells to colour; written relative to the range's top-left cell. */
  | { kind: "formula"; formula: string; colours: ToneColours }
  /** Cells whose value equals a formula's value, e.g. the string literal "Red" (Excel compares text ignoring case). */
  | { kind: "equals"; formula: string; colours: ToneColours }
  /** A solid (not gradient) bar from `start` to the highest value. */
  | { kind: "dataBar"; colour: string; start: DataBarStart; gradient: false };

export interface ConditionalFormat {
  /** 0-based, inclusive: always one column of a table body. */
  firstRow: number;
  lastRow: number;
  col: number;
  /** "D12:D15", and its top-left cell "D12" that the rule's formula is relative to. */
  address: string;
  topLeft: string;
  rule: ConditionalRule;
}

/** Mid blue that reads against both white and the table's stripe. */
export const DATA_BAR_COLOUR = "5B9BD5";

function colours(tone: Tone): ToneColours {
  return { ...TONE_COLOURS[tone] };
}

/** A string literal for a formula: in quotes, inner quotes doubled. */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Expression rules rather than "cell value > 0": Excel ranks text above every
 * number, so "> 0" would also colour a "new" (no previous count) cell. ISNUMBER
 * keeps text and blanks uncoloured.
 */
function signFormula(topLeft: string, comparison: ">0" | "<0"): string {
  return `AND(ISNUMBER(${topLeft}),${topLeft}${comparison})`;
}

/**
 * Bars of counts and shares start at zero so their lengths compare honestly; a
 * column with negative values falls back to the lowest value.
 */
function dataBarStart(table: TablePlan, rule: HighlightRule): DataBarStart {
  const negative = table.rows
    .slice(rule.fromRow, rule.toRow + 1)
    .some((row) => typeof row[rule.column] === "number" && (row[rule.column] as number) < 0);
  return negative ? { type: "lowest" } : { type: "number", value: 0 };
}

function rulesFor(table: TablePlan, rule: HighlightRule, topLeft: string): ConditionalRule[] {
  switch (rule.kind) {
    case "sign":
      return [
        { kind: "formula", formula: signFormula(topLeft, ">0"), colours: colours(rule.positive) },
        { kind: "formula", formula: signFormula(topLeft, "<0"), colours: colours(rule.negative) },
      ];
    case "text":
      return [{ kind: "equals", formula: excelString(rule.equals), colours: colours(rule.tone) }];
    case "dataBar":
      return [{ kind: "dataBar", colour: DATA_BAR_COLOUR, start: dataBarStart(table, rule), gradient: false }];
  }
}

/** Every conditional format of a table, in the plan's order. */
export function tableConditionalFormats(table: TablePlan): ConditionalFormat[] {
  return table.highlights.flatMap((rule) => {
    const firstRow = table.at.row + 1 + rule.fromRow;
    const lastRow = table.at.row + 1 + rule.toRow;
    const col = table.at.col + rule.column;
    const topLeft = cellAddress(firstRow, col);
    const address = rangeAddress(firstRow, col, lastRow, col);
    return rulesFor(table, rule, topLeft).map((made) => ({ firstRow, lastRow, col, address, topLeft, rule: made }));
  });
}
