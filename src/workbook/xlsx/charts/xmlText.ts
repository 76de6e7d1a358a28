/** Escaping for the XML we build by hand (chart and drawing parts). */

/** Characters XML 1.0 does not allow at all: C0 controls other than tab, LF and CR. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text content or an attribute value, escaped and stripped of characters XML cannot hold. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Reverses xmlText's entities, for reading attribute values such as sheet names. */
export function xmlUnescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, entity: string) => {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
      default:
        return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}

/** Reads name="value" pairs from the inside of a start tag. */
export function xmlAttributes(tagInside: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tagInside.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attributes[match[1]] = xmlUnescape(match[2]);
  return attributes;
}
