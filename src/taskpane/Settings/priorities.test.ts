import type { DataDescription } from "../../engine/assessment/dataDescription";
import type { PriorityDefinition } from "../../engine/assessment/settings";
import {
  coarseNote,
  describePriority,
  inData,
  prioritiesReducer,
  problemsOf,
  ruleChoices,
  ruleLabel,
  suggestPriorities,
  type PrioritiesAction,
} from "./priorities";

const POLICE_UK: DataDescription = {
  areas: ["Ashby"],
  formats: ["police-uk"],
  categories: ["Robbery", "Burglary", "Violence and sexual offences", "Anti-social behaviour"],
  groups: [],
  subgroups: [],
  codes: [],
  flags: [],
};
const HOME_OFFICE: DataDescription = {
  areas: ["Ashby"],
  formats: ["home-office-csp"],
  categories: ["Violence against the person", "Robbery"],
  groups: ["Violence against the person", "Robbery"],
  subgroups: ["Violence with injury", "Homicide", "Robbery of business property"],
  codes: ["8N", "1"],
  flags: [],
};
const FORCE_LOG: DataDescription = {
  areas: ["North"],
  formats: ["mapped"],
  categories: ["Violence", "Theft"],
  groups: [],
  subgroups: [],
  codes: [],
  flags: ["DA marker", "Hate crime"],
};

describe("ruleChoices", () => {
  it.each([
    ["none without data", null, []],
    ["police.uk: categories only, sorted", POLICE_UK, [["category", 4]]],
    [
      "Home Office: groups (not again as categories), subgroups and codes",
      HOME_OFFICE,
      [
        ["group", 2],
        ["subgroup", 3],
        ["code", 2],
      ],
    ],
    [
      "a mapped table: categories and flags",
      FORCE_LOG,
      [
        ["category", 2],
        ["flag", 2],
      ],
    ],
  ] as const)("%s", (_, data, expected) => {
    expect(ruleChoices(data).map((c) => [c.kind, c.values.length])).toEqual(expected);
  });

  it("sorts the values", () => {
    expect(ruleChoices(HOME_OFFICE)[1].values).toEqual([
      "Homicide",
      "Robbery of business property",
      "Violence with injury",
    ]);
  });
});

describe("ruleLabel", () => {
  it.each([
    [POLICE_UK, "Add a category"],
    [FORCE_LOG, "Add a category or flag"],
    [HOME_OFFICE, "Add an offence group, offence subgroup or offence code"],
    [null, "Add a rule"],
  ])("%#: %s", (data, label) => {
    expect(ruleLabel(ruleChoices(data))).toBe(label);
  });
});

describe("inData", () => {
  it.each([
    [{ kind: "flag", value: "hate CRIME" }, FORCE_LOG, true],
    [{ kind: "flag", value: "Domestic abuse" }, FORCE_LOG, false],
    [{ kind: "category", value: "Robbery" }, HOME_OFFICE, true],
    [{ kind: "subgroup", value: "Homicide" }, POLICE_UK, false],
  ] as const)("%j in %#", (rule, data, expected) => {
    expect(inData(rule, ruleChoices(data))).toBe(expected);
  });
});

describe("prioritiesReducer", () => {
  const da: PriorityDefinition = {
    name: "DA",
    rules: [{ kind: "flag", value: "DA marker" }],
    polarity: "lowerIsBetter",
  };
  const sv: PriorityDefinition = {
    name: "SV",
    rules: [{ kind: "category", value: "Violence" }],
    polarity: "lowerIsBetter",
  };
  const cases: [string, PrioritiesAction, PriorityDefinition[]][] = [
    ["adds a blank priority at the end", { type: "add" }, [da, sv, { name: "", rules: [], polarity: "lowerIsBetter" }]],
    ["removes one", { type: "remove", index: 0 }, [sv]],
    ["renames one", { type: "rename", index: 1, name: "Serious violence" }, [da, { ...sv, name: "Serious violence" }]],
    [
      "sets its polarity",
      { type: "setPolarity", index: 0, polarity: "higherIsBetter" },
      [{ ...da, polarity: "higherIsBetter" }, sv],
    ],
    [
      "adds a rule",
      { type: "addRule", index: 1, rule: { kind: "category", value: "Theft" } },
      [da, { ...sv, rules: [...sv.rules, { kind: "category", value: "Theft" }] }],
    ],
    [
      "adds a rule it has (any case) only once",
      { type: "addRule", index: 1, rule: { kind: "category", value: "violence" } },
      [da, sv],
    ],
    [
      "removes a rule",
      { type: "removeRule", index: 0, rule: { kind: "flag", value: "DA marker" } },
      [{ ...da, rules: [] }, sv],
    ],
    [
      "adds a suggestion",
      { type: "addSuggested", definition: { name: "Hate crime", rules: [], polarity: "higherIsBetter" } },
      [da, sv, { name: "Hate crime", rules: [], polarity: "higherIsBetter" }],
    ],
    [
      "never adds a suggestion named like one it has",
      { type: "addSuggested", definition: { ...sv, name: "sv" } },
      [da, sv],
    ],
  ];
  it.each(cases)("%s", (_, action, expected) => {
    expect(prioritiesReducer([da, sv], action)).toEqual(expected);
  });
});

describe("problemsOf", () => {
  it("says nothing while no data is chosen", () => {
    expect(problemsOf([{ name: "", rules: [], polarity: "lowerIsBetter" }], null)).toEqual([null]);
  });

  it("gives the engine's words, and whether they are about the name or the rules", () => {
    const problems = problemsOf(
      [
        { name: "Domestic abuse", rules: [{ kind: "flag", value: "DA markers" }], polarity: "higherIsBetter" },
        { name: "", rules: [{ kind: "flag", value: "Hate crime" }], polarity: "higherIsBetter" },
        { name: "Hate", rules: [{ kind: "flag", value: "hate crime" }], polarity: "higherIsBetter" },
      ],
      FORCE_LOG,
    );
    expect(problems).toEqual([
      {
        about: "rules",
        text: 'The priority "Domestic abuse" takes in the flag "DA markers", which is not in the data. Did you mean "DA marker"? The flags in the data: DA marker, Hate crime.',
      },
      { about: "name", text: "A priority has no name. Name every priority." },
      null,
    ]);
  });
});

describe("describePriority and coarseNote", () => {
  const sv: PriorityDefinition = {
    name: "Serious violence",
    rules: [
      { kind: "category", value: "Violence and sexual offences" },
      { kind: "category", value: "Robbery" },
    ],
    polarity: "lowerIsBetter",
  };
  it("says what a priority takes in", () => {
    expect(describePriority(sv)).toBe("Takes in the categories Violence and sexual offences and Robbery.");
    expect(describePriority({ ...sv, rules: [] })).toBe("Takes in nothing yet.");
  });

  it("calls a priority of police.uk's broad types coarse, and nothing else", () => {
    expect(coarseNote(sv, POLICE_UK)).toBe(
      "Coarse: built from police.uk's broad crime types (Violence and sexual offences, Robbery). police.uk has no offence subgroups, so it cannot follow a local definition more closely.",
    );
    expect(coarseNote(sv, FORCE_LOG)).toBeNull();
    expect(coarseNote({ ...sv, rules: [{ kind: "category", value: "Burglary" }] }, null)).toBeNull();
  });
});

describe("suggestPriorities", () => {
  const byName = (data: DataDescription | null) =>
    Object.fromEntries(suggestPriorities(data).map((s) => [s.name, s.definition]));

  it("offers nothing without data", () => {
    expect(suggestPriorities(null)).toEqual([]);
  });

  it("builds serious violence from the Home Office subgroups present", () => {
    expect(byName(HOME_OFFICE)["Serious violence"]).toEqual({
      name: "Serious violence",
      polarity: "lowerIsBetter",
      rules: [
        { kind: "subgroup", value: "Homicide" },
        { kind: "subgroup", value: "Violence with injury" },
      ],
    });
  });

  it("builds serious violence from police.uk's broad types present, and says it is coarse", () => {
    const [sv] = suggestPriorities(POLICE_UK);
    expect(sv.definition?.rules).toEqual([
      { kind: "category", value: "Violence and sexual offences" },
      { kind: "category", value: "Robbery" },
    ]);
    expect(sv.why).toMatch(/^Coarse: /);
  });

  it("builds domestic abuse and hate crime from flags whose names mention them, a rise read as good", () => {
    const suggested = byName(FORCE_LOG);
    expect(suggested["Domestic abuse"]).toBeNull();
    expect(suggested["Hate crime"]).toEqual({
      name: "Hate crime",
      polarity: "higherIsBetter",
      rules: [{ kind: "flag", value: "Hate crime" }],
    });
    const withDomestic = byName({ ...FORCE_LOG, flags: ["Domestic incident", "Hate crime"] });
    expect(withDomestic["Domestic abuse"]?.rules).toEqual([{ kind: "flag", value: "Domestic incident" }]);
    expect(withDomestic["Domestic abuse"]?.polarity).toBe("higherIsBetter");
  });

  it("says what a theme needs when the data cannot give it", () => {
    const suggested = suggestPriorities({ ...FORCE_LOG, flags: [] });
    expect(suggested.map((s) => [s.name, s.definition === null])).toEqual([
      ["Serious violence", true],
      ["Domestic abuse", true],
      ["Hate crime", true],
    ]);
    expect(suggested[1].why).toBe(
      "Needs a flag whose name mentions domestic: map a table's flag column under Data. police.uk and the Home Office tables have no flags.",
    );
  });
});
