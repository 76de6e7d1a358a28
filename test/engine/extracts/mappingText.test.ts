import { AssessmentError } from "../../../src/engine/errors";
import { mappingProblems, parseMapOption, parseMappingCsv } from "../../../src/engine/extracts";

function errorOf(read: () => unknown): AssessmentError {
  try {
    read();
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("expected an AssessmentError");
}

describe("--map", () => {
  it("reads field=column pairs, fields in any case, flags by name", () => {
    expect(
      parseMapOption("Area=Ward, CATEGORY=Offence type,count=N,date=Committed date,flag:Domestic abuse=DA flag"),
    ).toEqual({
      area: "Ward",
      category: "Offence type",
      count: "N",
      date: "Committed date",
      flags: { "Domestic abuse": "DA flag" },
    });
  });

  it("reads the LSOA name field written with a space, an underscore or in one word", () => {
    for (const key of ["lsoa name", "LSOA_name", "lsoaName"]) {
      expect(parseMapOption(`date=D,area=A,category=C,lsoa=Code,${key}=Name`)).toEqual({
        date: "D",
        area: "A",
        category: "C",
        lsoa: "Code",
        lsoaName: "Name",
      });
    }
  });

  it("reads year and month in place of a date, and a quoted pair holding a comma", () => {
    expect(parseMapOption('year=Yr,month=Mth,area=Ward,"category=Type, detailed"')).toEqual({
      year: "Yr",
      month: "Mth",
      area: "Ward",
      category: "Type, detailed",
    });
  });

  it.each([
    ["area=Ward,category=Type", "The column mapping is not complete: Map the date (or month) column."],
    [
      "date=D,year=Y,month=M,area=W,category=T",
      "The column mapping is not complete: Map a date column, or a year and a month column, not both.",
    ],
    ["year=Y,area=W,category=T", "The column mapping is not complete: Map the month column as well as the year."],
    [
      "date=D,area=W,category=D",
      'The column mapping is not complete: The column "D" is mapped twice; each field needs its own column.',
    ],
    ["date=D,area=W,category=T,ward=X", '"ward" is not a field a mapping can name.'],
    ["date=D,area=W,area=X,category=T", "The area is mapped twice."],
    ["date=D,Ward,category=T", '"Ward" is not a field=column pair.'],
    ["date=,area=W,category=T", "The date column is blank."],
  ])("refuses %p", (text, message) => {
    const error = errorOf(() => parseMapOption(text));
    expect(error.message).toBe(message);
    expect(error.column).toBe("--map");
  });
});

describe("mapping files", () => {
  it("read field,column lines, with or without a header, naming the file", () => {
    const text = "\uFEFFfield,column\r\ndate,Date\r\narea,Ward\r\ncategory,Offence\r\nflag:Hate crime,Hate\r\n";
    expect(parseMappingCsv(text, "force.mapping.csv")).toEqual({
      date: "Date",
      area: "Ward",
      category: "Offence",
      flags: { "Hate crime": "Hate" },
    });
    expect(parseMappingCsv("date,Date\narea,Ward\ncategory,Offence\n", "m.csv")).toEqual({
      date: "Date",
      area: "Ward",
      category: "Offence",
    });
  });

  it("name the file and the row of a bad line", () => {
    const error = errorOf(() => parseMappingCsv("field,column\ndate,Date\nsubgroups,Sub\n", "m.csv"));
    expect([error.message, error.source, error.row]).toEqual([
      '"subgroups" is not a field a mapping can name.',
      "m.csv",
      3,
    ]);
    const extra = errorOf(() => parseMappingCsv("date,Date,Ward\n", "m.csv"));
    expect([extra.message, extra.row]).toEqual(['The line "date,Date,Ward" is not a field and a column.', 1]);
  });
});

describe("mappingProblems", () => {
  it("finds nothing wrong with a complete mapping", () => {
    expect(mappingProblems({ date: "D", area: "A", category: "C", flags: { DA: "F" } })).toEqual([]);
  });

  it("refuses one column for two fields, in any case, flags included", () => {
    expect(mappingProblems({ date: "D", area: "A", category: "C", flags: { DA: "a" } })).toEqual([
      'The column "a" is mapped twice; each field needs its own column.',
    ]);
  });

  it("refuses an LSOA name without the LSOA code it names", () => {
    expect(mappingProblems({ date: "D", area: "A", category: "C", lsoaName: "N" })).toEqual([
      "Map the LSOA code column as well as the name.",
    ]);
  });

  it("refuses a flag without a name", () => {
    expect(mappingProblems({ date: "D", area: "A", category: "C", flags: { " ": "F" } })).toEqual([
      "Give every flag a name.",
    ]);
  });
});
