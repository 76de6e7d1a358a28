/**
 * The shared conditional formats (src/workbook/excel/highlights.ts) as Office.js
 * conditional formats. Formula rules are "Custom" rules: their formula is relative
 * to the range's top-left cell, as in Excel's own dialog. Text rules are cell-value
 * "equal to" rules with a quoted string, which Excel compares exactly, ignoring case
 * (the text-comparison type only offers contains / begins with / ends with).
 */
import type { TablePlan } from "../../../report/plan";
import { tableConditionalFormats, type ConditionalFormat, type ToneColours } from "../../excel/highlights";
import { officeColour } from "./textFonts";

function colour(format: Excel.ConditionalRangeFormat, { fill, font }: ToneColours): void {
  format.fill.color = officeColour(fill);
  format.font.color = officeColour(font);
}

function queueFormat(sheet: Excel.Worksheet, format: ConditionalFormat): void {
  const range = sheet.getRange(format.address);
  const { rule } = format;
  switch (rule.kind) {
    case "formula": {
      const added = range.conditionalFormats.add("Custom");
      added.custom.rule.formula = `=${rule.formula}`;
      colour(added.custom.format, rule.colours);
      break;
    }
    case "equals": {
      const added = range.conditionalFormats.add("CellValue");
      colour(added.cellValue.format, rule.colours);
      added.cellValue.rule = { formula1: `=${rule.formula}`, operator: "EqualTo" };
      break;
    }
    case "dataBar": {
      const added = range.conditionalFormats.add("DataBar");
      added.dataBar.lowerBoundRule =
        rule.start.type === "number" ? { type: "Number", formula: String(rule.start.value) } : { type: "LowestValue" };
      added.dataBar.upperBoundRule = { type: "HighestValue" };
      added.dataBar.positiveFormat.fillColor = officeColour(rule.colour);
      added.dataBar.positiveFormat.gradientFill = rule.gradient;
      break;
    }
  }
}

export function queueHighlights(sheet: Excel.Worksheet, table: TablePlan): void {
  tableConditionalFormats(table).forEach((format) => queueFormat(sheet, format));
}
