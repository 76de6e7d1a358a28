import { PlanCells } from "../../../src/workbook/xlsx/planCells";
import { smallAssessmentPlan, TRENDS_SHEET } from "../../fixtures/plans/smallAssessmentPlan";

describe("PlanCells", () => {
  const cells = new PlanCells(smallAssessmentPlan);

  it("knows the caption, header, body and note cells of a table", () => {
    expect(cells.valueAt(TRENDS_SHEET, 8, 0)).toBe("Crimes by category, 2023/24 and 2024/25.");
    expect(cells.valueAt(TRENDS_SHEET, 9, 2)).toBe("2024/25");
    expect(cells.valueAt(TRENDS_SHEET, 13, 1)).toBe(520);
    expect(cells.valueAt(TRENDS_SHEET, 14, 0)).toBe("Categories with fewer than 50 crimes are left out.");
  });

  it("reads a column range top to bottom, blanks as null", () => {
    expect(cells.valuesIn({ sheet: TRENDS_SHEET, firstRow: 3, lastRow: 5, firstCol: 2, lastCol: 2 })).toEqual([
      400,
      380,
      null,
    ]);
  });

  it("reads a row range left to right", () => {
    expect(cells.valuesIn({ sheet: "Summary", firstRow: 11, lastRow: 11, firstCol: 1, lastCol: 3 })).toEqual([
      1200, 1080, -120,
    ]);
  });

  it("finds a sheet whatever the case, as Excel formulas do", () => {
    expect(cells.valueAt("share of region", 2, 0)).toBe("Northtown");
  });

  it("holds text blocks", () => {
    expect(cells.valueAt("Summary", 5, 0)).toBe("=1+1");
  });
});
