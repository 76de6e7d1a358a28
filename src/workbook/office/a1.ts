/** A1 addresses: the shared rules in src/workbook/excel, re-exported for the adapter's other modules. */
export { cellAddress, columnLetters, quotedSheetName, sheetOfFormula } from "../excel/addresses";
