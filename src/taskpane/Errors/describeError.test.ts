import { AssessmentError } from "../../engine/errors";
import { describeError, describeWhere, isCancellation } from "./describeError";

describe("describeWhere", () => {
  it.each([
    [{ source: "Crimes", column: "Month", row: 12 }, '"Crimes", column "Month", row 12'],
    [{ source: "march.csv" }, '"march.csv"'],
    [{ column: "Crime type", row: 1048576 }, 'column "Crime type", row 1,048,576'],
    [{ source: "Crimes", row: 0 }, '"Crimes", row 0'],
    [{}, undefined],
  ])("%j -> %s", (place, expected) => {
    expect(describeWhere(place)).toBe(expected);
  });
});

describe("describeError", () => {
  it("shows an AssessmentError's problem, place and advice", () => {
    const error = new AssessmentError("The month 2024-13 cannot be read.", "Use YYYY-MM months.", {
      source: "Crimes",
      column: "Month",
      row: 7,
    });
    expect(describeError(error)).toEqual({
      title: "The month 2024-13 cannot be read.",
      where: '"Crimes", column "Month", row 7',
      advice: "Use YYYY-MM months.",
    });
  });

  it("accepts an AssessmentError rebuilt from a worker message", () => {
    const plain = { name: "AssessmentError", message: "No rows.", advice: "Choose another sheet.", source: "a.csv" };
    expect(describeError(plain)).toEqual({ title: "No rows.", where: '"a.csv"', advice: "Choose another sheet." });
  });

  it("calls any other error a bug and keeps its message as detail", () => {
    const description = describeError(new TypeError("x is undefined"));
    expect(description.title).toBe("Something went wrong.");
    expect(description.detail).toBe("x is undefined");
    expect(description.where).toBeUndefined();
  });
});

describe("isCancellation", () => {
  it.each([
    [{ name: "AbortError" }, true],
    [new Error("AbortError"), false],
    [null, false],
  ])("%j -> %s", (error, expected) => {
    expect(isCancellation(error)).toBe(expected);
  });
});
