/** Chunked reads: every row once, only the needed columns, payload errors halve the chunk, cancel stops. */
import { FakeExcel, newWorkbook, type Scalar } from "../../fakeExcel";
import { AssessmentError } from "../../../src/engine/errors";
import { monthIndex } from "../../../src/engine/extracts/crimeTable";
import type { ReadResult } from "../../../src/engine/extracts";
import { readSources } from "../../../src/workbook/office/readSources";
import { EXTRACT_HEADER, extractRows, fakeRuntime } from "./excelFixture";

/** Rows per district, counted straight from the cells (the district is the LSOA name without its code). */
function expectedByDistrict(rows: Scalar[][]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const district = String(row[8]).replace(/ \d{3}[A-Z]$/, "");
    counts[district] = (counts[district] ?? 0) + 1;
  }
  return counts;
}

function countedByDistrict(read: ReadResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < read.table.length; i++) {
    const district = read.table.districts[read.table.district[i]];
    counts[district] = (counts[district] ?? 0) + 1;
  }
  return counts;
}

const rows5000 = extractRows(5000);

describe("reading extracts in chunks", () => {
  it("reads every row once, in chunks within the limits, through several syncs", async () => {
    const excel = new FakeExcel(newWorkbook({ Extract: [EXTRACT_HEADER, ...rows5000] }));
    const read = await readSources(
      fakeRuntime(excel),
      ["Extract"],
      {},
      { limits: { maxCells: 3_000, maxBytes: 5_000_000 } },
    );
    expect(read.table.length).toBe(5000);
    expect(countedByDistrict(read)).toEqual(expectedByDistrict(rows5000));
    const chunkReads = excel.valueReads.filter((r) => r.r0 >= 1);
    expect(Math.max(...chunkReads.map((r) => r.rows))).toBeLessThanOrEqual(500); // 3,000 cells / 6 needed columns
    expect(excel.syncCount).toBeGreaterThanOrEqual(2 + Math.ceil(5000 / 500));
  });

  it("reads only the columns the engine needs: Crime ID and Month, Falls within, LSOA code and name and Crime type", async () => {
    const excel = new FakeExcel(newWorkbook({ Extract: [EXTRACT_HEADER, ...rows5000] }));
    await readSources(fakeRuntime(excel), ["Extract"], {});
    const columns = new Set(excel.valueReads.filter((r) => r.r0 >= 1).map((r) => `${r.c0}+${r.cols}`));
    expect([...columns].sort()).toEqual(["0+2", "3+1", "7+3"]);
  });

  it("halves the chunk when Excel refuses a response as too big, and still reads every row", async () => {
    // A short force name in the first rows (the sample) and a very long one after: the first estimate is too small.
    const longForce = `Merseyside Police ${"x".repeat(3000)}`;
    const rows = extractRows(4000).map((row, i) => (i < 40 ? row : [...row.slice(0, 3), longForce, ...row.slice(4)]));
    const excel = new FakeExcel(newWorkbook({ Extract: [EXTRACT_HEADER, ...rows] }));
    const read = await readSources(fakeRuntime(excel), ["Extract"], {});
    const refused = excel.syncs.filter((s) => s.failed === "ResponsePayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    expect(read.table.length).toBe(4000);
    expect(read.duplicateCrimeIds.count).toBe(0);
    expect(countedByDistrict(read)).toEqual(expectedByDistrict(rows));
  });

  it("halves the chunk on a request-size error too", async () => {
    const excel = new FakeExcel(newWorkbook({ Extract: [EXTRACT_HEADER, ...rows5000] }));
    excel.failOnOperation("Range.load", 4, "RequestPayloadSizeLimitExceeded");
    const read = await readSources(
      fakeRuntime(excel),
      ["Extract"],
      {},
      { limits: { maxCells: 12_000, maxBytes: 5_000_000 } },
    );
    expect(read.table.length).toBe(5000);
    // 12,000 cells / 6 columns = 2,000 rows; the refused first chunk is asked for again as 1,000 rows.
    const sizes = excel.valueReads.filter((r) => r.r0 >= 1 && r.c0 === 0).map((r) => r.rows);
    expect(sizes).toEqual([2000, 1000, 1000, 1000, 1000, 1000]);
    expect(excel.syncs.filter((s) => s.failed).map((s) => s.failed)).toEqual(["RequestPayloadSizeLimitExceeded"]);
  });

  it("stops when cancelled, yielding to the pane between chunks", async () => {
    const excel = new FakeExcel(newWorkbook({ Extract: [EXTRACT_HEADER, ...rows5000] }));
    const controller = new AbortController();
    let yields = 0;
    const runtime = { ...fakeRuntime(excel), yieldToUi: async () => void yields++ };
    const run = readSources(
      runtime,
      ["Extract"],
      {},
      {
        signal: controller.signal,
        limits: { maxCells: 6_000, maxBytes: 5_000_000 },
        onProgress: (fraction) => fraction >= 0.4 && controller.abort(),
      },
    );
    await expect(run).rejects.toThrow(/cancelled/);
    expect(yields).toBe(2); // two chunks of 1,000 rows read, then it stopped
    expect(excel.valueReads.filter((r) => r.r0 >= 1 && r.c0 === 0)).toHaveLength(2);
  });

  it("reads months stored as Excel dates and a header below a title", async () => {
    const excel = new FakeExcel(
      newWorkbook({
        Titled: [
          ["Extract"],
          [],
          EXTRACT_HEADER,
          ["a", 45017, "", "Merseyside Police", "", "", "", "", "Knowsley 001A", "Burglary", "", ""],
        ],
      }),
    );
    const read = await readSources(fakeRuntime(excel), ["Titled"], {});
    expect([...read.table.month]).toEqual([monthIndex(2023, 4)]);
  });

  it("reads an Excel table by its id, and not the cells around it", async () => {
    const excel = new FakeExcel(
      newWorkbook({
        Mixed: [["Notes"], EXTRACT_HEADER.slice(0, 10), ...extractRows(3).map((r) => r.slice(0, 10)), ["Total", 3]],
      }),
    );
    const sheet = excel.model.sheets[0];
    sheet.tables.push({
      id: 5,
      name: "Crimes",
      area: { sheet, r0: 1, c0: 0, rows: 4, cols: 10 },
      hasHeaders: true,
      style: "",
      showBandedRows: true,
    });
    const read = await readSources(fakeRuntime(excel), ["Mixed!Crimes"], {});
    expect(read.table.length).toBe(3);
  });

  it("names a sheet that is not an extract, and a source that has gone", async () => {
    const excel = new FakeExcel(newWorkbook({ Notes: [["Area", "Comment"]] }));
    const notExtract = await readSources(fakeRuntime(excel), ["Notes"], {}).catch((e) => e);
    expect(notExtract).toBeInstanceOf(AssessmentError);
    expect(notExtract.source).toBe("Notes");
    const gone = await readSources(fakeRuntime(excel), ["Crimes 2022"], {}).catch((e) => e);
    expect(gone.describe()).toMatch(/"Crimes 2022".*no longer in the workbook/);
  });
});
