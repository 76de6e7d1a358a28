import { mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { measuresCsv, writeAllOrNothing } from "../../src/cli/outputs";

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
