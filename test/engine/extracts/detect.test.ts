import { detectExtract, isDetection, notAnExtractError } from "../../../src/engine/extracts";
import type { Cell, Detection, NotAnExtract } from "../../../src/engine/extracts";

const POLICE_HEADER = [
  "Crime ID",
  "Month",
  "Reported by",
  "Falls within",
  "Longitude",
  "Latitude",
  "Location",
  "LSOA code",
  "LSOA name",
  "Crime type",
  "Last outcome category",
  "Context",
];

function detected(rows: Cell[][]): Detection {
  const result = detectExtract(rows);
  if (!isDetection(result)) throw new Error(`not detected: found ${result.found.join("|")}`);
  return result;
}

describe("detectExtract", () => {
  it("finds a police.uk header on the first row", () => {
    const d = detected([POLICE_HEADER]);
    expect(d.format).toBe("police-uk");
    expect(d.headerRowIndex).toBe(0);
    expect(d.columns).toEqual({ crimeId: 0, month: 1, force: 3, lsoa: 7, lsoaName: 8, crimeType: 9 });
  });

  it("finds the header below a title and a blank row", () => {
    const d = detected([["Crime in Northshire, extracted 2025"], [], [null, ""], POLICE_HEADER]);
    expect(d.headerRowIndex).toBe(3);
  });

  it("accepts columns in any order, case and spacing", () => {
    const d = detected([["  crime TYPE ", "LSOA   Name", "falls within", " MONTH", "Notes"]]);
    expect(d.columns).toEqual({ crimeType: 0, lsoaName: 1, force: 2, month: 3 });
    expect(d.headers).toEqual(["crime TYPE", "LSOA   Name", "falls within", "MONTH", "Notes"]);
  });

  it("ignores a byte-order mark on the first header", () => {
    expect(detected([["\uFEFFMonth", "Falls within", "LSOA name", "Crime type"]]).columns.month).toBe(0);
  });

  it("recognises a Home Office CSP table with older header names", () => {
    const d = detected([
      [
        "Financial Year",
        "Financial Quarter",
        "Force Name",
        "CSP Name",
        "Offence Description",
        "Offence Group",
        "Number of Offences",
      ],
    ]);
    expect(d.format).toBe("home-office-csp");
    // The offence group is preferred to the description as the category.
    expect(d.columns).toMatchObject({
      financialYear: 0,
      financialQuarter: 1,
      force: 2,
      area: 3,
      category: 5,
      count: 6,
    });
  });

  it("recognises a Home Office table with the newer header names", () => {
    const d = detected([
      ["financial year", "financial quarter", "police force", "csp name", "offence subgroup", "offence count"],
    ]);
    expect(d.columns).toMatchObject({ force: 2, area: 3, category: 4, count: 5 });
  });

  it("uses a column mapping when given, whatever the headers", () => {
    const result = detectExtract([["Incident date", "Ward", "Type", "Qty"]], {
      date: "incident DATE",
      area: "Ward",
      category: "Type",
      count: "Qty",
    });
    expect(result).toMatchObject({
      format: "mapped",
      headerRowIndex: 0,
      columns: { date: 0, area: 1, category: 2, count: 3 },
    });
  });

  it("does not match a mapping whose count column is missing", () => {
    const result = detectExtract([["Incident date", "Ward", "Type"]], {
      date: "Incident date",
      area: "Ward",
      category: "Type",
      count: "Qty",
    });
    expect(result.format).toBeNull();
    expect((result as NotAnExtract).expected).toEqual(["Incident date", "Ward", "Type", "Qty"]);
  });

  it("says what was expected and found when a table is not an extract", () => {
    const result = detectExtract([
      ["Quarterly report"],
      ["Ward", "Month", "Crime type", "Total"],
      ["Central", "2024-01", "Burglary", 3],
    ]);
    expect(result).toEqual({
      format: null,
      expected: ["Month", "Falls within", "LSOA name", "Crime type"],
      found: ["Ward", "Month", "Crime type", "Total"],
    });
  });

  it("expects Home Office columns when the headers are closer to a Home Office table", () => {
    const result = detectExtract([
      ["Financial Year", "Financial Quarter", "CSP Name", "Offence Group"],
    ]) as NotAnExtract;
    expect(result.expected).toEqual([
      "Financial Year",
      "Financial Quarter",
      "Police Force",
      "CSP Name",
      "Offence Group",
      "Offence Count",
    ]);
  });

  it("reports an empty grid with nothing found", () => {
    expect(detectExtract([])).toEqual({
      format: null,
      expected: ["Month", "Falls within", "LSOA name", "Crime type"],
      found: [],
    });
  });

  it("looks no further than the first 20 rows", () => {
    const rows: Cell[][] = Array.from({ length: 20 }, () => ["note"]);
    rows.push(POLICE_HEADER);
    expect(detectExtract(rows).format).toBeNull();
    expect(detectExtract(rows.slice(1)).format).toBe("police-uk");
  });
});

describe("a header row out of place, or with a column twice", () => {
  const notes = (n: number): Cell[][] => Array.from({ length: n }, (_, i) => [`Note ${i + 1}`]);

  it("says on which row a header below the first 20 is, and that it must be within them", () => {
    const result = detectExtract([...notes(24), POLICE_HEADER]) as NotAnExtract;
    expect(result).toMatchObject({ format: null, headerRow: 25 });
    const error = notAnExtractError("Street", "sheet", result);
    expect(error.row).toBe(25);
    expect(error.describe()).toBe(
      '"Street", row 25: This sheet has its header row on row 25, but the header row must be within the first 20 rows. Delete the rows above the header (rows 1 to 24) and choose it again.',
    );
  });

  it("looks for a late header no further than row 1,000", () => {
    expect((detectExtract([...notes(999), POLICE_HEADER]) as NotAnExtract).headerRow).toBe(1000);
    expect((detectExtract([...notes(1000), POLICE_HEADER]) as NotAnExtract).headerRow).toBeUndefined();
  });

  it("states the 20-row rule when no header is found", () => {
    const error = notAnExtractError("Notes", "sheet", detectExtract(notes(3)) as NotAnExtract);
    expect(error.message).toMatch(
      /No header row was found in its first 20 rows \(the header row must be within them\)/,
    );
  });

  it("names both columns of a duplicated header that is read, with their letters", () => {
    const header = [...POLICE_HEADER.slice(0, 12), " month "];
    const result = detectExtract([["Title"], header]) as NotAnExtract;
    expect(result.duplicate).toEqual({ header: "Month", columns: [1, 12], row: 2 });
    const error = notAnExtractError("Street", "sheet", result);
    expect(error.message).toBe('Columns B and M are both headed "Month", so it is not clear which to read.');
    expect(error.advice).toBe("Delete or rename one of them, then choose it again.");
    expect(error).toMatchObject({ source: "Street", row: 2, column: "Month" });
  });

  it("names a duplicated Crime ID column (read, though optional) and a duplicated mapped column", () => {
    expect((detectExtract([[...POLICE_HEADER, "crime id"]]) as NotAnExtract).duplicate?.columns).toEqual([0, 12]);
    const mapped = detectExtract([["Ward", "Date", "Type", "ward"]], { date: "Date", area: "Ward", category: "Type" });
    expect((mapped as NotAnExtract).duplicate).toEqual({ header: "Ward", columns: [0, 3], row: 1 });
  });

  it("does not mind a repeated column that is not read", () => {
    expect(detected([[...POLICE_HEADER, "Location"]]).columns.month).toBe(1);
  });

  it("never prints an empty list of expected columns", () => {
    const error = notAnExtractError("book.xlsx", "file", { format: null, expected: [], found: [] });
    expect(error.message).toBe(
      "This file is not a crime extract the assessment can read. This file has no header row in its first 20 rows (it looks empty).",
    );
  });
});
