/** Long sentences (findings, method notes) wrap within the table width so they print whole. */
import ExcelJS from "exceljs";
import type { ReportPlan } from "../../../src/report/plan";
import { writeAssessmentXlsx } from "../../../src/workbook/xlsx";

const sentence = "All crime in Ashby fell by 14.2% in 2023/24 compared with 2022/23. ".repeat(4);
const plan: ReportPlan = {
  title: "Wrap",
  generator: "test",
  sheets: [
    {
      key: "summary",
      name: "Summary",
      tabColor: "1F4E79",
      columnWidths: [20, 20, 20],
      freezeRows: 0,
      print: { landscape: true, fitToWidth: true, title: "Wrap" },
      blocks: [
        { kind: "text", at: { row: 1, col: 0 }, text: sentence, style: "finding", wrap: { columns: 3, lines: 5 } },
      ],
    },
  ],
};

it("merges the cell across its columns, wraps it at the top, and sets the row height", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeAssessmentXlsx(plan)).slice().buffer);
  const sheet = workbook.getWorksheet("Summary")!;
  expect(sheet.getCell("A2").value).toBe(sentence);
  expect(sheet.getCell("C2").isMerged).toBe(true);
  expect(sheet.getCell("C2").master.address).toBe("A2");
  expect(sheet.getCell("A2").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  // Calibri 11 pt: 15 pt a line, five lines.
  expect(sheet.getRow(2).height).toBe(75);
});
