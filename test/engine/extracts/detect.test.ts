import { detectExtract, isDetection } from "../../../src/engine/extracts";
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
    expect(d.columns).toEqual({ crimeId: 0, month: 1, force: 3, lsoaName: 8, crimeType: 9 });
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
