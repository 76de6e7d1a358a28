import { defaultSettings, type TargetSetting } from "../../engine/assessment/settings";
import { whatIsMissing } from "./readiness";

const goodTarget: TargetSetting = {
  category: "All crime",
  baselineYear: "2023/24",
  targetYear: "2026/27",
  changePct: -6,
  method: "linear",
  tolerancePct: 5,
  polarity: "lowerIsBetter",
};

describe("whatIsMissing", () => {
  const ready = {
    chosenSources: 1,
    areas: ["Knowsley", "Sefton"],
    areasLoading: false,
    settings: defaultSettings("Knowsley"),
  };

  it("is empty when sources, area and targets are fine", () => {
    expect(whatIsMissing({ ...ready, settings: { ...ready.settings, targets: [goodTarget] } })).toEqual([]);
  });

  it.each([
    [{ chosenSources: 0 }, "Choose at least one extract under Data."],
    [{ areasLoading: true }, "Wait while the districts in the chosen data are found."],
    [{ settings: defaultSettings("") }, "Choose the area under Settings."],
    [{ areas: ["Sefton"] }, "Choose an area that is in the chosen data."],
    [{ priorityProblems: [1, 3] }, "Fix priority 1, 3 under Settings."],
    [
      { settings: { ...defaultSettings("Knowsley"), hotspotCount: 0 }, places: true },
      "Fix the top places to list under Settings.",
    ],
    [
      { settings: { ...defaultSettings("Knowsley"), matrixWeights: { rate: 11 } } },
      "Fix the priority matrix weights under Settings.",
    ],
    [
      { settings: { ...defaultSettings("Knowsley"), matrixWeights: { volume: 0, trend: 0, rate: 0 } } },
      "Fix the priority matrix weights under Settings.",
    ],
    [
      { settings: { ...defaultSettings("Knowsley"), peers: ["Sefton"] } },
      "Choose a population table under Settings to compare with the peers, or clear the peers.",
    ],
  ])("%j -> %s", (over, expected) => {
    expect(whatIsMissing({ ...ready, ...over })).toEqual([expected]);
  });

  it.each([
    [
      "top places out of range with no LSOAs in the data (not shown, not used)",
      { settings: { ...defaultSettings("Knowsley"), hotspotCount: 0 } },
    ],
    [
      "harm alone weighted with a weights table",
      {
        settings: { ...defaultSettings("Knowsley"), matrixWeights: { volume: 0, trend: 0, rate: 0 } },
        harmScored: true,
      },
    ],
    [
      "peers with a population table",
      { settings: { ...defaultSettings("Knowsley"), peers: ["Sefton"] }, hasPopulation: true },
    ],
  ])("is ready with %s", (_, over) => {
    expect(whatIsMissing({ ...ready, ...over })).toEqual([]);
  });

  it("names the targets that need fixing", () => {
    const targets = [goodTarget, { ...goodTarget, changePct: 0 }, { ...goodTarget, targetYear: "" }];
    expect(whatIsMissing({ ...ready, settings: { ...ready.settings, targets } })).toEqual([
      "Fix target 2, 3 under Settings.",
    ]);
  });
});
