/**
 * Writes the hand-made fixture plan and reads it back with ExcelJS and JSZip:
 * sheets, print setup, text, tables, formats and highlights. Expected values are
 * typed from the fixture, not taken from the writer.
 */
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { writeFixtureWorkbook, type WrittenWorkbook } from "./writtenFixture";
import { all, conditionalFormatsOf, first, parseXml } from "./xmlTestHelpers";

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

describe("workbook", () => {
  it("returns the written.bytes of a zip package", () => {
    expect(written.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(written.bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
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
    const headers = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map(
      (col) => sheet("Summary").getCell(`${col}11`).value,
    );
    expect(names).toEqual([
      "Category",
      "2023/24",
      "2024/25",
      "Change",
      "Change %",
      "Significance",
      "Share of region",
      "Share change",
      "Rate per 1,000",
      "Crimes per day",
    ]);
    expect(headers).toEqual(names);
  });

  it("writes the body values, with null as blank", () => {
    const ws = sheet("Summary");
    const row = (r: number) =>
      ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map((col) => ws.getCell(`${col}${r}`).value);
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
    expect([12, 13, 14, 15].map((r) => ws.getCell(`H${r}`).numFmt)).toEqual(
      Array(4).fill('+0.0" pp";-0.0" pp";0.0" pp"'),
    );
  });

  it("lines numbers up on the right and text on the left", () => {
    const ws = sheet("Summary");
    expect(ws.getCell("B12").alignment).toMatchObject({ horizontal: "right" });
    expect(ws.getCell("E14").alignment).toMatchObject({ horizontal: "right" });
    expect(ws.getCell("A12").alignment).toMatchObject({ horizontal: "left" });
  });

  it("writes the caption above the header in bold and the note below the last row", () => {
    const ws = sheet("Summary");
    expect(ws.getCell("A10").value).toBe(
      "Headline figures. Source: police.uk street-level crime, Apr 2023 to Mar 2025.",
    );
    expect(ws.getCell("A10").font).toMatchObject({ bold: true });
    expect(ws.getCell("A16").value).toBe(
      'Excludes anti-social behaviour. Change % is "new" where the previous year had no crimes.',
    );
    expect(ws.getCell("A16").font).toMatchObject({ italic: true });
    const trends = sheet("Analyst's trends");
    expect(trends.getCell("A9").value).toBe("Crimes by category, 2023/24 and 2024/25.");
    expect(trends.getCell("A15").value).toBe("Categories with fewer than 50 crimes are left out.");
  });
});

describe("highlights", () => {
  const rulesFor = (sheetName: string, ref: string) =>
    conditionalFormatsOf(sheet(sheetName))
      .filter((cf) => cf.ref === ref)
      .flatMap((cf) => cf.rules);
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

  it('does not colour text such as "new" by sign', () => {
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
