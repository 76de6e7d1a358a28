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
  ])("%j -> %s", (over, expected) => {
    expect(whatIsMissing({ ...ready, ...over })).toEqual([expected]);
  });

  it("names the targets that need fixing", () => {
    const targets = [goodTarget, { ...goodTarget, changePct: 0 }, { ...goodTarget, targetYear: "" }];
    expect(whatIsMissing({ ...ready, settings: { ...ready.settings, targets } })).toEqual([
      "Fix target 2, 3 under Settings.",
    ]);
  });
});
