import { checkMapping, guessMapping } from "./columnMapping";

describe("guessMapping", () => {
  it("matches common header words, using each header once", () => {
    expect(guessMapping(["Incident date", "Ward", "Incident type", "Number"])).toEqual({
      date: "Incident date",
      area: "Ward",
      category: "Incident type",
      count: "Number",
    });
  });

  it("leaves fields it cannot guess empty", () => {
    expect(guessMapping(["Ref", "When", "Notes"])).toEqual({ date: "When" });
  });
});

describe("checkMapping", () => {
  it("gives a ColumnMapping without count when count is blank", () => {
    expect(checkMapping({ date: "Date", area: "Ward", category: "Type" })).toEqual({
      ok: true,
      mapping: { date: "Date", area: "Ward", category: "Type" },
    });
  });

  it("keeps the count column when chosen", () => {
    const check = checkMapping({ date: "Date", area: "Ward", category: "Type", count: "N" });
    expect(check.ok && check.mapping.count).toBe("N");
  });

  it("names each missing required field", () => {
    expect(checkMapping({ date: "Date" })).toEqual({
      ok: false,
      problems: ["Choose the area column.", "Choose the category column."],
    });
  });

  it("refuses one column for two fields", () => {
    const check = checkMapping({ date: "Date", area: "Type", category: "Type" });
    expect(check).toEqual({
      ok: false,
      problems: ['The column "Type" is chosen twice; each field needs its own column.'],
    });
  });
});
