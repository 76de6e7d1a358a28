/**
 * Never inventing a period: rows dated after today, before 2000, or more than 12
 * months after the month most of their source's rows reach are set aside, with
 * their row numbers; a thin but plausible latest month is kept. Worked by hand.
 */
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings } from "../../../src/engine/assessment/settings";
import { monthIndex } from "../../../src/engine/extracts/crimeTable";
import { anchorMonth } from "../../../src/engine/extracts/dateRange";
import { readGrids, SET_ASIDE, type Cell } from "../../../src/engine/extracts";
import { street, streetGrid } from "./streetFixture";

const AS_OF = new Date(2025, 5, 15); // June 2025
const M = "Middlesbrough 001A";

function month(key: string, rows: number, from: number): Cell[][] {
  return Array.from({ length: rows }, (_, i) => street(`${key}-${from + i}`, key, M, "Burglary"));
}

// Rows 2-25: 8 crimes in each of Jan, Feb and Mar 2024; row 26: one in Apr 2024 (a thin latest month);
// row 27: 2199-12 (after today); row 28: 1999-12 (before 2000); row 29: 2025-05, 14 months after Mar 2024.
// Months holding rows: 8, 8, 8, 1, 1 -> median 8, a quarter is 2: the anchor is Mar 2024, so Apr 2024 stays.
const rows: Cell[][] = [
  ...month("2024-01", 8, 0),
  ...month("2024-02", 8, 0),
  ...month("2024-03", 8, 0),
  street("late", "2024-04", M, "Burglary"),
  street("typo1", "2199-12", M, "Burglary"),
  street("typo2", "1999-12", M, "Burglary"),
  street("typo3", "2025-05", M, "Burglary"),
];

describe("rows dated out of range", () => {
  const read = readGrids([streetGrid("months.csv", rows)], {}, { asOf: AS_OF });

  it("are set aside with their row numbers; the thin latest month is kept", () => {
    expect(read.sources[0]).toMatchObject({
      rowsRead: 28,
      rowsKept: 25,
      firstMonth: monthIndex(2024, 1),
      lastMonth: monthIndex(2024, 4),
      setAside: [{ reason: SET_ASIDE.dateOutOfRange, count: 3 }],
    });
    expect(read.setAside).toEqual([
      {
        reason: SET_ASIDE.dateOutOfRange,
        count: 3,
        examples: [27, 28, 29].map((row) => ({ source: "months.csv", row })),
      },
    ]);
    expect([...new Set(read.table.month)]).toEqual([1, 2, 3, 4].map((m) => monthIndex(2024, m)));
  });

  it("are named in a note and a first-page warning", () => {
    expect(read.notes).toEqual([
      '3 rows dated out of range were set aside rather than counted as a new period: "months.csv" (1999-12, 2025-05, 2199-12). ' +
        "Months before 2000, after this month (2025-06), or more than 12 months after the latest month most of a source's rows share are taken to be typing errors.",
    ]);
    expect(read.warnings).toEqual([
      "3 rows with a date out of range (1999-12, 2025-05, 2199-12) were set aside, not counted as a new period.",
    ]);
  });

  it("never become the assessment's latest period", () => {
    const assessment = assess(read, { ...defaultSettings("Middlesbrough"), basis: "calendar" });
    expect(assessment.lastMonth).toBe(monthIndex(2024, 4));
    expect(assessment.quality.missingMonths).toEqual([]);
    expect(assessment.quality.warnings).toEqual(read.warnings);
  });
});

describe("the 12 months after the anchor", () => {
  const base = [...month("2024-01", 8, 0), ...month("2024-02", 8, 0), ...month("2024-03", 8, 0)];

  it("keeps a month exactly 12 after the anchor and sets aside one 13 after", () => {
    const at12 = readGrids([streetGrid("a", [...base, street("x", "2025-03", M, "Drugs")])], {}, { asOf: AS_OF });
    expect(at12.sources[0].rowsKept).toBe(25);
    const at13 = readGrids([streetGrid("a", [...base, street("x", "2025-04", M, "Drugs")])], {}, { asOf: AS_OF });
    expect(at13.sources[0]).toMatchObject({ rowsKept: 24, setAside: [{ reason: SET_ASIDE.dateOutOfRange, count: 1 }] });
  });

  it("takes today as a month index too: a row in the month after it is set aside", () => {
    const read = readGrids(
      [streetGrid("a", [...base, street("x", "2024-04", M, "Drugs")])],
      {},
      {
        asOf: monthIndex(2024, 3),
      },
    );
    expect(read.setAside).toEqual([
      { reason: SET_ASIDE.dateOutOfRange, count: 1, examples: [{ source: "a", row: 26 }] },
    ]);
  });

  it("dates a Home Office quarter by its first month", () => {
    const read = readGrids(
      [
        {
          name: "HO",
          kind: "sheet",
          rows: [
            ["Financial Year", "Financial Quarter", "Police Force", "CSP Name", "Offence Group", "Offence Count"],
            ["2025/26", 1, "Cleveland", "Hartlepool", "Robbery", 12], // Apr 2025: not after May 2025
            ["2025/26", 2, "Cleveland", "Hartlepool", "Robbery", 9], // Jul 2025: after May 2025
          ],
        },
      ],
      {},
      { asOf: new Date(2025, 4, 20) },
    );
    expect(Array.from(read.table.month)).toEqual([monthIndex(2025, 4)]);
    expect(read.setAside).toEqual([
      { reason: SET_ASIDE.dateOutOfRange, count: 1, examples: [{ source: "HO", row: 3 }] },
    ]);
  });
});

describe("anchorMonth", () => {
  it.each([
    [
      "the latest month when all are alike",
      [
        [100, 5],
        [101, 5],
        [102, 5],
      ],
      102,
    ],
    [
      "the latest month at a quarter of the median or more (6 / 4 = 1.5)",
      [
        [100, 6],
        [101, 6],
        [102, 6],
        [103, 2],
        [104, 1],
      ],
      103,
    ],
    [
      "an even count of months: median (1 + 8) / 2 = 4.5",
      [
        [100, 8],
        [101, 8],
        [102, 1],
        [103, 1],
      ],
      101,
    ],
    ["null without rows", [], null],
  ])("is %s", (_, entries, expected) => {
    expect(anchorMonth(new Map(entries as [number, number][]))).toBe(expected);
  });
});
