/** Discovery: which sheets and tables are extracts, from their first rows, in a fixed number of syncs. */
import { FakeExcel, newWorkbook, type Scalar } from "../../fakeExcel";
import { discoverSources } from "../../../src/workbook/office/discover";
import { writeReportPlan } from "../../../src/workbook/office/plan/writeReportPlan";
import { EXTRACT_HEADER, extractRows, fakeRuntime } from "./excelFixture";
import { smallPlan, writeOptions } from "./planFixture";

function workbook(extraSheets = 0): FakeExcel {
  const sheets: Record<string, Scalar[][]> = {
    "Crimes 2023": [EXTRACT_HEADER, ...extractRows(30)],
    "My notes": [
      ["Area", "Comment"],
      ["Knowsley", "Check the summer peak"],
    ],
    Blank: [],
    // A title and a blank row above the header, and Excel date serials for months (45017 is 1 April 2023).
    Titled: [
      ["Merseyside extract"],
      [],
      EXTRACT_HEADER,
      ["a1", 45017, "", "Merseyside Police", "", "", "", "", "Knowsley 001A", "Burglary", "", ""],
      ["a2", 45383, "", "Merseyside Police", "", "", "", "", "Halton 002B", "Robbery", "", ""],
    ],
  };
  for (let i = 0; i < extraSheets; i++) sheets[`Extra ${i}`] = [EXTRACT_HEADER, ...extractRows(5)];
  return new FakeExcel(newWorkbook(sheets));
}

describe("discovery", () => {
  it("marks a police.uk sheet with its format, rows, months covered, districts and forces", async () => {
    const sources = await discoverSources(fakeRuntime(workbook()));
    expect(sources.find((s) => s.id === "Crimes 2023")).toEqual({
      id: "Crimes 2023",
      name: "Crimes 2023",
      kind: "sheet",
      format: "police-uk",
      rows: 30,
      // Row 0 is April 2023; the last of 30 rows spreading 12 months is March 2024.
      firstMonth: "2023-04",
      lastMonth: "2024-03",
      districts: ["Knowsley", "St. Helens", "Wirral"],
      forces: ["Merseyside Police"],
      headers: EXTRACT_HEADER,
    });
  });

  it("finds a header below a title and reads months stored as Excel dates", async () => {
    const titled = (await discoverSources(fakeRuntime(workbook()))).find((s) => s.id === "Titled");
    expect(titled).toMatchObject({
      format: "police-uk",
      rows: 2,
      firstMonth: "2023-04",
      lastMonth: "2024-04",
      districts: ["Halton", "Knowsley"],
    });
  });

  it("says why a sheet is not an extract, and what headers it has", async () => {
    const sources = await discoverSources(fakeRuntime(workbook()));
    const notes = sources.find((s) => s.id === "My notes");
    expect(notes?.format).toBeNull();
    expect(notes?.headers).toEqual(["Area", "Comment"]);
    expect(notes?.problem).toMatch(/not a crime extract.*Month/);
    expect(sources.find((s) => s.id === "Blank")).toMatchObject({ format: null, rows: 0 });
  });

  it("takes two syncs whatever the number of sheets", async () => {
    for (const extra of [0, 12]) {
      const excel = workbook(extra);
      const sources = await discoverSources(fakeRuntime(excel));
      expect(sources).toHaveLength(4 + extra);
      expect(excel.syncCount).toBe(2);
    }
  });

  it("lists a table that is only part of its sheet as a source of its own", async () => {
    const excel = workbook();
    const notes = excel.model.sheets[1];
    notes.values.push(
      [],
      ["Crime ID", "Month", "Falls within", "LSOA name", "Crime type"],
      ["x", "2024-05", "Merseyside Police", "Wirral 001A", "Drugs"],
    );
    notes.tables.push({
      id: 77,
      name: "Extra",
      area: { sheet: notes, r0: 3, c0: 0, rows: 2, cols: 5 },
      hasHeaders: true,
      style: "",
      showBandedRows: true,
    });
    const table = (await discoverSources(fakeRuntime(excel))).find((s) => s.kind === "table");
    expect(table).toMatchObject({
      id: "My notes!Extra",
      name: "Extra",
      format: "police-uk",
      rows: 1,
      firstMonth: "2024-05",
      districts: ["Wirral"],
    });
  });

  it("leaves out the add-in's own sheets", async () => {
    const excel = workbook();
    await writeReportPlan(fakeRuntime(excel), smallPlan(), writeOptions());
    const ids = (await discoverSources(fakeRuntime(excel))).map((s) => s.id);
    expect(ids).toEqual(["Crimes 2023", "My notes", "Blank", "Titled"]);
  });
});
