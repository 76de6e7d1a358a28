/**
 * Writes the hand-made fixture plan, then reads the file back with ExcelJS and
 * unzips it with JSZip. Expected values are typed from the fixture, not taken
 * from the writer.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeAssessmentXlsx } from "../../../src/workbook/xlsx";
import { smallAssessmentPlan } from "../../fixtures/plans/smallAssessmentPlan";
import { all, conditionalFormatsOf, loadWorkbook, childNames, first, followsSchemaOrder, parseRangeFormula, parseXml } from "./xmlTestHelpers";

// CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99).
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  bytes = await writeAssessmentXlsx(smallAssessmentPlan);
  workbook = await loadWorkbook(bytes);
  zip = await JSZip.loadAsync(bytes);
});

const sheet = (name: string) => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const part = async (path: string) => {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
};
/** Resolves a relationship target against the folder of the part whose rels it is in. */
const resolve = (fromPart: string, target: string) => {
  const parts = fromPart.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else parts.push(step);
  }
  return parts.join("/");
};
const relsOf = async (partPath: string) => {
  const slash = partPath.lastIndexOf("/");
  const doc = parseXml(await part(`${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`));
  return all(doc, "Relationship").map((rel) => ({
    id: rel.getAttribute("Id")!,
    type: rel.getAttribute("Type")!,
    path: resolve(partPath, rel.getAttribute("Target")!),
  }));
};
const sheetPartOf = async (name: string) => {
  const doc = parseXml(await part("xl/workbook.xml"));
  const entry = all(doc, "sheet").find((s) => s.getAttribute("name") === name)!;
  const rels = await relsOf("xl/workbook.xml");
  return rels.find((rel) => rel.id === entry.getAttributeNS(REL_NS, "id"))!.path;
};

describe("workbook", () => {
  it("returns the bytes of a zip package", () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });

  it("has one sheet per planned sheet, in order", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Summary", "Analyst's trends", "Share of region"]);
  });

  it("records the title and the generator in the document properties", () => {
    expect(workbook.title).toBe("Strategic assessment: Northtown");
    expect(workbook.creator).toBe("Strategic Assessment test fixture");
  });

  it("holds only well-formed XML parts", async () => {
    const names = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) parseXml(await part(name), name);
  });
});

describe("sheet setup", () => {
  it("colours the tabs", () => {
    expect(sheet("Summary").properties.tabColor).toEqual({ argb: "FF1F3864" });
    expect(sheet("Analyst's trends").properties.tabColor).toEqual({ argb: "FF2E75B6" });
    expect(sheet("Share of region").properties.tabColor).toEqual({ argb: "FF548235" });
  });

  it("sets column widths in characters", () => {
    const widths = [1, 2, 6, 7, 10].map((col) => sheet("Summary").getColumn(col).width);
    expect(widths).toEqual([30, 10, 22, 16, 15]);
    expect(sheet("Share of region").getColumn(3).width).toBe(14);
  });

  it("freezes the planned top rows, and none where the plan says 0", () => {
    expect(sheet("Summary").views[0]).toMatchObject({ state: "frozen", ySplit: 2, topLeftCell: "A3" });
    expect(sheet("Analyst's trends").views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((sheet("Share of region").views ?? []).filter((view) => view.state === "frozen")).toEqual([]);
  });

  it("prints landscape, one page wide, with the frozen rows repeated", () => {
    for (const ws of workbook.worksheets) {
      expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    expect(sheet("Summary").pageSetup.printTitlesRow).toBe("1:2");
  });

  it("starts a new printed page before a chart that would be cut in two", async () => {
    // Trends: a 24 pt title row and 15 pt rows put the end of the column chart
    // (rows 18-32) at 504 pt, past the 487 pt page, so the page breaks after
    // row 18 as Excel numbers it, i.e. above the chart's first row.
    const doc = parseXml(await part(await sheetPartOf("Analyst's trends")));
    expect(all(doc, "brk").map((brk) => [brk.getAttribute("id"), brk.getAttribute("man")])).toEqual([["18", "1"]]);
    expect(all(parseXml(await part(await sheetPartOf("Summary"))), "brk")).toEqual([]);
  });

  it("puts the print title in the page header", () => {
    expect(sheet("Summary").headerFooter.oddHeader).toContain("Northtown strategic assessment - Summary");
    // "&" starts a header code, so the plan's "Trends & share" must be written "&&".
    expect(sheet("Analyst's trends").headerFooter.oddHeader).toContain("Trends && share");
  });

  it("quotes a sheet name with an apostrophe in the print-titles name", async () => {
    const names = all(parseXml(await part("xl/workbook.xml")), "definedName").map((dn) => dn.textContent);
    expect(names).toContain("'Analyst''s trends'!$1:$1");
    expect(names).toContain("'Summary'!$1:$2");
  });
});

describe("text", () => {
  it("writes each text line in its cell with its style", () => {
    const ws = sheet("Summary");
    expect(ws.getCell("A1").value).toBe("Strategic assessment: Northtown");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 18 });
    expect(ws.getCell("A4").font).toMatchObject({ bold: true });
    expect(ws.getCell("A8").value).toBe("Anti-social behaviour is reported beside crime, not within it.");
    expect(ws.getCell("A8").font).toMatchObject({ italic: true, size: 9 });
  });

  it("keeps text that looks like a formula as text", async () => {
    const ws = sheet("Summary");
    expect(ws.getCell("A6").value).toBe("=1+1");
    expect(ws.getCell("A7").value).toBe("@SUM(A1:A3)");
    expect(ws.getCell("A15").value).toBe("=2+3");
    for (const address of ["A6", "A7", "A15"]) {
      expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(address).numFmt).toBe("@");
    }
    // No sheet holds a single formula element.
    for (const ws2 of workbook.worksheets) {
      expect(await part(await sheetPartOf(ws2.name))).not.toMatch(/<f[ >]/);
    }
  });
});

describe("tables", () => {
  const tableXml = async (sheetName: string, tableName: string) => {
    const rels = await relsOf(await sheetPartOf(sheetName));
    for (const rel of rels.filter((r) => r.type.endsWith("/table"))) {
      const doc = parseXml(await part(rel.path));
      if (doc.documentElement.getAttribute("name") === tableName) return doc;
    }
    throw new Error(`no table ${tableName} on ${sheetName}`);
  };

  it.each([
    ["Summary", "SummaryHeadline", "A11:J15"],
    ["Analyst's trends", "TrendsByYear", "A3:C6"],
    ["Analyst's trends", "CategoryYears", "A10:C14"],
    ["Share of region", "ShareOfRegion", "A2:D5"],
  ])("%s holds table %s over %s, with its filter over the same range", async (sheetName, tableName, ref) => {
    const doc = await tableXml(sheetName, tableName);
    expect(doc.documentElement.getAttribute("ref")).toBe(ref);
    expect(doc.documentElement.getAttribute("displayName")).toBe(tableName);
    expect(first(doc, "autoFilter").getAttribute("ref")).toBe(ref);
    expect(first(doc, "tableStyleInfo").getAttribute("name")).toBe("TableStyleMedium2");
    expect(first(doc, "tableStyleInfo").getAttribute("showRowStripes")).toBe("1");
  });

  it("gives each table a workbook-wide unique id", async () => {
    const ids = [];
    for (const path of Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name))) {
      ids.push(parseXml(await part(path)).documentElement.getAttribute("id"));
    }
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it("has table column names equal to the header cells", async () => {
    const doc = await tableXml("Summary", "SummaryHeadline");
    const names = all(doc, "tableColumn").map((col) => col.getAttribute("name"));
    const headers = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map((col) => sheet("Summary").getCell(`${col}11`).value);
    expect(names).toEqual(["Category", "2023/24", "2024/25", "Change", "Change %", "Significance", "Share of region", "Share change", "Rate per 1,000", "Crimes per day"]);
    expect(headers).toEqual(names);
  });

  it("writes the body values, with null as blank", () => {
    const ws = sheet("Summary");
    const row = (r: number) => ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map((col) => ws.getCell(`${col}${r}`).value);
    expect(row(12)).toEqual(["All crime", 1200, 1080, -120, -0.1, "Significant decrease", 0.25, -1.2, 54.3, 2.96]);
    expect(row(14)).toEqual(["Shoplifting", 0, 40, 40, "new", "Significant increase", 0.3, 2.5, 1.8, 0.11]);
    expect(row(15)).toEqual(["=2+3", null, 5, null, null, "-", null, null, 0.2, 0.01]);
  });

  it("formats each column with its UK number format, text columns as @", () => {
    const ws = sheet("Summary");
    const formats = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map((col) => ws.getCell(`${col}13`).numFmt);
    expect(formats).toEqual([
      "@",
      "#,##0",
      "#,##0",
      "+#,##0;-#,##0;0",
      "+0.0%;-0.0%;0.0%",
      "@",
      "0.0%",
      '+0.0" pp";-0.0" pp";0.0" pp"',
      "#,##0.0",
      "#,##0.00",
    ]);
    // Every body row, not just one.
    expect([12, 13, 14, 15].map((r) => ws.getCell(`H${r}`).numFmt)).toEqual(Array(4).fill('+0.0" pp";-0.0" pp";0.0" pp"'));
  });

  it("lines numbers up on the right and text on the left", () => {
    const ws = sheet("Summary");
    expect(ws.getCell("B12").alignment).toMatchObject({ horizontal: "right" });
    expect(ws.getCell("E14").alignment).toMatchObject({ horizontal: "right" });
    expect(ws.getCell("A12").alignment).toMatchObject({ horizontal: "left" });
  });

  it("writes the caption above the header in bold and the note below the last row", () => {
    const ws = sheet("Summary");
    expect(ws.getCell("A10").value).toBe("Headline figures. Source: police.uk street-level crime, Apr 2023 to Mar 2025.");
    expect(ws.getCell("A10").font).toMatchObject({ bold: true });
    expect(ws.getCell("A16").value).toBe('Excludes anti-social behaviour. Change % is "new" where the previous year had no crimes.');
    expect(ws.getCell("A16").font).toMatchObject({ italic: true });
    const trends = sheet("Analyst's trends");
    expect(trends.getCell("A9").value).toBe("Crimes by category, 2023/24 and 2024/25.");
    expect(trends.getCell("A15").value).toBe("Categories with fewer than 50 crimes are left out.");
  });
});

describe("highlights", () => {
  const rulesFor = (sheetName: string, ref: string) =>
    conditionalFormatsOf(sheet(sheetName)).filter((cf) => cf.ref === ref).flatMap((cf) => cf.rules);
  const fillOf = (rule: ExcelJS.ConditionalFormattingRule) => {
    const fill = rule.style?.fill as ExcelJS.FillPattern | undefined;
    return fill?.bgColor?.argb;
  };

  it("colours change by sign: a rise red (bad), a fall green (good)", () => {
    const rules = rulesFor("Summary", "D12:D15");
    expect(rules).toHaveLength(2);
    const [rise, fall] = rules as ExcelJS.ExpressionRuleType[];
    expect(rise.formulae?.[0]).toMatch(/D12>0/);
    expect(fillOf(rise)).toBe("FFFFC7CE");
    expect(rise.style?.font?.color?.argb).toBe("FF9C0006");
    expect(fall.formulae?.[0]).toMatch(/D12<0/);
    expect(fillOf(fall)).toBe("FFC6EFCE");
    expect(fall.style?.font?.color?.argb).toBe("FF006100");
    // The % change column has the same pair.
    expect(rulesFor("Summary", "E12:E15").map(fillOf)).toEqual(["FFFFC7CE", "FFC6EFCE"]);
  });

  it("does not colour text such as \"new\" by sign", () => {
    const [rise] = rulesFor("Summary", "E12:E15") as ExcelJS.ExpressionRuleType[];
    expect(rise.formulae?.[0]).toMatch(/ISNUMBER\(E12\)/);
  });

  it("colours status text by its tone", () => {
    const rules = rulesFor("Share of region", "D3:D5") as ExcelJS.CellIsRuleType[];
    expect(rules.map((rule) => [rule.operator, rule.formulae?.[0], fillOf(rule)])).toEqual([
      ["equal", '"green"', "FFC6EFCE"],
      ["equal", '"Amber"', "FFFFEB9C"],
      ["equal", '"RED"', "FFFFC7CE"],
    ]);
  });

  it("draws data bars over the planned cells", () => {
    expect(rulesFor("Summary", "G12:G15").map((rule) => rule.type)).toEqual(["dataBar"]);
    expect(rulesFor("Share of region", "B3:B5").map((rule) => rule.type)).toEqual(["dataBar"]);
  });
});

describe("charts", () => {
  interface ChartPart { path: string; doc: Document; anchor: Element; sheetName: string }
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
    const found = charts.find((c) => all(first(c.doc, "c:title"), "a:t").map((t) => t.textContent).join("") === title);
    if (!found) throw new Error(`no chart titled ${title}`);
    return found;
  };
  /** What the cells a formula points at hold, read back with ExcelJS. */
  const cellsAt = (formula: string) => {
    const range = parseRangeFormula(formula);
    const values = [];
    for (let row = range.firstRow; row <= range.lastRow; row++) {
      for (let col = range.firstCol; col <= range.lastCol; col++) values.push(sheet(range.sheet).getCell(row, col).value);
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
    expect(charts.map((c) => c.path).sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml"]);
    expect(charts.map((c) => c.sheetName)).toEqual(["Analyst's trends", "Analyst's trends", "Share of region"]);
  });

  it("declares a content type for every chart and drawing part", async () => {
    const types = parseXml(await part("[Content_Types].xml"));
    const overrides = new Map(all(types, "Override").map((o) => [o.getAttribute("PartName"), o.getAttribute("ContentType")]));
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
      expect({ sheet: ws.name, ordered: followsSchemaOrder(names, WORKSHEET_ORDER) }).toEqual({ sheet: ws.name, ordered: true });
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
    expect([previous.name, previous.values, previous.cachedValues]).toEqual(["2023/24", [100, 0, 210, 520], [100, 0, 210, 520]]);
    expect([current.name, current.values, current.cachedValues]).toEqual(["2024/25", [112, 40, 180, 505], [112, 40, 180, 505]]);
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
    expect([marker(trend, "xdr:from"), marker(trend, "xdr:to")]).toEqual([{ row: 2, col: 4 }, { row: 17, col: 11 }]);
    const share = chartTitled("Share of Westshire's crime, 2024/25").anchor;
    expect([marker(share, "xdr:from"), marker(share, "xdr:to")]).toEqual([{ row: 6, col: 0 }, { row: 22, col: 6 }]);
  });
});
