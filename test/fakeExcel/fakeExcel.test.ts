/** The fake's own rules: if these break, adapter tests would pass for the wrong reasons. */
import type { FakeContext } from "./context";
import { FakeExcel, newWorkbook, PAYLOAD_LIMIT_BYTES, sheetValues } from "./index";

function excelWith(sheets: Record<string, (string | number)[][]>) {
  return new FakeExcel(newWorkbook(sheets));
}

describe("fake Excel", () => {
  it("throws when a property is read before load and sync", async () => {
    const excel = excelWith({ Data: [["a"]] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      expect(() => sheet.name).toThrow(/not available/);
      sheet.load("name");
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheet.name).toBe("Data");
    });
  });

  it("loads collection items by path, including nested properties", async () => {
    const excel = excelWith({ One: [["x"]], Two: [] });
    excel.model.sheets[1].protected = true;
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ["One", false],
        ["Two", true],
      ]);
      expect(() => sheets.items[0].position).toThrow(/not available/);
    });
  });

  it("rejects a values array whose shape differs from the range, writing nothing", async () => {
    const excel = excelWith({ Data: [] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["a", "b"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sheetValues(excel.model.sheets[0])).toEqual([]);
  });

  it.each([
    ["a name longer than 31 characters", "x".repeat(32), "InvalidArgument"],
    ["a forbidden character", "Q1/Q2", "InvalidArgument"],
    ["a leading apostrophe", "'Trends", "InvalidArgument"],
    ["the reserved name History", "history", "InvalidArgument"],
    ["a name used by another sheet, in any case", "DATA", "ItemAlreadyExists"],
  ])("rejects a sheet with %s", async (_why, name, code) => {
    const excel = excelWith({ Data: [] });
    await expect(excel.run(async (context) => void context.workbook.worksheets.add(name))).rejects.toMatchObject({
      code,
    });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("rejects table names that clash across the workbook or look like cells", async () => {
    const excel = excelWith({ A: [["h"], [1]], B: [["h"], [2]] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("A").tables.add("A1:A2", true).name = "Counts";
      await context.sync();
    });
    for (const name of ["counts", "AB12", "2024 data"]) {
      await expect(
        excel.run(
          async (context) => void (context.workbook.worksheets.getItem("B").tables.add("A1:A2", true).name = name),
        ),
      ).rejects.toMatchObject({ code: expect.stringMatching(/ItemAlreadyExists|InvalidArgument/) });
    }
  });

  it("turns text starting with = + - @ into formulas unless the cell is formatted as text", async () => {
    const excel = excelWith({ Data: [] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:C1").values = [["=1+2", "-cmd", "0123"]];
      sheet.getRange("A2:C2").numberFormat = [["@", "@", "@"]];
      sheet.getRange("A2:C2").values = [["=1+2", "-cmd", "0123"]];
    });
    const sheet = excel.model.sheets[0];
    expect([...sheet.formulas.values()]).toEqual(["=1+2", "-cmd"]);
    expect(sheetValues(sheet)[0][2]).toBe(123);
    expect(sheetValues(sheet)[1]).toEqual(["=1+2", "-cmd", "0123"]);
  });

  it("refuses a request over 5 MB and applies none of it", async () => {
    const excel = excelWith({ Data: [] });
    const big = [["x".repeat(PAYLOAD_LIMIT_BYTES)]];
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("B1").values = [["small"]];
        sheet.getRange("A1").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sheetValues(excel.model.sheets[0])).toEqual([]);
  });

  it("counts the request limit in UTF-8 bytes: 5,000,000, not 5 MiB of characters", async () => {
    const write = (text: string) => {
      const excel = excelWith({ Data: [] });
      return excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[text]];
      });
    };
    expect(PAYLOAD_LIMIT_BYTES).toBe(5_000_000);
    // 5,100,000 ASCII characters: under 5,242,880 characters, over 5,000,000 bytes.
    await expect(write("x".repeat(5_100_000))).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    // 1,700,000 euro signs: 1.7 million characters but 5.1 million bytes.
    await expect(write("€".repeat(1_700_000))).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await expect(write("x".repeat(4_900_000))).resolves.toBeUndefined();
  });

  it.each([
    ["a sheet", "worksheets.getItem", (c: FakeContext) => c.workbook.worksheets.getItem("Nope")],
    ["a table", "tables.getItem", (c: FakeContext) => c.workbook.tables.getItem("Nope")],
    ["a defined name", "names.getItem", (c: FakeContext) => c.workbook.names.getItem("Nope")],
    ["a setting", "settings.getItem", (c: FakeContext) => c.workbook.settings.getItem("Nope")],
  ])("fails the sync for getItem of a missing %s even when nothing uses it", async (_what, op, getItem) => {
    const excel = excelWith({ Data: [] });
    await expect(
      excel.run(async (context) => {
        getItem(context);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.syncs[0]).toMatchObject({ operations: [op], failed: "ItemNotFound" });
  });

  it("reports a missing item through getItemOrNullObject without failing", async () => {
    const excel = excelWith({ Data: [] });
    await expect(
      excel.run(async (context) => void context.workbook.worksheets.getItemOrNullObject("Nope")),
    ).resolves.toBeUndefined();
  });

  it("refuses a response over 5 MB", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${"y".repeat(90)}`]);
    const excel = excelWith({ Data: rows });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:A60000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("returns no values for a read over 5 million cells", async () => {
    const excel = excelWith({ Data: [["a"]] });
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 1_000_001, 5).load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toBeNull();
  });

  it("counts syncs, including Excel.run's final sync of queued commands", async () => {
    const excel = excelWith({ Data: [] });
    await excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.add("New");
    });
    expect(excel.syncCount).toBe(2);
  });

  it("keeps commands before an injected failure applied, as Excel does", async () => {
    const excel = excelWith({ Data: [] });
    excel.failOnOperation("worksheets.add", 2);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("First");
        context.workbook.worksheets.add("Second");
        context.workbook.worksheets.add("Third");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data", "First"]);
  });

  it("cuts a chosen sync after k of its commands, keeping those, for every k", async () => {
    const names = ["First", "Second", "Third"];
    for (let k = 0; k <= names.length + 1; k++) {
      const excel = excelWith({ Data: [] });
      excel.failAfter(1, k);
      await expect(
        excel.run(async (context) => names.forEach((name) => context.workbook.worksheets.add(name))),
      ).rejects.toThrow(/Injected/);
      expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data", ...names.slice(0, k)]);
    }
  });

  it("fails a chosen sync before running anything in it", async () => {
    const excel = excelWith({ Data: [] });
    excel.failAtSync(1);
    await expect(excel.run(async (context) => void context.workbook.worksheets.add("New"))).rejects.toThrow(/Injected/);
    expect(excel.model.sheets).toHaveLength(1);
  });

  it("keeps chart series bound to their cells when the sheet is renamed", async () => {
    const excel = excelWith({
      Data: [
        ["Year", "Count"],
        ["2023", 5],
        ["2024", 7],
      ],
    });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("Line", sheet.getRange("B2:B3"), "Columns");
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A2:A3"));
      await context.sync();
      sheet.name = "Renamed";
    });
    const [series] = excel.model.sheets[0].charts[0].series;
    expect(series.values?.sheet.name).toBe("Renamed");
    expect(series.xValues).toMatchObject({ r0: 1, c0: 0, rows: 2, cols: 1 });
  });

  it("copies sparse sheets into rectangular values for comparisons", () => {
    const workbook = newWorkbook({ Data: [] });
    workbook.sheets[0].values[2] = [undefined, "b"];
    workbook.sheets[0].values[0] = ["a"];
    expect(sheetValues(workbook.sheets[0])).toEqual([
      ["a", ""],
      ["", ""],
      ["", "b"],
    ]);
  });

  it("reports null objects only after load and sync", async () => {
    const excel = excelWith({ Data: [] });
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      const empty = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true).load("address");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect([missing.isNullObject, empty.isNullObject]).toEqual([true, true]);
    });
  });
});
