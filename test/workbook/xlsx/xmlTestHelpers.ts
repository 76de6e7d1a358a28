/** Helpers for reading back written workbooks in tests, independent of the writer's own code. */
import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";

const { DOMParser } = new JSDOM("").window;

/** Parses XML and fails loudly if it is not well-formed. */
export function parseXml(text: string, partName = "part"): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`${partName} is not well-formed XML: ${error.textContent}`);
  return doc;
}

/** Direct element children's local names. */
export function childNames(element: Element): string[] {
  return Array.from(element.children).map((child) => child.localName);
}

/** Elements by qualified name (e.g. "c:ser") anywhere below `root`. */
export function all(root: Document | Element, qualifiedName: string): Element[] {
  return Array.from(root.getElementsByTagName(qualifiedName));
}

export function first(root: Document | Element, qualifiedName: string): Element {
  const found = root.getElementsByTagName(qualifiedName)[0];
  if (!found) throw new Error(`no <${qualifiedName}> found`);
  return found;
}

/**
 * True when `names` follow `schemaOrder` (an xsd:sequence): each name is in the
 * sequence and no name comes before one listed earlier in the sequence.
 */
export function followsSchemaOrder(names: string[], schemaOrder: string[]): boolean {
  const ranks = names.map((name) => schemaOrder.indexOf(name));
  return ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= ranks[i - 1]));
}

export interface ParsedRangeFormula {
  sheet: string;
  /** 1-based, as ExcelJS addresses cells. */
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

/** Parses "'Sheet ''name'''!$A$2:$B$5" (quoted, apostrophes doubled) into its parts. */
export function parseRangeFormula(formula: string): ParsedRangeFormula {
  const match = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
  if (!match) throw new Error(`not a quoted absolute range formula: ${formula}`);
  const [, quoted, firstLetters, firstRow, lastLetters, lastRow] = match;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return {
    sheet: quoted.replace(/''/g, "'"),
    firstRow: Number(firstRow),
    lastRow: Number(lastRow ?? firstRow),
    firstCol: col(firstLetters),
    lastCol: col(lastLetters ?? firstLetters),
  };
}

/** Reads written bytes back with ExcelJS. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const copy = bytes.slice().buffer;
  await workbook.xlsx.load(copy);
  return workbook;
}

/** ExcelJS reads conditional formats back into this property, which its typings leave out. */
export function conditionalFormatsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}
