import { chooseColourScheme, luminance } from "./colourScheme";

describe("luminance", () => {
  it.each([
    ["#FFFFFF", 1],
    ["000000", 0],
    ["#808080", 0.2159],
  ])("%s -> %d", (colour, expected) => {
    expect(luminance(colour)).toBeCloseTo(expected, 3);
  });

  it("returns null for a colour it cannot read", () => {
    expect(luminance("white")).toBeNull();
  });
});

describe("chooseColourScheme", () => {
  it.each([
    // Office's own theme colours: White/Colourful, Dark Grey, Black.
    ["#FFFFFF", false, "light"],
    ["#E6E6E6", true, "light"],
    ["#444444", false, "dark"],
    ["#262626", false, "dark"],
    ["#000000", false, "dark"],
    [undefined, true, "dark"],
    [undefined, false, "light"],
    ["not a colour", true, "dark"],
  ] as const)("Office body %s, system dark %s -> %s", (body, systemDark, expected) => {
    expect(chooseColourScheme(body, systemDark)).toBe(expected);
  });
});
