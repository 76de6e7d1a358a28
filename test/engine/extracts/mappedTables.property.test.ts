/**
 * The cell reader and the CSV byte reader read any mapped table alike: the same
 * table (flags, counts, subgroups included), the same rows set aside, the same
 * unrecognised flag values, or the same error; and every row read is counted or
 * set aside.
 */
import fc from "fast-check";
import { AssessmentError } from "../../../src/engine/errors";
import type { Cell, ColumnMapping, ReadResult } from "../../../src/engine/extracts";
import { expectAccountsAddUp, readMappedCsv, readMappedGrid, tableLines } from "./mappedFixture";

const HEADER = ["Date", "Ward", "Offence", "Sub", "N", "DA", "Hate"];
const MAPPING: ColumnMapping = {
  date: "Date",
  area: "Ward",
  category: "Offence",
  subgroup: "Sub",
  count: "N",
  flags: { "Domestic abuse": "DA", "Hate crime": "Hate" },
};

const row = fc.tuple(
  fc.constantFrom("01/02/2024", "2024-03-31", "Mar-24", "March 2024", "31/03/2024 23:30", "45382", "soon", ""),
  fc.constantFrom("North", "South", "", "North, East"),
  fc.constantFrom("Assault", "Robbery", ""),
  fc.constantFrom("Homicide", "Other", ""),
  fc.constantFrom("1", "2", "1,000", "x", ""),
  fc.constantFrom("Y", "N", "", "yes", "0"),
  fc.constantFrom("", "H", "h", "Maybe", "TRUE"),
);

type Outcome = { lines: string[]; rest: Partial<ReadResult> } | string;

function outcome(read: () => ReadResult): Outcome {
  let result: ReadResult;
  try {
    result = read();
  } catch (error) {
    if (error instanceof AssessmentError) return error.message;
    throw error;
  }
  expectAccountsAddUp(result);
  const { setAside, sources, unrecognisedFlags, notes, warnings } = result;
  return { lines: tableLines(result.table), rest: { setAside, sources, unrecognisedFlags, notes, warnings } };
}

describe("mapped tables through both readers", () => {
  it("give the same table, set-asides and flag reports (or the same error)", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), fc.nat(), (rows, cut) => {
        const grid: Cell[][] = [HEADER, ...rows];
        const fromCells = outcome(() => readMappedGrid("log.csv", grid, MAPPING));
        expect(outcome(() => readMappedCsv("log.csv", grid, MAPPING, cut % 400))).toEqual(fromCells);
      }),
      { numRuns: 300 },
    );
  });

  it("meets tables read whole, tables with flag values set aside, and errors among its cases", () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
        const result = outcome(() => readMappedGrid("log.csv", [HEADER, ...rows], MAPPING));
        kinds.add(typeof result === "string" ? "error" : result.rest.unrecognisedFlags ? "flags" : "table");
      }),
      // A fixed seed: this checks the generator's reach, so it must not depend on the draw.
      { numRuns: 300, seed: 20250301 },
    );
    expect([...kinds].sort()).toEqual(["error", "flags", "table"]);
  });
});
