/** File mode with an .xlsx workbook (read whole by ExcelJS, one source per sheet), alone and beside a CSV. */
import ExcelJS from "exceljs";
import type { ReadResult } from "../../src/engine/extracts";
import { EngineSession } from "../../src/taskpane/fileMode/engineSession";
import { policeUkCsv } from "./policeUkFixture";

const READ = { isCancelled: () => false, onFraction: () => undefined };

async function workbookFile(name: string): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Notes").addRows([["Extract for the partnership"], ["Source: data.police.uk"]]);
  // The fixture's rows as cells, below a title row.
  const rows = policeUkCsv()
    .trim()
    .split("\n")
    .map((line) => line.split(","));
  workbook.addWorksheet("Street").addRows([["Street-level crime"], ...rows]);
  const data = await workbook.xlsx.writeBuffer();
  return new File([data as ArrayBuffer], name);
}

function perDistrict(read: ReadResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < read.table.length; i++) {
    const name = read.table.districts[read.table.district[i]];
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

describe("a workbook in file mode", () => {
  it("lists each sheet, and reads a sheet together with a CSV into one table", async () => {
    const session = new EngineSession(64);
    await session.open(await workbookFile("book.xlsx"));
    await session.open(new File([policeUkCsv()], "cleveland.csv"));
    const listed = session.discover();
    expect(listed.map((s) => [s.id, s.kind, s.format, s.rows])).toEqual([
      ["Notes (book.xlsx)", "sheet", null, 1],
      ["Street (book.xlsx)", "sheet", "police-uk", 144],
      ["cleveland.csv", "file", "police-uk", 144],
    ]);

    const read = await session.read(["Street (book.xlsx)", "cleveland.csv"], {}, READ);
    // The fixture in both sources: Alpha 4 rows a month, Beta 2, over 24 months. The CSV holds the
    // sheet's rows, so it is counted once (its rows set aside as the same rows).
    expect(perDistrict(read)).toEqual({ Alpha: 96, Beta: 48 });
    expect(read.sources.map((s) => [s.name, s.kind, s.rowsKept])).toEqual([
      ["Street (book.xlsx)", "sheet", 144],
      ["cleveland.csv", "file", 0],
    ]);
  });
});
