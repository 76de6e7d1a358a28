/**
 * Conditional formats from the plan's highlight rules, on one column of a table body.
 * Text rules use a cell-value "equal to" rule with a quoted string: Excel compares it
 * case-insensitively and exactly, where the text-comparison type only offers
 * contains / begins with / ends with.
 */
import { TONE_COLOURS, type HighlightRule, type TablePlan, type Tone } from "../../../report/plan";

function colour(format: Excel.ConditionalRangeFormat, tone: Tone): void {
  format.fill.color = `#${TONE_COLOURS[tone].fill}`;
  format.font.color = `#${TONE_COLOURS[tone].font}`;
}

function cellValueRule(
  range: Excel.Range,
  operator: "GreaterThan" | "LessThan" | "EqualTo",
  formula1: string,
  tone: Tone,
): void {
  const format = range.conditionalFormats.add("CellValue");
  colour(format.cellValue.format, tone);
  format.cellValue.rule = { formula1, operator };
}

/** "Red" -> ="Red" (quotes doubled inside). */
export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

export function queueHighlight(sheet: Excel.Worksheet, table: TablePlan, rule: HighlightRule): void {
  const range = sheet.getRangeByIndexes(
    table.at.row + 1 + rule.fromRow,
    table.at.col + rule.column,
    rule.toRow - rule.fromRow + 1,
    1,
  );
  switch (rule.kind) {
    case "sign":
      cellValueRule(range, "GreaterThan", "0", rule.positive);
      cellValueRule(range, "LessThan", "0", rule.negative);
      break;
    case "text":
      cellValueRule(range, "EqualTo", textFormula(rule.equals), rule.tone);
      break;
    case "dataBar":
      range.conditionalFormats.add("DataBar");
      break;
  }
}
