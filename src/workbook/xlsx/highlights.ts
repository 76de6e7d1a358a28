/** The shared conditional formats (src/workbook/excel/highlights.ts) as ExcelJS conditional formatting. */
import type { ConditionalFormattingRule, Style, Worksheet } from "exceljs";
import type { TablePlan } from "../../report/plan";
import { tableConditionalFormats, type ConditionalRule, type ToneColours } from "../excel/highlights";
import { argbColour } from "./textStyles";

export function applyHighlights(sheet: Worksheet, table: TablePlan): void {
  tableConditionalFormats(table).forEach((format, index) => {
    sheet.addConditionalFormatting({ ref: format.address, rules: [excelRule(format.rule, index + 1)] });
  });
}

export function excelRule(rule: ConditionalRule, priority: number): ConditionalFormattingRule {
  switch (rule.kind) {
    case "formula":
      return { type: "expression", priority, formulae: [rule.formula], style: toneStyle(rule.colours) };
    case "equals":
      return { type: "cellIs", operator: "equal", priority, formulae: [rule.formula], style: toneStyle(rule.colours) };
    case "dataBar": {
      const lowest =
        rule.start.type === "number" ? { type: "num" as const, value: rule.start.value } : { type: "min" as const };
      // A solid bar (Excel 2010 form; ExcelJS adds the matching x14 extension with its id).
      // ExcelJS renders `color` for data bars but its typings omit it.
      return {
        type: "dataBar",
        priority,
        gradient: rule.gradient,
        cfvo: [lowest, { type: "max" }],
        color: argbColour(rule.colour),
      } as ConditionalFormattingRule;
    }
  }
}

function toneStyle({ fill, font }: ToneColours): Partial<Style> {
  // In a conditional format's differential style a solid fill takes its colour from bgColor.
  return {
    fill: { type: "pattern", pattern: "solid", bgColor: argbColour(fill), fgColor: argbColour(fill) },
    font: { color: argbColour(font) },
  };
}
