/**
 * The data-quality page accounts for every row: for each source the rows read,
 * counted and set aside (with the reasons), the totals, and the identity stated.
 * Numbers worked out by hand from the two sources below.
 */
import { assess } from "../../src/engine/assessment/assess";
import { defaultSettings } from "../../src/engine/assessment/settings";
import { readGrids, SET_ASIDE, type Cell } from "../../src/engine/extracts";
import type { TablePlan } from "../../src/report/plan";
import { qualitySheet } from "../../src/report/sheets/quality";
import { street, streetGrid } from "../engine/extracts/streetFixture";

const M = "Middlesbrough 001A";
// Rows 2-31: 30 crimes; rows 32-33: blank LSOA; row 34: #N/A for the month. 33 read, 30 counted, 3 set aside.
const rows: Cell[][] = [
  ...Array.from({ length: 30 }, (_, i) => street(`j${i + 1}`, "2025-01", M, "Burglary")),
  street("b1", "2025-01", "", "Burglary"),
  street("b2", "2025-01", "", "Burglary"),
  street("n1", "#N/A", M, "Burglary"),
];
// The same file again under another name: all 33 rows set aside. Totals: 66 read = 30 counted + 36 set aside.
const read = readGrids(
  [streetGrid("Jan.csv", rows), streetGrid("Jan copy.csv", rows)],
  {},
  {
    asOf: new Date(2025, 5, 1),
  },
);
const assessment = assess(read, { ...defaultSettings("Middlesbrough"), basis: "calendar" });
const sheet = qualitySheet(assessment);

/** A table's note: the line of text written just below it (notes are wrapped text lines). */
function noteBelow(name: string): string | undefined {
  const index = sheet.blocks.findIndex((b) => b.kind === "table" && b.name === name);
  const next = sheet.blocks[index + 1];
  return next?.kind === "text" && next.style === "note" ? next.text : undefined;
}

function table(name: string): TablePlan {
  const found = sheet.blocks.find((b): b is TablePlan => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe("the data-quality page", () => {
  it("lists each source's rows read, counted and set aside with the reasons, and the totals", () => {
    const sources = table("SA_Sources");
    expect(sources.columns.map((c) => c.header)).toEqual([
      "Source",
      "Format",
      "Rows read",
      "Rows counted",
      "Rows set aside",
      "Why set aside",
      "First month",
      "Last month",
    ]);
    expect(sources.rows).toEqual([
      [
        "Jan.csv",
        "police.uk street-level",
        33,
        30,
        3,
        `${SET_ASIDE.blankLsoa}: 2; ${SET_ASIDE.excelError}: 1`,
        "2025-01",
        "2025-01",
      ],
      ["Jan copy.csv", "police.uk street-level", 33, 0, 33, 'Same rows as "Jan.csv" (counted once): 33', null, null],
      ["All sources", "", 66, 30, 36, "", null, null],
    ]);
  });

  it("states the identity under the sources", () => {
    expect(noteBelow("SA_Sources")).toBe(
      "66 rows read = 30 counted + 36 set aside, and for each source likewise: no row is lost, doubled or invented.",
    );
    expect(table("SA_Checks").rows.slice(0, 3)).toEqual([
      ["Rows read", "66"],
      ["Rows counted", "30"],
      ["Rows set aside", "36"],
    ]);
  });

  it("lists every reason with its first rows, the left-out copy's included", () => {
    expect(table("SA_SetAside").rows).toEqual([
      [SET_ASIDE.blankLsoa, 2, "Jan.csv row 32; Jan.csv row 33"],
      [SET_ASIDE.excelError, 1, "Jan.csv row 34"],
      [
        'Same rows as "Jan.csv" (counted once)',
        33,
        "Jan copy.csv row 2; Jan copy.csv row 3; Jan copy.csv row 4; Jan copy.csv row 5; Jan copy.csv row 6",
      ],
    ]);
  });

  it("carries the reading's note, and its warning for the first page", () => {
    const note =
      'Counted once: "Jan copy.csv" holds the same rows as "Jan.csv" (33 rows read), so its rows are set aside.';
    expect(assessment.quality.notes).toContain(note);
    expect(sheet.blocks.some((b) => b.kind === "text" && b.text === note)).toBe(true);
    expect(assessment.quality.warnings).toEqual([
      '"Jan copy.csv" holds the same rows as "Jan.csv": its rows are counted once.',
    ]);
  });
});
