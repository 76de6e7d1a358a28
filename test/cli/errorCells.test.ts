/**
 * Excel error values reach the engine as their literal text ("#N/A") from every
 * reader: the command line's streaming xlsx reader, the browser file mode's
 * workbook reader and the Office.js reader. Each test captures the cells the
 * engine is handed (ExtractReader.addRowRange, which every reader ends in).
 */
import type ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readXlsxFile } from "../../src/cli/readXlsxFile";
import { ExtractReader, type Cell } from "../../src/engine/extracts";
import { EngineSession } from "../../src/taskpane/fileMode/engineSession";
import { readSources } from "../../src/workbook/office/readSources";
import { FakeExcel, newWorkbook, type Scalar } from "../fakeExcel";
import { fakeRuntime } from "../workbook/office/excelFixture";
import { COLUMN, extractRow, extractWorkbook, HEADER } from "./workbookFixtures";

/** Each row's error cell: the column it is in, the cell ExcelJS writes, and the literal the engine must get. */
const ERRORS: { column: string; cell: ExcelJS.CellValue; literal: string }[] = [
  { column: "LSOA name", cell: { error: "#N/A" }, literal: "#N/A" },
  { column: "Month", cell: { error: "#REF!" }, literal: "#REF!" },
  { column: "Crime ID", cell: { error: "#VALUE!" }, literal: "#VALUE!" },
  { column: "Crime type", cell: { error: "#NAME?" }, literal: "#NAME?" },
  // Formulas whose cached result is an error, as a lookup that found nothing leaves them.
  {
    column: "LSOA name",
    cell: { formula: "VLOOKUP(A7,Lookup!A:B,2,FALSE)", result: { error: "#N/A" } } as ExcelJS.CellValue,
    literal: "#N/A",
  },
  {
    column: "Crime type",
    cell: { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue,
    literal: "#DIV/0!",
  },
];

/** The error rows, then an ordinary row. */
const rows = [...ERRORS.map((e, i) => extractRow(`e${i + 1}`, { [e.column]: e.cell })), extractRow("ok1")];

/** What each error row must hold, in the engine's cells, in the error's column. */
const expected = ERRORS.map((e) => [COLUMN[e.column], e.literal]);

/** The cells handed to the engine, copied at once (the Office reader reuses its buffer). */
function captureEngineRows(): { rows: Cell[][]; restore: () => void } {
  const captured: Cell[][] = [];
  const original = ExtractReader.prototype.addRowRange;
  const spy = jest.spyOn(ExtractReader.prototype, "addRowRange").mockImplementation(function (
    this: ExtractReader,
    batch,
    from,
    to,
    firstRowNumber,
  ) {
    for (let r = from; r < to; r++) captured.push([...batch[r]]);
    original.call(this, batch, from, to, firstRowNumber);
  });
  return { rows: captured, restore: () => spy.mockRestore() };
}

function errorCellsOf(engineRows: Cell[][]): [number, Cell][] {
  return ERRORS.map((e, i) => [COLUMN[e.column], engineRows[i][COLUMN[e.column]]]);
}

// Writing and reading workbooks with ExcelJS takes seconds on a busy 2-core machine.
jest.setTimeout(60_000);

let dir: string;
let capture: ReturnType<typeof captureEngineRows>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "error-cells-"));
  capture = captureEngineRows();
});
afterEach(() => {
  capture.restore();
  rmSync(dir, { recursive: true, force: true });
});

describe("Excel error values reach the engine as their literal text", () => {
  it("from the command line's streaming xlsx reader, formula results included", async () => {
    const path = join(dir, "street.xlsx");
    writeFileSync(path, await extractWorkbook(rows));
    await readXlsxFile(new ExtractReader(), path, true);
    expect(capture.rows).toHaveLength(rows.length);
    expect(errorCellsOf(capture.rows)).toEqual(expected);
    expect(capture.rows[ERRORS.length][COLUMN["LSOA name"]]).toBe("Aldbury 001A");
  });

  it("from the command line's reader with inline strings instead of a shared string table", async () => {
    const path = join(dir, "street.xlsx");
    writeFileSync(path, await extractWorkbook(rows, { sharedStrings: false }));
    await readXlsxFile(new ExtractReader(), path, true);
    expect(errorCellsOf(capture.rows)).toEqual(expected);
  });

  it("from the browser file mode's workbook reader", async () => {
    const session = new EngineSession(64);
    await session.open(new File([new Uint8Array(await extractWorkbook(rows))], "street.xlsx"));
    expect(capture.rows).toHaveLength(rows.length);
    expect(errorCellsOf(capture.rows)).toEqual(expected);
  });

  it("from the Office.js reader, which Excel hands error cells as their text", async () => {
    // Range.values gives an error cell's text, e.g. "#N/A" (Excel.ErrorCellValue.basicValue).
    const literalRows = rows.map((row) =>
      row.map((cell, c) => {
        const error = ERRORS.find((e, i) => row === rows[i] && COLUMN[e.column] === c);
        return (error ? error.literal : (cell ?? "")) as Scalar;
      }),
    );
    const excel = new FakeExcel(newWorkbook({ Street: [HEADER, ...literalRows] }));
    await readSources(fakeRuntime(excel), ["Street"], {});
    expect(capture.rows).toHaveLength(rows.length);
    expect(errorCellsOf(capture.rows)).toEqual(expected);
  });
});
