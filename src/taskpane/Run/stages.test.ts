import { clampFraction, progressLabel } from "./stages";

describe("progressLabel", () => {
  it.each([
    [{ stage: "reading", fraction: 0.354, message: "" }, "Reading extracts: 35%"],
    [{ stage: "computing", fraction: 0.5, message: "" }, "Computing the figures: 50%"],
    [{ stage: "writing", fraction: 1.02, message: "" }, "Writing the assessment: 100%"],
  ] as const)("%j -> %s", (progress, expected) => {
    expect(progressLabel(progress)).toBe(expected);
  });
});

describe("clampFraction", () => {
  it.each([
    [-0.1, 0],
    [0.25, 0.25],
    [7, 1],
    [Number.NaN, 0],
  ])("%d -> %d", (value, expected) => {
    expect(clampFraction(value)).toBe(expected);
  });
});
