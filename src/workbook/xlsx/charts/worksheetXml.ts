/**
 * Adding a <drawing r:id> element to a worksheet part in the place CT_Worksheet
 * requires: Excel rejects a sheet whose children are out of schema order.
 */

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99). */
export const WORKSHEET_CHILD_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export interface XmlChild {
  /** Local name, without any namespace prefix. */
  name: string;
  /** Offset of the child's start tag. */
  start: number;
}

/**
 * The direct children of the document's root element. A small tag scanner, not
 * a full parser: enough for the well-formed XML ExcelJS writes.
 */
export function rootChildren(xml: string): XmlChild[] {
  const children: XmlChild[] = [];
  const tag =
    /<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^>"'])*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  let depth = 0;
  for (const match of xml.matchAll(tag)) {
    const [, closing, qualifiedName, selfClosing] = match;
    if (qualifiedName === undefined) continue; // comment, declaration or CDATA
    if (closing) {
      depth--;
      continue;
    }
    if (depth === 1) children.push({ name: qualifiedName.replace(/^.*:/, ""), start: match.index ?? 0 });
    if (!selfClosing) depth++;
  }
  return children;
}

/** The sheet XML with <drawing r:id="relId"/> inserted before the first child that must follow it. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  const drawingRank = WORKSHEET_CHILD_ORDER.indexOf("drawing");
  const children = rootChildren(sheetXml);
  if (children.some((child) => child.name === "drawing")) {
    throw new Error("The worksheet already has a drawing part; charts cannot be added twice.");
  }
  const following = children.find((child) => WORKSHEET_CHILD_ORDER.indexOf(child.name) > drawingRank);
  const at = following ? following.start : sheetXml.lastIndexOf("</");
  const withNamespace = ensureRelationshipNamespace(sheetXml);
  const shift = withNamespace.length - sheetXml.length;
  return `${withNamespace.slice(0, at + shift)}<drawing r:id="${relId}"/>${withNamespace.slice(at + shift)}`;
}

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The r: prefix must be declared on the root; ExcelJS declares it, but a sheet without tables might not. */
function ensureRelationshipNamespace(sheetXml: string): string {
  const root = /<worksheet\b[^>]*>/.exec(sheetXml);
  if (!root) throw new Error("Not a worksheet part.");
  if (/\sxmlns:r\s*=/.test(root[0])) return sheetXml;
  const declared = root[0].replace(/<worksheet\b/, `<worksheet xmlns:r="${RELATIONSHIPS_NS}"`);
  return sheetXml.slice(0, root.index) + declared + sheetXml.slice(root.index + root[0].length);
}
