/** Plans at the edges: an empty table, repeated headers, a chart on a sheet with no table. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ReportPlan } from "../../../src/report/plan";
import { writeAssessmentXlsx } from "../../../src/workbook/xlsx";
import { all, conditionalFormatsOf, loadWorkbook, first, parseXml } from "./xmlTestHelpers";

const edgePlan: ReportPlan = {
  title: "Edge cases",
  generator: "test",
  sheets: [
    {
      key: "quality",
      name: "Data & quality",
      tabColor: "7F7F7F",
      columnWidths: [20, 10, 10],
      freezeRows: 0,
      print: { landscape: true, fitToWidth: true, title: "Data & quality" },
      blocks: [
        {
          kind: "table",
          name: "RowsSetAside",
          caption: "Rows set aside <none>",
          note: "Nothing was set aside.",
          at: { row: 1, col: 0 },
          columns: [
            { header: "Reason", format: "text" },
            { header: "Rows", format: "integer" },
          ],
          rows: [],
          highlights: [],
        },
        {
          kind: "table",
          name: "Repeated",
          caption: "Repeated headers",
          at: { row: 6, col: 0 },
          columns: [
            { header: "Count", format: "integer" },
            { header: "count", format: "integer" },
            { header: "Change", format: "signedInteger" },
          ],
          rows: [
            [3, 4, -2],
            [5, Number.NaN, 7],
          ],
          highlights: [{ kind: "dataBar", column: 2, fromRow: 0, toRow: 1 }],
        },
      ],
    },
    {
      key: "monthly",
      name: "Chart only",
      tabColor: "2E75B6",
      columnWidths: [],
      freezeRows: 0,
      print: { landscape: true, fitToWidth: true, title: "Chart only" },
      blocks: [
        {
          kind: "chart",
          name: "Counts",
          type: "columnClustered",
          title: "Counts",
          categories: { sheet: "Data & quality", firstRow: 7, lastRow: 8, firstCol: 2, lastCol: 2 },
          series: [
            {
              name: "Count",
              nameRef: { sheet: "Data & quality", firstRow: 6, lastRow: 6, firstCol: 0, lastCol: 0 },
              values: { sheet: "Data & quality", firstRow: 7, lastRow: 8, firstCol: 0, lastCol: 0 },
            },
          ],
          from: { row: 0, col: 0 },
          to: { row: 15, col: 8 },
          valueFormat: "integer",
        },
      ],
    },
  ],
};

let workbook: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  const bytes = await writeAssessmentXlsx(edgePlan);
  workbook = await loadWorkbook(bytes);
  zip = await JSZip.loadAsync(bytes);
});

const tableDoc = async (name: string) => {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const doc = parseXml(await zip.file(path)!.async("string"));
    if (doc.documentElement.getAttribute("name") === name) return doc;
  }
  throw new Error(`no table ${name}`);
};

it("gives an empty table one blank body row and puts its note below it", async () => {
  expect((await tableDoc("RowsSetAside")).documentElement.getAttribute("ref")).toBe("A2:B3");
  const ws = workbook.getWorksheet("Data & quality")!;
  expect([ws.getCell("A3").value, ws.getCell("B3").value]).toEqual([null, null]);
  expect(ws.getCell("A4").value).toBe("Nothing was set aside.");
});

it("makes repeated headers unique, in the table and in the header cells", async () => {
  const names = all(await tableDoc("Repeated"), "tableColumn").map((c) => c.getAttribute("name"));
  expect(names).toEqual(["Count", "count 2", "Change"]);
  const ws = workbook.getWorksheet("Data & quality")!;
  expect([ws.getCell("A7").value, ws.getCell("B7").value]).toEqual(["Count", "count 2"]);
});

it("writes a number Excel cannot hold as a blank", () => {
  expect(workbook.getWorksheet("Data & quality")!.getCell("B9").value).toBeNull();
});

it("scales a data bar over negative values from the lowest value, not zero", () => {
  const [rule] = conditionalFormatsOf(workbook.getWorksheet("Data & quality")!).flatMap(
    (cf) => cf.rules,
  ) as ExcelJS.DataBarRuleType[];
  expect(rule.cfvo?.[0]).toEqual({ type: "min" });
});

it("adds a chart to a sheet that had no relationships part", async () => {
  const rels = parseXml(await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string"));
  const [rel] = all(rels, "Relationship");
  expect(rel.getAttribute("Type")).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing");
  expect(rel.getAttribute("Target")).toBe("../drawings/drawing1.xml");
  expect(zip.file("xl/drawings/drawing1.xml")).not.toBeNull();
  const chart = parseXml(await zip.file("xl/charts/chart1.xml")!.async("string"));
  expect(first(first(chart, "c:val"), "c:f").textContent).toBe("'Data & quality'!$A$8:$A$9");
  expect(all(first(chart, "c:cat"), "c:v").map((v) => v.textContent)).toEqual(["-2", "7"]);
});
