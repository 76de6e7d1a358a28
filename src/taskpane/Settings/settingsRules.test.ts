/** The pure rules behind the weights, peers, top places and matrix controls, one case a line. */
import { weightsFromRows } from "../../engine/assessment/harmWeights";
import type { DiscoveredSource } from "../../workbook/host";
import { weightProblem, weightsProblem, withWeight } from "./matrixWeights";
import { peerChoices, peersNotInData, peersOffered } from "./peers";
import { topPlacesProblem } from "./topPlaces";
import { looksLikeWeights } from "./weightsSources";

const TABLE: DiscoveredSource = {
  id: "t",
  name: "t",
  kind: "sheet",
  format: null,
  rows: 3,
  firstMonth: null,
  lastMonth: null,
  districts: [],
  forces: [],
  headers: [],
};

describe("looksLikeWeights (the engine's header rules)", () => {
  it.each([
    [["Offence code", "Offence", "CSS weight"], true],
    [["Crime type", "CSS"], true],
    [["OFFENCE_GROUP", "Harm index"], true],
    [["Category", "Count"], false],
    [["Offence", "Weight"], false],
    [["NAME", "POP21"], false],
    [[], false],
  ])("%j: %s", (headers, expected) => {
    expect(looksLikeWeights({ ...TABLE, headers })).toBe(expected);
    // The engine reads such a table (a row naming "8N" and "Burglary" weighted 1) exactly when the picker offers it.
    const row = headers.map((h) => (/weight|css|harm/i.test(h) ? "1" : /code/i.test(h) ? "8N" : "Burglary"));
    const read = () => weightsFromRows([headers, row], "t");
    if (expected) expect(read).not.toThrow();
    else expect(read).toThrow(/is not a harm weights table/);
  });

  it("never takes an extract", () => {
    expect(looksLikeWeights({ ...TABLE, format: "mapped", headers: ["Category", "Weight"] })).toBe(false);
  });
});

describe("matrix weights", () => {
  it.each([
    [0, undefined],
    [2.5, undefined],
    [10, undefined],
    [-1, "Give a number from 0 to 10."],
    [10.5, "Give a number from 0 to 10."],
    [Number.NaN, "Give a number from 0 to 10."],
  ])("weight %s: %s", (value, expected) => {
    expect(weightProblem(value)).toBe(expected);
  });

  it.each([
    ["the defaults", undefined, false, undefined],
    ["one out of range, named", { trend: 12 }, true, "Trend: Give a number from 0 to 10."],
    [
      "all zero but harm, without weights",
      { volume: 0, trend: 0, rate: 0 },
      false,
      "Give at least one criterion a weight above 0.",
    ],
    ["all zero but harm, with weights", { volume: 0, trend: 0, rate: 0 }, true, undefined],
  ])("%s", (_, given, harmScored, expected) => {
    expect(weightsProblem(given, harmScored)).toBe(expected);
  });

  it("keeps only a change from the defaults", () => {
    expect(withWeight(undefined, "volume", 2)).toEqual({ volume: 2 });
    expect(withWeight({ volume: 2 }, "volume", 1)).toBeUndefined();
    expect(withWeight({ volume: 2 }, "harm", 0)).toEqual({ volume: 2, harm: 0 });
  });
});

describe("top places", () => {
  it.each([
    [undefined, undefined],
    [1, undefined],
    [100, undefined],
    [0, "Give a whole number from 1 to 100."],
    [101, "Give a whole number from 1 to 100."],
    [2.5, "Give a whole number from 1 to 100."],
    [Number.NaN, "Give a whole number from 1 to 100."],
  ])("%s: %s", (value, expected) => {
    expect(topPlacesProblem(value)).toBe(expected);
  });
});

describe("peers", () => {
  const homeOffice = { formats: ["home-office-csp" as const] };
  const policeUk = { formats: ["police-uk" as const] };
  it.each([
    ["a Home Office table", homeOffice, [["Testshire"]], [], true],
    ["one force's police.uk data", policeUk, [["Cleveland Police"]], [], false],
    ["two forces' data", policeUk, [["Cleveland Police"], ["Durham Constabulary"]], [], true],
    ["peers saved earlier, whatever the data", policeUk, [["Cleveland Police"]], ["Sefton"], true],
    ["no data yet", null, [], [], false],
  ])("offered for %s: %s", (_, data, forces, peers, expected) => {
    expect(
      peersOffered(
        data,
        forces.map((f) => ({ forces: f })),
        peers,
      ),
    ).toBe(expected);
  });

  it("offers the areas less the focus area, however it is spelt", () => {
    expect(peerChoices(["St. Helens", "Sefton", "Wirral"], "st helens")).toEqual(["Sefton", "Wirral"]);
  });

  it("finds saved peers the data no longer hold, matching names as the engine does", () => {
    expect(peersNotInData(["St Helens", "Knowsley", "Halton"], ["St. Helens", "Knowsley"])).toEqual(["Halton"]);
  });
});
