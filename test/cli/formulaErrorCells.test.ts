/** Formula cells whose cached result is an Excel error, which ExcelJS's streaming reader drops, read back from the sheet's XML. */
import type ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { errorCellsOfSheet, lostErrorResults } from "../../src/cli/formulaErrorCells";
import { extractRow, extractWorkbook } from "./workbookFixtures";

// Writing and reading workbooks with ExcelJS takes seconds on a busy 2-core machine.
jest.setTimeout(60_000);

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "formula-errors-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("lostErrorResults", () => {
  /** A streamed row as lostErrorResults sees it: values (1-based), and a model of its cells. */
  const streamedRow = (values: unknown[], cells: { address: string; result?: unknown }[]) => ({
    values: [undefined, ...values],
    model: { cells },
  });

  it("finds a formula whose result ExcelJS read as NaN, and leaves one never calculated alone", () => {
    const row = streamedRow(
      ["c1", { formula: "1/0" }, { formula: "A1" }, { formula: "A1*2", result: 4 }, { sharedFormula: "B2" }],
      [
        { address: "A2" },
        { address: "B2", result: NaN },
        { address: "C2", result: undefined },
        { address: "D2", result: 4 },
        { address: "AB2", result: NaN },
      ],
    );
    expect(lostErrorResults(row)).toEqual([
      { index: 1, address: "B2" },
      { index: 27, address: "AB2" },
    ]);
  });

  it("does not build the model of a row with no formula missing its result", () => {
    const row = {
      values: [undefined, "c1", { formula: "A1*2", result: 4 }],
      get model(): never {
        throw new Error("the model was built");
      },
    };
    expect(lostErrorResults(row)).toEqual([]);
  });
});

describe("errorCellsOfSheet", () => {
  it("reads every error cell of a sheet far larger than one unzipped chunk", async () => {
    // 1,500 rows (about 0.9 MB of sheet XML), each with a formula error result in its LSOA name; the literal cycles so each is checked.
    const literals = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!"];
    const rows = Array.from({ length: 1500 }, (_, i) =>
      extractRow(`c${i}`, {
        "LSOA name": {
          formula: `VLOOKUP(A${i + 2},X!A:B,2,0)`,
          result: { error: literals[i % 4] },
        } as ExcelJS.CellValue,
      }),
    );
    const path = join(dir, "street.xlsx");
    writeFileSync(path, await extractWorkbook(rows));
    const found = await errorCellsOfSheet(path, "1");
    const expected = new Map(rows.map((_, i) => [`I${i + 2}`, literals[i % 4]]));
    expect(found).toEqual(expected);
  });

  it("finds nothing in a sheet with no error cells, or a sheet that is not there", async () => {
    const path = join(dir, "street.xlsx");
    writeFileSync(path, await extractWorkbook([extractRow("c1")]));
    expect((await errorCellsOfSheet(path, "1")).size).toBe(0);
    expect((await errorCellsOfSheet(path, "9")).size).toBe(0);
  });
});
