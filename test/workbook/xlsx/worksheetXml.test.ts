import { insertDrawingElement, rootChildren } from "../../../src/workbook/xlsx/charts/worksheetXml";
import { childNames, parseXml } from "./xmlTestHelpers";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const sheet = (inner: string, ns = NS) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${ns}>${inner}</worksheet>`;

describe("rootChildren", () => {
  it("lists only the root's direct children, skipping nested elements and comments", () => {
    const xml = sheet(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><!-- <drawing/> --><pageSetup a="x/y"/><extLst><ext/></extLst>',
    );
    expect(rootChildren(xml).map((c) => c.name)).toEqual(["sheetData", "pageSetup", "extLst"]);
  });
});

describe("insertDrawingElement", () => {
  it("goes after headerFooter and before tableParts", () => {
    const xml = sheet(
      '<sheetData/><pageMargins left="1"/><pageSetup/><headerFooter><oddHeader>&amp;LX</oddHeader></headerFooter><tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
    );
    const names = childNames(parseXml(insertDrawingElement(xml, "rId2")).documentElement);
    expect(names).toEqual(["sheetData", "pageMargins", "pageSetup", "headerFooter", "drawing", "tableParts"]);
  });

  it("goes before the worksheet's own extLst, not one nested in a conditional format", () => {
    const xml = sheet(
      '<sheetData/><conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><extLst><ext/></extLst></cfRule></conditionalFormatting><pageSetup/><extLst><ext/></extLst>',
    );
    const names = childNames(parseXml(insertDrawingElement(xml, "rId1")).documentElement);
    expect(names).toEqual(["sheetData", "conditionalFormatting", "pageSetup", "drawing", "extLst"]);
  });

  it("goes last when nothing must follow it", () => {
    const names = childNames(parseXml(insertDrawingElement(sheet("<sheetData/><pageSetup/>"), "rId1")).documentElement);
    expect(names).toEqual(["sheetData", "pageSetup", "drawing"]);
  });

  it("carries the relationship id", () => {
    const doc = parseXml(insertDrawingElement(sheet("<sheetData/>"), "rId7"));
    const drawing = doc.getElementsByTagName("drawing")[0];
    expect(drawing.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id")).toBe(
      "rId7",
    );
  });

  it("declares the r: namespace when the sheet did not", () => {
    const xml = sheet("<sheetData/>", 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
    const doc = parseXml(insertDrawingElement(xml, "rId1"));
    expect(doc.getElementsByTagName("drawing")).toHaveLength(1);
  });

  it("refuses a sheet that already has a drawing", () => {
    expect(() => insertDrawingElement(sheet('<sheetData/><drawing r:id="rId1"/>'), "rId2")).toThrow(
      /already has a drawing/,
    );
  });
});
