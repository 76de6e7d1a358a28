/**
 * Mapped tables (force records exports, council logs): dates in every form, year
 * and month columns, flags in every spelling, values not recognised, and the
 * mapping's own mistakes. Each case is read as a grid (the cell reader) and as CSV
 * (the byte reader), which must agree; expected values are worked out by hand.
 */
import { AssessmentError } from "../../../src/engine/errors";
import { SET_ASIDE, type Cell, type ColumnMapping, type ReadResult } from "../../../src/engine/extracts";
import { expectAccountsAddUp, readMappedCsv, readMappedGrid, tableLines } from "./mappedFixture";

const HEADER = ["Ref", "Date", "Ward", "Offence", "DA flag"];
const MAPPING: ColumnMapping = {
  date: "date",
  area: "WARD",
  category: "offence",
  flags: { "Domestic abuse": "da FLAG" },
};

function bothWays(rows: Cell[][], mapping: ColumnMapping = MAPPING): ReadResult {
  const grid = readMappedGrid("log.csv", rows, mapping);
  const csv = readMappedCsv("log.csv", rows, mapping, 37);
  expect(tableLines(csv.table)).toEqual(tableLines(grid.table));
  expect(csv.setAside).toEqual(grid.setAside);
  expect(csv.sources).toEqual(grid.sources);
  expectAccountsAddUp(grid);
  return grid;
}

function errorOf(read: () => unknown): AssessmentError {
  try {
    read();
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("expected an AssessmentError");
}

describe("flag columns", () => {
  it("reads every spelling, in any case, as flagged or not; a blank is not flagged", () => {
    const spellings: [Cell, boolean][] = [
      ["Y", true],
      ["y", true],
      ["Yes", true],
      ["YES", true],
      ["1", true],
      ["TRUE", true],
      ["true", true],
      ["N", false],
      ["no", false],
      ["0", false],
      ["FALSE", false],
      ["False", false],
      ["", false],
      [" y ", true],
    ];
    const rows = [HEADER, ...spellings.map(([flag], i) => [`r${i}`, "2024-05-01", "North", "Assault", flag])];
    const read = bothWays(rows);
    expect(read.table.flagNames).toEqual(["Domestic abuse"]);
    expect(tableLines(read.table).map((line) => line.endsWith("|Domestic abuse"))).toEqual(spellings.map(([, f]) => f));
    expect(read.setAside).toEqual([]);
    expect(read.sources[0].flags).toEqual(["Domestic abuse"]);
  });

  it("reads boolean and number cells (a sheet's TRUE/FALSE and 1/0) as flags", () => {
    const rows: Cell[][] = [
      HEADER,
      ["a", "2024-05-01", "North", "Assault", true],
      ["b", "2024-05-01", "North", "Assault", false],
    ];
    rows.push(["c", "2024-05-01", "North", "Assault", 1], ["d", "2024-05-01", "North", "Assault", 0]);
    const read = readMappedGrid("log", rows, MAPPING);
    expect(tableLines(read.table).map((l) => l.split("|")[8])).toEqual(["Domestic abuse", "-", "Domestic abuse", "-"]);
  });

  it("takes a column holding one value against blanks as marked vs blank", () => {
    const rows = [HEADER];
    ["DA", "", "da ", "", "DA"].forEach((mark, i) => rows.push([`r${i}`, "2024-05-01", "North", "Assault", mark]));
    const read = bothWays(rows);
    expect(tableLines(read.table).map((l) => l.split("|")[8])).toEqual([
      "Domestic abuse",
      "-",
      "Domestic abuse",
      "-",
      "Domestic abuse",
    ]);
    expect(read.unrecognisedFlags).toBeUndefined();
    expect(read.warnings).toEqual([]);
  });

  it("sets aside the rows of values that are not flags, listing them with counts and first rows", () => {
    // Rows 2-9 (the header is row 1). "Maybe" (rows 4 and 8) and "?" (row 6) are not flags in a Y/N column.
    const flags = ["Y", "N", "Maybe", "", "?", "Y", "maybe", "N"];
    const rows = [HEADER, ...flags.map((f, i) => [`r${i}`, "2024-05-01", "North", "Assault", f])];
    const read = bothWays(rows);
    expect(read.table.length).toBe(5);
    expect(read.setAside).toEqual([
      { reason: SET_ASIDE.unrecognisedFlag, count: 3, examples: [4, 6, 8].map((row) => ({ source: "log.csv", row })) },
    ]);
    expect(read.unrecognisedFlags).toEqual([
      {
        source: "log.csv",
        flag: "Domestic abuse",
        column: "DA flag",
        values: [
          { value: "Maybe", count: 2, rows: [4, 8] },
          { value: "?", count: 1, rows: [6] },
        ],
      },
    ]);
    expect(read.notes).toEqual([
      'The flag column "DA flag" ("Domestic abuse") in "log.csv" holds values that are not Y/N, Yes/No, 1/0 or TRUE/FALSE (any case), or one mark against blanks: "Maybe" (2 rows: 4, 8), "?" (1 row: 6). Those rows were set aside.',
    ]);
    expect(read.warnings).toEqual([
      '3 rows with a flag value not recognised (in "DA flag" in "log.csv") were set aside: see the data-quality notes.',
    ]);
  });

  it("sets aside after the fact the rows of a would-be mark once the column shows Y/N spellings", () => {
    // "X" on rows 2 and 3 (April) may be a mark until row 4's "Y"; then they, and row 6's, are not recognised.
    const flags = ["X", "X", "Y", "Y", "X", "N", "N"];
    const rows = [
      HEADER,
      ...flags.map((f, i) => [`r${i}`, i < 2 ? "2024-04-10" : "2024-05-10", "North", "Assault", f]),
    ];
    const read = bothWays(rows);
    expect(tableLines(read.table)).toEqual([
      "2024-05|North|Force not stated|Assault|1|-|-|-|Domestic abuse",
      "2024-05|North|Force not stated|Assault|1|-|-|-|Domestic abuse",
      "2024-05|North|Force not stated|Assault|1|-|-|-|-",
      "2024-05|North|Force not stated|Assault|1|-|-|-|-",
    ]);
    expect(read.setAside).toEqual([
      { reason: SET_ASIDE.unrecognisedFlag, count: 3, examples: [2, 3, 6].map((row) => ({ source: "log.csv", row })) },
    ]);
    // April's rows were all set aside: the source now starts in May.
    expect(read.sources[0]).toEqual(expect.objectContaining({ rowsRead: 7, rowsKept: 4, firstMonth: 2024 * 12 + 4 }));
    expect(read.unrecognisedFlags?.[0].values).toEqual([{ value: "X", count: 3, rows: [2, 3, 6] }]);
  });

  it("stops when the values that are not flags outnumber the flag spellings (the wrong column)", () => {
    const strands = ["Race", "Religion", "", "Race", "N"];
    const rows = [HEADER, ...strands.map((f, i) => [`r${i}`, "2024-05-01", "North", "Assault", f])];
    for (const read of [
      () => readMappedGrid("log.csv", rows, MAPPING),
      () => readMappedCsv("log.csv", rows, MAPPING),
    ]) {
      const error = errorOf(read);
      expect(error.message).toBe(
        'The flag column for "Domestic abuse" holds more values that are not a flag than values that are: "Race" (2 rows: 2, 5), "Religion" (1 row: 3).',
      );
      expect([error.source, error.column]).toEqual(["log.csv", "DA flag"]);
    }
  });

  it("keeps two flags apart, and the same flag in two tables on one bit", () => {
    const header = ["Date", "Ward", "Offence", "DA", "Hate"];
    const mapping: ColumnMapping = {
      date: "Date",
      area: "Ward",
      category: "Offence",
      flags: { "Domestic abuse": "DA", "Hate crime": "Hate" },
    };
    const read = readMappedGrid(
      "a",
      [header, ["2024-05-01", "N", "Assault", "Y", "Y"], ["2024-05-01", "N", "Assault", "", "Y"]],
      mapping,
    );
    expect(read.table.flagNames).toEqual(["Domestic abuse", "Hate crime"]);
    expect(Array.from(read.table.flags ?? [])).toEqual([3, 2]);
  });
});

describe("dates in a mapped table", () => {
  const dated = (date: Cell): Cell[] => ["r", date, "North", "Assault", ""];
  it.each<[Cell, string]>([
    ["01/02/2024", "2024-02"], // day first: 1 February
    ["31/03/2024", "2024-03"],
    ["31/03/24", "2024-03"],
    ["2024-03-31", "2024-03"],
    ["2024-03", "2024-03"],
    ["Mar-24", "2024-03"],
    ["March 2024", "2024-03"],
    ["31 Mar 2024", "2024-03"],
    ["31/03/2024 23:45", "2024-03"], // a date-time late on the last day stays in its month
    ["2024-03-31T23:45:00", "2024-03"],
    [45382, "2024-03"], // Excel serial of 31 March 2024
    [45382.99, "2024-03"], // a date-time serial
    [new Date(Date.UTC(2024, 2, 31, 23, 45)), "2024-03"], // ExcelJS's date-time cell
    [new Date(Date.UTC(2024, 1, 1)), "2024-02"],
  ])("reads %p as %p", (date, month) => {
    const read = readMappedGrid("log", [HEADER, dated(date)], MAPPING);
    expect(tableLines(read.table)[0].slice(0, 7)).toBe(month);
  });

  it("reads the text forms alike through the CSV reader", () => {
    const texts = ["01/02/2024", "31/03/24", "Mar-24", "March 2024", "31/03/2024 23:45", "45382"];
    bothWays([HEADER, ...texts.map(dated)]);
  });

  it("reads year and month columns (calendar year; month as a number or a name)", () => {
    const header = ["Year", "Month", "Ward", "Offence"];
    const mapping: ColumnMapping = { year: "year", month: "month", area: "Ward", category: "Offence" };
    const rows: Cell[][] = [
      header,
      [2024, 2, "N", "A"],
      ["2024", "03", "N", "A"],
      [2023, "Dec", "N", "A"],
      ["2023", "September", "N", "A"],
      ["2024", "13", "N", "A"],
    ];
    const read = bothWays(rows, mapping);
    expect(tableLines(read.table).map((l) => l.slice(0, 7))).toEqual(["2024-02", "2024-03", "2023-12", "2023-09"]);
    expect(read.setAside).toEqual([
      { reason: SET_ASIDE.unreadableMonth, count: 1, examples: [{ source: "log.csv", row: 6 }] },
    ]);
  });

  it("stops on a date column with no readable date, quoting the values seen", () => {
    const rows = [HEADER, dated("Q1"), dated(""), dated("last week"), dated("Q1")];
    for (const read of [
      () => readMappedGrid("log.csv", rows, MAPPING),
      () => readMappedCsv("log.csv", rows, MAPPING),
    ]) {
      const error = errorOf(read);
      expect(error.message).toBe('No date in the column "Date" could be read. Values seen: "Q1", "last week".');
      expect([error.source, error.column]).toEqual(["log.csv", "Date"]);
    }
  });

  it("stops on year and month columns that never read together", () => {
    const mapping: ColumnMapping = { year: "Year", month: "Month", area: "Ward", category: "Offence" };
    const error = errorOf(() =>
      readMappedGrid(
        "log",
        [
          ["Year", "Month", "Ward", "Offence"],
          ["FY24", "Apr", "N", "A"],
        ],
        mapping,
      ),
    );
    expect(error.message).toBe(
      'No row\'s year and month (columns "Year" and "Month") could be read together. Values that could not be read in "Year": "FY24".',
    );
  });
});

describe("the mapping's mistakes", () => {
  it("lists the columns found when the mapping names a column the table does not have", () => {
    const mapping: ColumnMapping = { ...MAPPING, flags: { "Domestic abuse": "DA flg" } };
    for (const read of [
      () => readMappedGrid("log.csv", [HEADER], mapping),
      () => readMappedCsv("log.csv", [HEADER], mapping),
    ]) {
      const error = errorOf(read);
      expect(error.message).toBe(
        'This file has no column "DA flg", which the column mapping names. The columns found are: Ref, Date, Ward, Offence, DA flag.',
      );
      expect(error.source).toBe("log.csv");
    }
  });

  it("reads a police.uk file in its own format beside a mapping it does not match", () => {
    const street = [
      ["Month", "Falls within", "LSOA code", "LSOA name", "Crime type"],
      ["2024-05", "F", "E01000001", "North 001A", "Drugs"],
    ];
    const read = bothWays(street);
    expect(read.sources[0].format).toBe("police-uk");
    expect(tableLines(read.table)).toEqual(["2024-05|North|F|Drugs|1|-|-|E01000001 (North 001A)|-"]);
  });
});

describe("optional columns", () => {
  it("reads a mapped table's count, force, LSOA, subgroup and code columns", () => {
    const header = ["When", "CSP", "Group", "Sub", "Code", "N", "Force", "LSOA"];
    const mapping: ColumnMapping = {
      date: "When",
      area: "CSP",
      category: "Group",
      subgroup: "Sub",
      code: "Code",
      count: "N",
      force: "Force",
      lsoa: "LSOA",
    };
    const rows = [
      header,
      ["2024-05", "North", "Robbery", "Robbery of personal property", "34B", "3", "F", "E01000002"],
    ];
    rows.push(["2024-05", "North", "Robbery", "", "", "2", "F", ""]);
    const read = bothWays(rows, mapping);
    expect(tableLines(read.table)).toEqual([
      "2024-05|North|F|Robbery|3|Robbery of personal property|34B|E01000002 ()|-",
      "2024-05|North|F|Robbery|2|-|-|-|-",
    ]);
  });

  it("names a mapped LSOA code from a mapped LSOA name column, the first name given for a code", () => {
    const rows: Cell[][] = [
      ["When", "CSP", "Group", "LSOA", "LSOA name"],
      ["2024-05", "North", "Robbery", "E01000002", "North 002B"],
      ["2024-06", "North", "Theft", "E01000002", "North 002B (renamed)"],
      ["2024-06", "North", "Theft", "E01000003", ""],
    ];
    const mapping: ColumnMapping = {
      date: "When",
      area: "CSP",
      category: "Group",
      lsoa: "LSOA",
      lsoaName: "LSOA name",
    };
    const read = bothWays(rows, mapping);
    expect(tableLines(read.table)).toEqual([
      "2024-05|North|Force not stated|Robbery|1|-|-|E01000002 (North 002B)|-",
      "2024-06|North|Force not stated|Theft|1|-|-|E01000002 (North 002B)|-",
      "2024-06|North|Force not stated|Theft|1|-|-|E01000003 ()|-",
    ]);
  });

  it("reads the Home Office tables' offence subgroups and codes", () => {
    const header = [
      "Financial Year",
      "Financial Quarter",
      "Force Name",
      "CSP Name",
      "Offence Description",
      "Offence Group",
      "Offence Subgroup",
      "Offence Code",
      "Number of Offences",
    ];
    const rows: Cell[][] = [
      header,
      ["2024/25", 1, "Cleveland", "Hartlepool", "Murder", "Violence against the person", "Homicide", "1", 2],
      ["2024/25", 1, "Cleveland", "Hartlepool", "Robbery of business property", "Robbery", "Robbery", "34A", 5],
    ];
    const grid = readMappedGrid("ho", rows, MAPPING); // the mapping does not match: read as a Home Office table
    expect(grid.sources[0].format).toBe("home-office-csp");
    expect(tableLines(grid.table)).toEqual([
      "2024-04|Hartlepool|Cleveland|Violence against the person|2|Homicide|1|-|-",
      "2024-04|Hartlepool|Cleveland|Robbery|5|Robbery|34A|-|-",
    ]);
    expect(tableLines(readMappedCsv("ho", rows, MAPPING).table)).toEqual(tableLines(grid.table));
  });

  it("reads a Home Office table without an offence group: its subgroup is the category and the subgroup", () => {
    const header = [
      "Financial Year",
      "Financial Quarter",
      "Force Name",
      "CSP Name",
      "Offence Subgroup",
      "Number of Offences",
    ];
    const rows: Cell[][] = [header, ["2024/25", 2, "Cleveland", "Hartlepool", "Homicide", 1]];
    const csv = readMappedCsv("ho", rows, MAPPING);
    expect(tableLines(csv.table)).toEqual(["2024-07|Hartlepool|Cleveland|Homicide|1|Homicide|-|-|-"]);
    expect(tableLines(readMappedGrid("ho", rows, MAPPING).table)).toEqual(tableLines(csv.table));
  });
});

describe("two flag columns settled after the fact", () => {
  it("set a row aside once when both find its values not recognised", () => {
    const header = ["Date", "Ward", "Offence", "DA", "Hate"];
    const mapping: ColumnMapping = {
      date: "Date",
      area: "Ward",
      category: "Offence",
      flags: { "Domestic abuse": "DA", "Hate crime": "Hate" },
    };
    // Row 2's "X" in both columns may be marks until row 3 shows Y/N spellings in both.
    const rows: Cell[][] = [header, ["2024-05-01", "N", "A", "X", "X"]];
    for (let i = 0; i < 3; i++) rows.push(["2024-05-01", "N", "A", "Y", "N"]);
    const read = bothWays(rows, mapping);
    expect(read.table.length).toBe(3);
    expect(read.setAside).toEqual([
      { reason: SET_ASIDE.unrecognisedFlag, count: 1, examples: [{ source: "log.csv", row: 2 }] },
    ]);
    expect(read.unrecognisedFlags?.map((e) => [e.flag, e.values])).toEqual([
      ["Domestic abuse", [{ value: "X", count: 1, rows: [2] }]],
      ["Hate crime", [{ value: "X", count: 1, rows: [2] }]],
    ]);
    expect(read.warnings).toEqual([
      '1 row with a flag value not recognised (in "DA" in "log.csv" and "Hate" in "log.csv") was set aside: see the data-quality notes.',
    ]);
  });
});
