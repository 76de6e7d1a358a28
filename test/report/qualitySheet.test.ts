/**
 * The data-quality page accounts for every row: for each source the rows read,
 * counted and set aside (with the reasons), the totals, and the identity stated;
 * how a file was read when unusual; sources left out and how to keep them; dates
 * out of range and Excel error values with their rows; the method of this run.
 * Numbers worked out by hand from the sources below.
 */
import { assess } from "../../src/engine/assessment/assess";
import { defaultSettings } from "../../src/engine/assessment/settings";
import type { Assessment } from "../../src/engine/assessment/types";
import { CsvExtractReader, ExtractReader, readGrids, SET_ASIDE, type Cell } from "../../src/engine/extracts";
import type { SheetPlan, TablePlan } from "../../src/report/plan";
import { qualitySheet } from "../../src/report/sheets/quality";
import { street, streetGrid } from "../engine/extracts/streetFixture";

const M = "Middlesbrough 001A";
const asOf = new Date(2025, 5, 1);
// Rows 2-31: 30 crimes; rows 32-33: blank LSOA; row 34: #N/A for the month. 33 read, 30 counted, 3 set aside.
const rows: Cell[][] = [
  ...Array.from({ length: 30 }, (_, i) => street(`j${i + 1}`, "2025-01", M, "Burglary")),
  street("b1", "2025-01", "", "Burglary"),
  street("b2", "2025-01", "", "Burglary"),
  street("n1", "#N/A", M, "Burglary"),
];
// The same file again under another name: all 33 rows set aside. Totals: 66 read = 30 counted + 36 set aside.
const read = readGrids([streetGrid("Jan.csv", rows), streetGrid("Jan copy.csv", rows)], {}, { asOf });
const assessment = assess(read, { ...defaultSettings("Middlesbrough"), basis: "calendar" });
const sheet = qualitySheet(assessment);

/** A table's note: the line of text written just below it (notes are wrapped text lines). */
function noteBelow(plan: SheetPlan, name: string): string | undefined {
  const index = plan.blocks.findIndex((b) => b.kind === "table" && b.name === name);
  const next = plan.blocks[index + 1];
  return next?.kind === "text" && next.style === "note" ? next.text : undefined;
}

function table(name: string, plan: SheetPlan = sheet): TablePlan {
  const found = plan.blocks.find((b): b is TablePlan => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function texts(plan: SheetPlan): string[] {
  return plan.blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []));
}

/** The Checks table's result for one check. */
function check(plan: SheetPlan, name: string): unknown {
  return table("SA_Checks", plan).rows.find((r) => r[0] === name)?.[1];
}

describe("the data-quality page", () => {
  it("lists each source's rows read, counted and set aside with the reasons, and the totals", () => {
    const sources = table("SA_Sources");
    expect(sources.columns.map((c) => c.header)).toEqual([
      "Source",
      "Format",
      "Why set aside",
      "Rows read",
      "Rows counted",
      "Rows set aside",
      "First month",
      "Last month",
    ]);
    expect(sources.rows).toEqual([
      [
        "Jan.csv",
        "police.uk street-level",
        `${SET_ASIDE.blankLsoa}: 2; ${SET_ASIDE.excelError}: 1`,
        33,
        30,
        3,
        "2025-01",
        "2025-01",
      ],
      ["Jan copy.csv", "police.uk street-level", 'Same rows as "Jan.csv" (counted once): 33', 33, 0, 33, null, null],
      ["All sources", "", "", 66, 30, 36, null, null],
    ]);
  });

  it("states the identity under the sources", () => {
    expect(noteBelow(sheet, "SA_Sources")).toBe(
      "66 rows read = 30 counted + 36 set aside, and for each source likewise: no row is lost, doubled or invented.",
    );
    expect(table("SA_Checks").rows.slice(0, 3)).toEqual([
      ["Rows read", "66"],
      ["Rows counted", "30"],
      ["Rows set aside", "36"],
    ]);
  });

  it("lists every reason with its first rows, grouped by source, the left-out copy's included", () => {
    expect(table("SA_SetAside").rows).toEqual([
      [SET_ASIDE.blankLsoa, 2, "Jan.csv rows 32, 33"],
      [SET_ASIDE.excelError, 1, "Jan.csv row 34"],
      ['Same rows as "Jan.csv" (counted once)', 33, "Jan copy.csv rows 2, 3, 4, 5, 6"],
    ]);
  });

  it("gives the Excel error value its row, in the checks and in a note saying what to do", () => {
    expect(check(sheet, "Excel error values")).toBe("1 (first: Jan.csv row 34)");
    expect(check(sheet, "Dates out of range")).toBe("None");
    expect(texts(sheet)).toContain(
      "1 row held an Excel error value such as #N/A or #REF! in a column that is read (first: Jan.csv row 34), so it was set aside. Correct the formulas or values in the source and run again to count it.",
    );
  });

  it("carries the reading's note, and its warning for the first page", () => {
    const note =
      'Counted once: "Jan copy.csv" holds the same rows as "Jan.csv" (33 rows read), so its rows are set aside.';
    expect(assessment.quality.notes).toContain(note);
    expect(texts(sheet)).toContain(note);
    expect(assessment.quality.warnings).toEqual([
      '"Jan copy.csv" holds the same rows as "Jan.csv": its rows are counted once.',
    ]);
  });

  it("lists the source counted once as left out, with nothing to do", () => {
    expect(table("SA_LeftOut").rows).toEqual([
      ["Jan copy.csv", 'Same rows as "Jan.csv" (counted once)', "Nothing to do: counted once", 33],
    ]);
    expect(check(sheet, "Sources left out")).toBe("1: Jan copy.csv");
  });
});

describe("the method on the page", () => {
  it("is the method of this run, after a Method heading, and never the financial-year text on a calendar run", () => {
    const heading = sheet.blocks.findIndex((b) => b.kind === "text" && b.style === "heading" && b.text === "Method");
    expect(heading).toBeGreaterThan(0);
    const after = sheet.blocks.slice(heading + 1).map((b) => (b.kind === "text" ? b.text : b.kind));
    expect(after).toEqual(assessment.method);
    expect(assessment.method[0]).toMatch(/^Periods: calendar years/);
    expect(texts(sheet).join("\n")).not.toMatch(/financial years run April to March/);
  });
});

describe("a filtered copy left out, and kept by name", () => {
  // Force.csv: 30 crimes in Jan 2025. Mine.csv: 25 of them (its Crime IDs all in Force.csv), so a filtered copy.
  const force = Array.from({ length: 30 }, (_, i) => street(`f${i + 1}`, "2025-01", M, "Burglary"));
  const grids = () => [streetGrid("Force.csv", force), streetGrid("Mine.csv", force.slice(0, 25))];
  const left = assess(readGrids(grids(), {}, { asOf }), defaultSettings("Middlesbrough"));
  const leftSheet = qualitySheet(left);

  it("lists it with its reason and the exact command-line flag that keeps it", () => {
    expect(table("SA_LeftOut", leftSheet).rows).toEqual([
      [
        "Mine.csv",
        'Copy or filtered part of "Force.csv" (left out)',
        'Keep it (command line: --keep-source "Mine.csv")',
        25,
      ],
    ]);
    expect(texts(leftSheet).some((t) => t.includes('--keep-source "Mine.csv"'))).toBe(true);
    // 55 read = 30 counted + 25 set aside.
    expect(noteBelow(leftSheet, "SA_Sources")).toMatch(/^55 rows read = 30 counted \+ 25 set aside/);
  });

  it("counts it when kept (55 read = 55 counted), and then lists no source left out", () => {
    const kept = assess(readGrids(grids(), {}, { asOf, keepSources: ["mine.csv"] }), defaultSettings("Middlesbrough"));
    const keptSheet = qualitySheet(kept);
    expect(kept.quality.rowsKept).toBe(55);
    expect(keptSheet.blocks.some((b) => b.kind === "table" && b.name === "SA_LeftOut")).toBe(false);
    expect(check(keptSheet, "Sources left out")).toBe("None");
  });
});

describe("a file read unusually, with a date out of range", () => {
  // Semicolons, and "Stockton-on-Tees" spelt with an e-acute (0xE9, not valid UTF-8): read as Windows-1252.
  // Rows 2-4: Jan 2025; row 5: Jan 2031, after "today" (Jun 2025), so set aside. 4 read = 3 counted + 1 set aside.
  const lines = [
    "Crime ID;Month;Falls within;LSOA name;Crime type",
    "a1;2025-01;Cleveland Police;Middlesbrough 001A;Burglary",
    "a2;2025-01;Cleveland Police;Middlesbrough 001A;Burglary",
    "a3;2025-01;Cleveland Police;Stockt\u00e9n 001A;Burglary",
    "a4;2031-01;Cleveland Police;Middlesbrough 001A;Burglary",
  ];
  const bytes = Uint8Array.from([...lines.join("\n")].map((c) => c.charCodeAt(0)));
  const reader = new ExtractReader({ asOf });
  const csv = new CsvExtractReader(reader, "semi.csv");
  csv.push(bytes);
  csv.end();
  const a: Assessment = assess(reader.finish(), defaultSettings("Middlesbrough"));
  const plan = qualitySheet(a);

  it("shows how it was read in the sources table and says so in a note", () => {
    const sources = table("SA_Sources", plan);
    expect(sources.columns[8].header).toBe("Read as");
    expect(sources.rows).toEqual([
      [
        "semi.csv",
        "police.uk street-level",
        `${SET_ASIDE.dateOutOfRange}: 1`,
        4,
        3,
        1,
        "2025-01",
        "2025-01",
        "Windows-1252, semicolons",
      ],
    ]);
    expect(texts(plan).some((t) => t.startsWith('Read as they were saved, not as UTF-8 with commas: "semi.csv"'))).toBe(
      true,
    );
  });

  it("gives the date out of range its row", () => {
    expect(check(plan, "Dates out of range")).toBe("1 (first: semi.csv row 5)");
    expect(table("SA_SetAside", plan).rows).toEqual([[SET_ASIDE.dateOutOfRange, 1, "semi.csv row 5"]]);
  });
});
