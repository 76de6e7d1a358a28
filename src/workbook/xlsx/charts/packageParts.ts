/** Edits to the package's bookkeeping parts: relationships and content types. */
import { xmlAttributes, xmlText } from "./xmlText";

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship with a fresh id; `relsXml` undefined means the part had no rels yet. */
export function addRelationship(
  relsXml: string | undefined,
  type: string,
  target: string,
): { xml: string; id: string } {
  const xml = relsXml ?? EMPTY_RELS;
  const used = new Set([...xml.matchAll(/<Relationship\b([^>]*)>/g)].map((m) => xmlAttributes(m[1]).Id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`;
  return { xml: xml.replace(/<\/Relationships>\s*$/, `${entry}</Relationships>`), id };
}

/** Adds Override entries for new parts (paths from the package root, starting "/"). */
export function addContentTypeOverrides(
  contentTypesXml: string,
  overrides: { partName: string; contentType: string }[],
): string {
  const entries = overrides
    .map(({ partName, contentType }) => `<Override PartName="${xmlText(partName)}" ContentType="${contentType}"/>`)
    .join("");
  return contentTypesXml.replace(/<\/Types>\s*$/, `${entries}</Types>`);
}

/** Sheet name -> worksheet part path (e.g. "xl/worksheets/sheet2.xml"), from workbook.xml and its rels. */
export function worksheetPartsByName(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of workbookRelsXml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const { Id, Target } = xmlAttributes(match[1]);
    targets.set(Id, Target.startsWith("/") ? Target.slice(1) : `xl/${Target}`);
  }
  const parts = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<sheet\b([^>]*)>/g)) {
    const attributes = xmlAttributes(match[1]);
    const part = targets.get(attributes["r:id"]);
    if (part) parts.set(attributes.name, part);
  }
  return parts;
}

/** "xl/worksheets/sheet2.xml" -> "xl/worksheets/_rels/sheet2.xml.rels". */
export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}
