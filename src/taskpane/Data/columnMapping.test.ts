import { checkMapping, draftOf, fittingMappings, guessMapping } from "./columnMapping";

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

  it("keeps an LSOA name with its code, and refuses a name without the code", () => {
    const both = checkMapping({ date: "D", area: "A", category: "C", lsoa: "LSOA code", lsoaName: "LSOA name" });
    expect(both.ok && [both.mapping.lsoa, both.mapping.lsoaName]).toEqual(["LSOA code", "LSOA name"]);
    expect(checkMapping({ date: "D", area: "A", category: "C", lsoaName: "LSOA name" })).toEqual({
      ok: false,
      problems: ["Choose the LSOA code column as well as the name."],
    });
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

describe("year and month columns", () => {
  it("are guessed for a table with a year and a month column and no date column", () => {
    expect(guessMapping(["Year", "Month", "Ward", "Offence type", "Count"])).toEqual({
      year: "Year",
      month: "Month",
      area: "Ward",
      category: "Offence type",
      count: "Count",
    });
  });

  it("stand in for the date, both of them", () => {
    expect(checkMapping({ year: "Y", month: "M", area: "W", category: "T" })).toEqual({
      ok: true,
      mapping: { year: "Y", month: "M", area: "W", category: "T" },
    });
    expect(checkMapping({ year: "Y", area: "W", category: "T" })).toEqual({
      ok: false,
      problems: ["Choose the month column as well as the year."],
    });
    expect(checkMapping({ date: "D", year: "Y", month: "M", area: "W", category: "T" })).toEqual({
      ok: false,
      problems: ["Choose a date column or a year and a month column, not both."],
    });
  });
});

describe("flags and saved mappings", () => {
  it("turn flag rows into the mapping's flags, and back", () => {
    const draft = { date: "D", area: "W", category: "T", flags: [{ name: " DA ", column: "DA flag" }] };
    const check = checkMapping(draft);
    expect(check).toEqual({ ok: true, mapping: { date: "D", area: "W", category: "T", flags: { DA: "DA flag" } } });
    expect(check.ok && draftOf(check.mapping)).toEqual({ ...draft, flags: [{ name: "DA", column: "DA flag" }] });
  });

  it("refuse two flags of one name, or a flag on a column already used", () => {
    const flags = [
      { name: "DA", column: "F1" },
      { name: "da", column: "W" },
    ];
    expect(checkMapping({ date: "D", area: "W", category: "T", flags })).toEqual({
      ok: false,
      problems: [
        'Two flags are named "da"; give each its own name.',
        'The column "W" is chosen twice; each field needs its own column.',
      ],
    });
  });

  it("offer only the saved mappings whose columns the table has (in any case)", () => {
    const saved = [
      { name: "a", mapping: { date: "date", area: "WARD", category: "Type", flags: { DA: "da" } } },
      { name: "b", mapping: { date: "Date", area: "Ward", category: "Type", count: "N" } },
    ];
    expect(fittingMappings(saved, ["Date", "Ward", "Type", "DA"]).map((m) => m.name)).toEqual(["a"]);
  });
});
