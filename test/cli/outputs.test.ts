import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { rename, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { measuresCsv, writeAllOrNothing } from "../../src/cli/outputs";

// rename and writeFile do the real thing unless a test makes them fail.
jest.mock("fs/promises", () => {
  const actual = jest.requireActual<typeof import("fs/promises")>("fs/promises");
  return { ...actual, rename: jest.fn(actual.rename), writeFile: jest.fn(actual.writeFile) };
});
const actual = jest.requireActual<typeof import("fs/promises")>("fs/promises");
const mockedRename = rename as jest.MockedFunction<typeof rename>;
const mockedWriteFile = writeFile as jest.MockedFunction<typeof writeFile>;

describe("measuresCsv", () => {
  it("writes the tidy columns, quotes commas and defuses formula-like text", () => {
    const text = measuresCsv([
      {
        area: "St. Aldric",
        category: "All crime",
        period: "2023/24 (Apr-Jul, Sep-Mar)",
        measure: "count",
        value: 2558,
      },
      { area: '=HYPERLINK("x")', category: "+Robbery", period: "2024/25", measure: "change_pct", value: -10.5 },
      { area: "@risk", category: "-x", period: "2024/25", measure: "significance", value: "significant decrease" },
    ]);
    expect(text.split("\r\n")).toEqual([
      "area,category,period,measure,value",
      'St. Aldric,All crime,"2023/24 (Apr-Jul, Sep-Mar)",count,2558',
      `"'=HYPERLINK(""x"")","'+Robbery",2024/25,change_pct,-10.5`,
      `"'@risk","'-x",2024/25,significance,significant decrease`,
      "",
    ]);
  });

  it("writes just the header when there are no measures", () => {
    expect(measuresCsv([])).toBe("area,category,period,measure,value\r\n");
  });
});

describe("writeAllOrNothing", () => {
  it("writes nothing and leaves no temporary file when one of the files cannot be written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outputs-"));
    try {
      // A path under a file (not a folder) cannot be created.
      const blocker = join(dir, "blocker");
      await writeAllOrNothing([{ path: blocker, data: "x" }]);
      await expect(
        writeAllOrNothing([
          { path: join(dir, "a.xlsx"), data: "a" },
          { path: join(blocker, "b.csv"), data: "b" },
        ]),
      ).rejects.toThrow();
      expect(readdirSync(dir)).toEqual(["blocker"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("writeAllOrNothing when moving a file into place fails", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "outputs-"))));
  afterEach(() => {
    mockedRename.mockImplementation(actual.rename);
    mockedWriteFile.mockImplementation(actual.writeFile);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every file in the folder with its text and modification time. */
  const folder = () =>
    Object.fromEntries(
      readdirSync(dir).map((name) => [
        name,
        [readFileSync(join(dir, name), "utf8"), statSync(join(dir, name)).mtimeMs],
      ]),
    );

  it("puts back the file it replaced and removes the new ones: the folder is as it was", async () => {
    // Last year's workbook and measures; this year's workbook goes into place, then its measures cannot
    // (as when measures.csv is open in Excel on Windows).
    writeFileSync(join(dir, "assessment.xlsx"), "last year's workbook");
    writeFileSync(join(dir, "measures.csv"), "last year's measures");
    const before = folder();
    mockedRename.mockImplementation(async (from, to) => {
      if (String(from).endsWith(".tmp") && String(to).endsWith("measures.csv"))
        throw Object.assign(new Error("resource busy or locked"), { code: "EBUSY" });
      return actual.rename(from, to);
    });
    const error = await writeAllOrNothing([
      { path: join(dir, "assessment.xlsx"), data: "this year's workbook" },
      { path: join(dir, "measures.csv"), data: "this year's measures" },
    ]).catch((e: unknown) => e);
    expect(error).toMatchObject({ source: join(dir, "measures.csv") });
    expect((error as Error).message).toBe(
      "The file could not be written: it is open in another program or the folder is read-only.",
    );
    expect(folder()).toEqual(before);
  });

  it("removes a folder it made for an output", async () => {
    mockedWriteFile.mockRejectedValueOnce(Object.assign(new Error("no space"), { code: "ENOSPC" }));
    await expect(writeAllOrNothing([{ path: join(dir, "new", "a.xlsx"), data: "a" }])).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("replaces last year's files and leaves nothing set aside when all goes well", async () => {
    writeFileSync(join(dir, "assessment.xlsx"), "last year's workbook");
    await writeAllOrNothing([
      { path: join(dir, "assessment.xlsx"), data: "this year's workbook" },
      { path: join(dir, "measures.csv"), data: "this year's measures" },
    ]);
    expect(readdirSync(dir).sort()).toEqual(["assessment.xlsx", "measures.csv"]);
    expect(readFileSync(join(dir, "assessment.xlsx"), "utf8")).toBe("this year's workbook");
  });
});
