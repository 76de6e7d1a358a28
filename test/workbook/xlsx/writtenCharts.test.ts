/**
 * The fixture's native charts: every part reached through the package's
 * relationships, content types declared, the sheet XML in schema order, and each
 * series pointing at cells that hold exactly the plotted labels and numbers.
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { REL_NS, writeFixtureWorkbook, type WrittenWorkbook } from "./writtenFixture";
import { all, childNames, first, followsSchemaOrder, parseRangeFormula, parseXml } from "./xmlTestHelpers";

// CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99).
const WORKSHEET_ORDER = [
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
let written: WrittenWorkbook;
let workbook: ExcelJS.Workbook;
let zip: JSZip;
let sheet: WrittenWorkbook["sheet"];
let part: WrittenWorkbook["part"];
let relsOf: WrittenWorkbook["relsOf"];
let sheetPartOf: WrittenWorkbook["sheetPartOf"];

beforeAll(async () => {
  written = await writeFixtureWorkbook();
  ({ workbook, zip, sheet, part, relsOf, sheetPartOf } = written);
});

describe("charts", () => {
  interface ChartPart {
    path: string;
    doc: Document;
    anchor: Element;
    sheetName: string;
  }
  let charts: ChartPart[];

  beforeAll(async () => {
    charts = [];
    for (const ws of workbook.worksheets) {
      const sheetPath = await sheetPartOf(ws.name);
      const sheetDoc = parseXml(await part(sheetPath));
      const drawingEl = sheetDoc.getElementsByTagName("drawing")[0];
      if (!drawingEl) continue;
      const sheetRel = (await relsOf(sheetPath)).find((rel) => rel.id === drawingEl.getAttributeNS(REL_NS, "id"))!;
      const drawing = parseXml(await part(sheetRel.path));
      const drawingRels = await relsOf(sheetRel.path);
      for (const anchor of all(drawing, "xdr:twoCellAnchor")) {
        const relId = first(anchor, "c:chart").getAttributeNS(REL_NS, "id");
        const chartRel = drawingRels.find((rel) => rel.id === relId)!;
        charts.push({ path: chartRel.path, doc: parseXml(await part(chartRel.path)), anchor, sheetName: ws.name });
      }
    }
  });

  const chartTitled = (title: string) => {
    const found = charts.find(
      (c) =>
        all(first(c.doc, "c:title"), "a:t")
          .map((t) => t.textContent)
          .join("") === title,
    );
    if (!found) throw new Error(`no chart titled ${title}`);
    return found;
  };
  /** What the cells a formula points at hold, read back with ExcelJS. */
  const cellsAt = (formula: string) => {
    const range = parseRangeFormula(formula);
    const values = [];
    for (let row = range.firstRow; row <= range.lastRow; row++) {
      for (let col = range.firstCol; col <= range.lastCol; col++)
        values.push(sheet(range.sheet).getCell(row, col).value);
    }
    return values;
  };
  const seriesOf = (chart: ChartPart) =>
    all(chart.doc, "c:ser").map((ser) => ({
      name: cellsAt(first(first(ser, "c:tx"), "c:f").textContent!)[0],
      categories: cellsAt(first(first(ser, "c:cat"), "c:f").textContent!),
      values: cellsAt(first(first(ser, "c:val"), "c:f").textContent!),
      cachedValues: all(first(ser, "c:numCache"), "c:pt").map((pt) => Number(first(pt, "c:v").textContent)),
      cachedCategories: all(first(ser, "c:cat"), "c:v").map((v) => v.textContent),
    }));

  it("reaches three chart parts through the sheet and drawing relationships", () => {
    expect(charts.map((c) => c.path).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
    ]);
    expect(charts.map((c) => c.sheetName)).toEqual(["Analyst's trends", "Analyst's trends", "Share of region"]);
  });

  it("declares a content type for every chart and drawing part", async () => {
    const types = parseXml(await part("[Content_Types].xml"));
    const overrides = new Map(
      all(types, "Override").map((o) => [o.getAttribute("PartName"), o.getAttribute("ContentType")]),
    );
    const parts = Object.keys(zip.files).filter((name) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name));
    expect(parts).toHaveLength(5);
    for (const name of parts) {
      expect(overrides.get(`/${name}`)).toBe(
        name.includes("/charts/")
          ? "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
          : "application/vnd.openxmlformats-officedocument.drawing+xml",
      );
    }
  });

  it("keeps every sheet's children in schema order", async () => {
    for (const ws of workbook.worksheets) {
      const names = childNames(parseXml(await part(await sheetPartOf(ws.name))).documentElement);
      expect({ sheet: ws.name, ordered: followsSchemaOrder(names, WORKSHEET_ORDER) }).toEqual({
        sheet: ws.name,
        ordered: true,
      });
    }
  });

  it("plots the trend lines from cells holding the years and counts", () => {
    const chart = chartTitled("All crime and ASB by year");
    expect(first(chart.doc, "c:plotArea").getElementsByTagName("c:lineChart")).toHaveLength(1);
    const [crime, asb] = seriesOf(chart);
    expect(crime.name).toBe("All crime");
    expect(crime.categories).toEqual(["2022/23", "2023/24", "2024/25"]);
    expect(crime.values).toEqual([1250, 1200, 1080]);
    expect(crime.cachedValues).toEqual([1250, 1200, 1080]);
    expect(crime.cachedCategories).toEqual(["2022/23", "2023/24", "2024/25"]);
    expect(asb.name).toBe("Anti-social behaviour");
    expect(asb.values).toEqual([400, 380, null]);
    expect(asb.cachedValues).toEqual([400, 380]);
  });

  it("plots current against previous columns by category", () => {
    const chart = chartTitled("Crimes by category: 2024/25 against 2023/24");
    expect(first(chart.doc, "c:barDir").getAttribute("val")).toBe("col");
    const [previous, current] = seriesOf(chart);
    expect(previous.categories).toEqual(["Burglary", "Shoplifting", "Vehicle crime", "Violence and sexual offences"]);
    expect([previous.name, previous.values, previous.cachedValues]).toEqual([
      "2023/24",
      [100, 0, 210, 520],
      [100, 0, 210, 520],
    ]);
    expect([current.name, current.values, current.cachedValues]).toEqual([
      "2024/25",
      [112, 40, 180, 505],
      [112, 40, 180, 505],
    ]);
  });

  it("plots share of region as horizontal bars", () => {
    const chart = chartTitled("Share of Westshire's crime, 2024/25");
    expect(first(chart.doc, "c:barDir").getAttribute("val")).toBe("bar");
    const [share] = seriesOf(chart);
    expect(share.name).toBe("Share");
    expect(share.categories).toEqual(["Northtown", "Southby", "Westfield"]);
    expect(share.values).toEqual([0.25, 0.35, 0.4]);
    expect(share.cachedValues).toEqual([0.25, 0.35, 0.4]);
  });

  it("anchors each chart from its planned top-left cell to its bottom-right cell", () => {
    const marker = (anchor: Element, tag: string) => {
      const el = first(anchor, tag);
      return { row: Number(first(el, "xdr:row").textContent), col: Number(first(el, "xdr:col").textContent) };
    };
    const trend = chartTitled("All crime and ASB by year").anchor;
    expect([marker(trend, "xdr:from"), marker(trend, "xdr:to")]).toEqual([
      { row: 2, col: 4 },
      { row: 17, col: 11 },
    ]);
    const share = chartTitled("Share of Westshire's crime, 2024/25").anchor;
    expect([marker(share, "xdr:from"), marker(share, "xdr:to")]).toEqual([
      { row: 6, col: 0 },
      { row: 22, col: 6 },
    ]);
  });
});
