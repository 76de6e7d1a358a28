/**
 * Checks on manifest.xml that the official schema cannot make (and that the online
 * `office-addin-manifest validate` would need the internet for).
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";

const webpackConfig = require("../webpack.config.js") as {
  productionManifest(content: string, url: string): string;
  DEV_URL: string;
  DEFAULT_PRODUCTION_URL: string;
};

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_TEXT = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** Children of a TaskPaneApp OfficeApp, in the order the schema's sequence requires. */
const SCHEMA_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];

/** Where a development URL's file lives in the repository before the build. */
const SOURCE_OF_PAGE: Record<string, string> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
};

function parse(xml: string): Document {
  const { DOMParser } = new JSDOM().window;
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return doc;
}

function allElements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName("*"));
}

function urlsIn(doc: Document): string[] {
  const urls: string[] = [];
  for (const element of allElements(doc)) {
    const value = element.getAttribute("DefaultValue");
    if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    if (element.localName === "AppDomain" && element.textContent) urls.push(element.textContent.trim());
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function repoFileFor(url: string): string {
  const relative = url.replace("https://localhost:3000/", "");
  return path.join(ROOT, SOURCE_OF_PAGE[relative] ?? relative);
}

const doc = parse(MANIFEST_TEXT);
const root = doc.documentElement;

describe("manifest.xml", () => {
  it("is a TaskPaneApp for the Workbook host", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
    const hosts = Array.from(root.children).find((e) => e.localName === "Hosts");
    expect(Array.from(hosts?.children ?? []).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  it("has a GUID Id", () => {
    const id = root.getElementsByTagName("Id")[0]?.textContent ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  });

  it("asks for ReadWriteDocument", () => {
    expect(root.getElementsByTagName("Permissions")[0]?.textContent).toBe("ReadWriteDocument");
  });

  it("requires ExcelApi 1.7 (getRangeByIndexes, freeze panes)", () => {
    const sets = Array.from(root.getElementsByTagName("Set"));
    const excelApi = sets.find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(excelApi?.getAttribute("MinVersion")).toBe("1.7");
    expect(excelApi?.parentElement?.parentElement?.localName).toBe("Requirements");
  });

  it("lists the top-level elements in schema order", () => {
    const names = Array.from(root.children).map((e) => e.localName);
    for (const name of names) expect(SCHEMA_ORDER).toContain(name);
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
  });

  it("resolves every resid to a defined resource, and defines each id once", () => {
    const defined = Array.from(root.getElementsByTagNameNS(BT, "*"))
      .filter((e) => e.parentElement?.parentElement?.localName === "Resources")
      .map((e) => e.getAttribute("id"));
    expect(defined.length).toBeGreaterThan(0);
    expect(new Set(defined).size).toBe(defined.length);
    const used = allElements(doc)
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(0);
    for (const resid of used) expect(defined).toContain(resid);
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    const limit = (group: string, max: number) => {
      const element = root.getElementsByTagNameNS(BT, group)[0];
      for (const s of Array.from(element.children)) {
        expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(max);
      }
    };
    limit("ShortStrings", 125);
    limit("LongStrings", 250);
  });

  it("uses HTTPS for every URL, on localhost:3000 in development", () => {
    const urls = urlsIn(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });

  it("points every URL at a file that exists", () => {
    for (const url of urlsIn(doc).filter((u) => u.includes("localhost:3000/"))) {
      expect(fs.existsSync(repoFileFor(url))).toBe(true);
    }
  });

  it("has ribbon icons at 16, 32 and 80 px whose files have those sizes", () => {
    const images = Array.from(root.getElementsByTagNameNS(BT, "Image")).filter((e) => e.getAttribute("id"));
    const sizes = new Set<number>();
    for (const image of images) {
      const size = Number(/(\d+)x\1/.exec(image.getAttribute("id") ?? "")?.[1]);
      const { width, height } = pngSize(repoFileFor(image.getAttribute("DefaultValue") ?? ""));
      expect({ width, height }).toEqual({ width: size, height: size });
      sizes.add(size);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 80]);
    // Every bt:Image inside an <Icon> names its size; the file must match it too.
    for (const use of Array.from(root.getElementsByTagNameNS(BT, "Image")).filter((e) => e.getAttribute("resid"))) {
      const resource = images.find((i) => i.getAttribute("id") === use.getAttribute("resid"));
      const { width } = pngSize(repoFileFor(resource?.getAttribute("DefaultValue") ?? ""));
      expect(width).toBe(Number(use.getAttribute("size")));
    }
  });

  it("has a 64 px IconUrl and a 128 px HighResolutionIconUrl", () => {
    const icon = root.getElementsByTagName("IconUrl")[0].getAttribute("DefaultValue") ?? "";
    const highRes = root.getElementsByTagName("HighResolutionIconUrl")[0].getAttribute("DefaultValue") ?? "";
    expect(pngSize(repoFileFor(icon))).toEqual({ width: 64, height: 64 });
    expect(pngSize(repoFileFor(highRes))).toEqual({ width: 128, height: 128 });
  });

  it("has a Home-tab button that shows the task pane", () => {
    const tab = root.getElementsByTagName("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = tab.getElementsByTagName("Action")[0];
    expect(action.getAttributeNS(XSI, "type")).toBe("ShowTaskpane");
    const label = tab.getElementsByTagName("Control")[0].getElementsByTagName("Label")[0].getAttribute("resid");
    const text = Array.from(root.getElementsByTagNameNS(BT, "String")).find((s) => s.getAttribute("id") === label);
    expect(text?.getAttribute("DefaultValue")).toBe("Strategic Assessment");
  });
});

describe("production manifest (webpack)", () => {
  it("replaces every development URL with the production address", () => {
    const built = webpackConfig.productionManifest(MANIFEST_TEXT, "https://csp.example.gov.uk/addin/");
    expect(built).not.toContain("localhost");
    const urls = urlsIn(parse(built));
    expect(urls).toHaveLength(urlsIn(doc).length);
    for (const url of urls) expect(url.startsWith("https://csp.example.gov.uk/addin")).toBe(true);
  });

  it("defaults to an https address and refuses a plain http one", () => {
    expect(webpackConfig.DEFAULT_PRODUCTION_URL).toMatch(/^https:\/\/.+\/$/);
    expect(() => webpackConfig.productionManifest(MANIFEST_TEXT, "http://csp.example.gov.uk/")).toThrow(/https/);
  });
});
