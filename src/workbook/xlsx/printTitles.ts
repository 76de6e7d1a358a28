/**
 * ExcelJS writes the print-titles defined name as 'Sheet name'!$1:$2 without
 * doubling an apostrophe inside the name, so "Analyst's trends" gives a broken
 * formula Excel repairs. This rewrites those references in xl/workbook.xml.
 * It only matches the broken form, so it does nothing once ExcelJS is fixed.
 */
import { xmlText } from "./charts/xmlText";

export function quotePrintTitleSheetNames(workbookXml: string, sheetNames: string[]): string {
  let xml = workbookXml;
  for (const name of sheetNames.filter((sheet) => sheet.includes("'"))) {
    // Anchored on ">" (the start of the definedName's text) so one name cannot match inside another.
    const broken = `>${xmlText(`'${name}'!`)}`;
    const quoted = `>${xmlText(`'${name.replace(/'/g, "''")}'!`)}`;
    xml = xml.split(broken).join(quoted);
  }
  return xml;
}
