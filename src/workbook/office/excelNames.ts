/** Excel's name rules: the shared rules in src/workbook/excel, re-exported for the adapter's other modules. */
export { sameName, sheetNameProblem, sheetNameWithSuffix, tableNameProblem } from "../excel/names";
