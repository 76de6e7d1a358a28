/** HighlightRule -> Excel conditional formats on a table's body cells. */
import type { ConditionalFormattingRule, Style, Worksheet } from "exceljs";
import { TONE_COLOURS, type HighlightRule, type TablePlan, type Tone } from "../../report/plan";
import { cellAddress, rangeAddress } from "./cellAddress";
import { argbColour } from "./textStyles";

/** Mid blue that reads against both white and the table's stripe. */
export const DATA_BAR_COLOUR = "5B9BD5";

export function applyHighlights(sheet: Worksheet, table: TablePlan): void {
  table.highlights.forEach((rule, index) => {
    const firstRow = table.at.row + 1 + rule.fromRow;
    const lastRow = table.at.row + 1 + rule.toRow;
    const col = table.at.col + rule.column;
    sheet.addConditionalFormatting({
      ref: rangeAddress(firstRow, col, lastRow, col),
      rules: highlightRules(rule, cellAddress(firstRow, col), index * 2 + 1, hasNoNegatives(table, rule)),
    });
  });
}

function hasNoNegatives(table: TablePlan, rule: HighlightRule): boolean {
  return table.rows.slice(rule.fromRow, rule.toRow + 1).every((row) => {
    const value = row[rule.column];
    return typeof value !== "number" || value >= 0;
  });
}

/**
 * The rules for one highlight. `topLeft` is the first cell of the range: Excel
 * evaluates a rule's formula relative to it for each cell.
 */
export function highlightRules(
  rule: HighlightRule,
  topLeft: string,
  priority: number,
  startsAtZero = true,
): ConditionalFormattingRule[] {
  switch (rule.kind) {
    case "sign":
      // Expression rules rather than cellIs: Excel ranks text above every number,
      // so cellIs ">0" would also colour a "new" (no previous count) cell.
      return [
        {
          type: "expression",
          priority,
          formulae: [`AND(ISNUMBER(${topLeft}),${topLeft}>0)`],
          style: toneStyle(rule.positive),
        },
        {
          type: "expression",
          priority: priority + 1,
          formulae: [`AND(ISNUMBER(${topLeft}),${topLeft}<0)`],
          style: toneStyle(rule.negative),
        },
      ];
    case "text":
      // "=" between strings is case-insensitive in Excel, as the plan asks.
      return [
        {
          type: "cellIs",
          operator: "equal",
          priority,
          formulae: [excelString(rule.equals)],
          style: toneStyle(rule.tone),
        },
      ];
    case "dataBar":
      return [dataBarRule(priority, startsAtZero)];
  }
}

/**
 * A solid bar (Excel 2010 form; ExcelJS adds the matching x14 extension with its id).
 * Bars of counts and shares start at zero so their lengths compare honestly;
 * a column with negative values falls back to Excel's lowest-to-highest scale.
 */
function dataBarRule(priority: number, startsAtZero: boolean): ConditionalFormattingRule {
  const lowest = startsAtZero ? { type: "num" as const, value: 0 } : { type: "min" as const };
  // ExcelJS renders `color` for data bars but its typings omit it.
  const rule = {
    type: "dataBar" as const,
    priority,
    gradient: false,
    cfvo: [lowest, { type: "max" as const }],
    color: argbColour(DATA_BAR_COLOUR),
  };
  return rule;
}

function toneStyle(tone: Tone): Partial<Style> {
  const { fill, font } = TONE_COLOURS[tone];
  // In a conditional format's differential style a solid fill takes its colour from bgColor.
  return {
    fill: { type: "pattern", pattern: "solid", bgColor: argbColour(fill), fgColor: argbColour(fill) },
    font: { color: argbColour(font) },
  };
}

/** A string literal for a formula: in quotes, inner quotes doubled. */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
