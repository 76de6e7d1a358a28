/** Reading a harm weights table from rows (a CSV's or a sheet's): header aliases, keys, and each bad cell named. */
import { weightsFromRows } from "../../../src/engine/assessment/harmWeights";
import { AssessmentError } from "../../../src/engine/errors";
import type { Cell } from "../../../src/engine/extracts";

function failure(rows: Cell[][]): AssessmentError {
  try {
    weightsFromRows(rows, "w.csv");
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("expected an AssessmentError");
}

describe("harm weights tables", () => {
  it.each([
    [["Category", "Weight"], "Weight"],
    [["crime type", "CSS"], "CSS"],
    [["Offence group", "Harm"], "Harm"],
    [["CATEGORY", "Crime Severity Score"], "Crime Severity Score"],
    [["category", "cchi_weight"], "cchi_weight"],
  ])("read a category column and a weight column headed %j", (header, name) => {
    const weights = weightsFromRows([header, ["Burglary", 50], ["Robbery", "1,234.5"]], "w.csv");
    expect(weights).toEqual({
      name,
      source: "w.csv",
      weights: [
        { kind: "category", key: "Burglary", weight: 50, place: { row: 2, column: header[0] } },
        { kind: "category", key: "Robbery", weight: 1234.5, place: { row: 3, column: header[0] } },
      ],
    });
  });

  it("key a row by its offence code when it has one, else by its category; blank rows are skipped", () => {
    const weights = weightsFromRows(
      [
        ["Offence code", "Offence group", "CSS weight"],
        ["8N", "Violence against the person", 161.5],
        [null, "", null],
        ["", "Robbery", 0],
        [37.1, "", 12],
      ],
      "css.csv",
    );
    expect(weights.weights).toEqual([
      { kind: "code", key: "8N", weight: 161.5, place: { row: 2, column: "Offence code" } },
      { kind: "category", key: "Robbery", weight: 0, place: { row: 4, column: "Offence group" } },
      { kind: "code", key: "37.1", weight: 12, place: { row: 5, column: "Offence code" } },
    ]);
  });

  it.each([
    [
      "no weight column",
      [
        ["Category", "Count"],
        ["Burglary", 1],
      ],
      1,
      undefined,
      "is not a harm weights table",
    ],
    [
      "no key column",
      [
        ["Name", "Weight"],
        ["Burglary", 1],
      ],
      1,
      undefined,
      "is not a harm weights table",
    ],
    [
      "a blank weight",
      [
        ["Category", "Weight"],
        ["Burglary", ""],
      ],
      2,
      "Weight",
      "The weight is blank.",
    ],
    [
      "a negative weight",
      [
        ["Category", "Weight"],
        ["Burglary", -3],
      ],
      2,
      "Weight",
      'The weight "-3" is not',
    ],
    [
      "a weight in words",
      [
        ["Category", "Weight"],
        ["Burglary", "high"],
      ],
      2,
      "Weight",
      'The weight "high" is not',
    ],
    [
      "a row with no key",
      [
        ["Category", "Weight"],
        ["", 5],
      ],
      2,
      "Category",
      "names no category or offence code",
    ],
    [
      "a category given twice",
      [
        ["Category", "Weight"],
        ["Burglary", 5],
        ["burglary", 6],
      ],
      3,
      "Category",
      'The category "burglary" has a weight on row 2 already.',
    ],
    ["no weights at all", [["Category", "Weight"]], 2, undefined, "holds no weights"],
  ] as const)("refuse %s, naming the row and column", (_, rows, row, column, message) => {
    const error = failure(rows as unknown as Cell[][]);
    expect(error.message).toContain(message);
    expect([error.source, error.row, error.column]).toEqual(["w.csv", row, column]);
  });
});
