/**
 * What the chosen data holds, as the pane is told it (describeData), and priorities checked
 * against that description give exactly the messages the engine gives on the real read.
 */
import { describeData, priorityProblems } from "../../../src/engine/assessment/dataDescription";
import { resolvePriorities } from "../../../src/engine/assessment/priorities";
import type { PriorityDefinition } from "../../../src/engine/assessment/settings";
import { AssessmentError } from "../../../src/engine/errors";
import { readGrids, type Cell, type ReadResult } from "../../../src/engine/extracts";
import { street, streetGrid } from "../extracts/streetFixture";

const AS_OF = { asOf: new Date(2026, 0, 1) };

/** A force log: two wards, three categories, subgroups, and DA and hate flags. */
function mapped(): ReadResult {
  const rows: Cell[][] = [
    ["Date", "Ward", "Offence", "Sub", "DA", "Hate"],
    ["2024-05-01", "North", "Violence", "Violence with injury", "Y", ""],
    ["2024-05-02", "South", "Theft", "", "", "Y"],
    ["2024-06-01", "North", "Robbery", "Robbery of personal property", "", ""],
  ];
  const mapping = {
    date: "Date",
    area: "Ward",
    category: "Offence",
    subgroup: "Sub",
    flags: { "Domestic abuse": "DA", "Hate crime": "Hate" },
  };
  return readGrids([{ name: "force log", kind: "file", rows }], { "force log": mapping }, AS_OF);
}

const HO_HEADER = [
  "Financial Year",
  "Financial Quarter",
  "Force Name",
  "CSP Name",
  "Offence Description",
  "Offence Group",
  "Offence Subgroup",
  "Offence Code",
  "Number of Offences",
];
const ho = (group: string, subgroup: string, code: string, csp = "Ashby"): Cell[] => [
  "2023/24",
  1,
  "Testshire",
  csp,
  "An offence",
  group,
  subgroup,
  code,
  3,
];
const HOME_OFFICE = {
  name: "Table 2023-24",
  kind: "sheet" as const,
  rows: [
    HO_HEADER,
    ho("Violence against the person", "Homicide", "1"),
    ho("Violence against the person", "Violence with injury", "8N", "Brook"),
    ho("Robbery", "Robbery of personal property", "34B"),
  ],
};

function policeUk(): ReadResult {
  return readGrids(
    [
      streetGrid("street.csv", [
        street("a", "2024-01", "Ashby 001A", "Burglary"),
        street("b", "2024-01", "Ashby 001A", "Robbery"),
        street("c", "2024-02", "Brook 002B", "Violence and sexual offences"),
      ]),
    ],
    {},
    AS_OF,
  );
}

describe("describeData", () => {
  it("gives a mapped table's areas, categories, subgroups and flags; no groups or codes", () => {
    expect(describeData(mapped())).toEqual({
      areas: ["North", "South"],
      formats: ["mapped"],
      categories: ["Violence", "Theft", "Robbery"],
      groups: [],
      subgroups: ["Violence with injury", "Robbery of personal property"],
      codes: [],
      flags: ["Domestic abuse", "Hate crime"],
    });
  });

  it("gives a Home Office table's categories as its offence groups, with its subgroups and codes", () => {
    const data = describeData(readGrids([HOME_OFFICE], {}, AS_OF));
    expect(data.formats).toEqual(["home-office-csp"]);
    expect(data.areas).toEqual(["Ashby", "Brook"]);
    expect(data.groups).toEqual(["Violence against the person", "Robbery"]);
    expect(data.groups).toEqual(data.categories);
    expect(data.subgroups).toEqual(["Homicide", "Violence with injury", "Robbery of personal property"]);
    expect(data.codes).toEqual(["1", "8N", "34B"]);
    expect(data.flags).toEqual([]);
  });

  it("gives police.uk's categories only: no groups, subgroups, codes or flags", () => {
    const data = describeData(policeUk());
    expect(data).toMatchObject({ formats: ["police-uk"], groups: [], subgroups: [], codes: [], flags: [] });
    expect([...data.categories].sort()).toEqual(["Burglary", "Robbery", "Violence and sexual offences"]);
    expect(data.areas).toEqual(["Ashby", "Brook"]);
  });

  it("beside police.uk, takes as offence groups only the categories named like one", () => {
    const crimes = streetGrid("street.csv", [
      street("a", "2023-05", "Ashby 001A", "Burglary"),
      street("b", "2023-05", "Ashby 001A", "Robbery"),
    ]);
    const data = describeData(readGrids([crimes, HOME_OFFICE], {}, AS_OF));
    expect(data.formats).toEqual(["police-uk", "home-office-csp"]);
    expect(data.groups.sort()).toEqual(["Robbery", "Violence against the person"]);
    expect(data.categories).toContain("Burglary");
  });
});

/** The engine's error for a run with these priorities, as the pane is given it. */
function onRun(
  read: ReadResult,
  definitions: PriorityDefinition[],
): Pick<AssessmentError, "message" | "advice" | "column"> | null {
  try {
    resolvePriorities(read, definitions);
    return null;
  } catch (error) {
    const { message, advice, column } = error as AssessmentError;
    return { message, advice, column };
  }
}

const only = (error: AssessmentError | null) =>
  error && { message: error.message, advice: error.advice, column: error.column };

describe("priorityProblems", () => {
  const flag = (value: string): PriorityDefinition => ({
    name: "Domestic abuse",
    rules: [{ kind: "flag", value }],
    polarity: "higherIsBetter",
  });
  const cases: [string, () => ReadResult, PriorityDefinition][] = [
    ["a flag spelt in another case", mapped, flag("domestic ABUSE")],
    ["a misspelt flag", mapped, flag("Domestic abus")],
    [
      "a subgroup not in the data",
      mapped,
      { name: "SV", rules: [{ kind: "subgroup", value: "Homicide" }], polarity: "lowerIsBetter" },
    ],
    [
      "a group in a mapped table",
      mapped,
      { name: "SV", rules: [{ kind: "group", value: "Robbery" }], polarity: "lowerIsBetter" },
    ],
    [
      "a code in a mapped table",
      mapped,
      { name: "SV", rules: [{ kind: "code", value: "8N" }], polarity: "lowerIsBetter" },
    ],
    [
      "a name like a category",
      mapped,
      { name: "theft", rules: [{ kind: "flag", value: "Hate crime" }], polarity: "lowerIsBetter" },
    ],
    ["no rules", mapped, { name: "Empty", rules: [], polarity: "lowerIsBetter" }],
    ["no name", mapped, { name: " ", rules: [{ kind: "category", value: "Theft" }], polarity: "lowerIsBetter" }],
    ["a flag in police.uk data", policeUk, flag("Domestic abuse")],
    [
      "police.uk's broad types",
      policeUk,
      {
        name: "SV",
        rules: [
          { kind: "category", value: "Robbery" },
          { kind: "category", value: "violence and sexual offences" },
        ],
        polarity: "lowerIsBetter",
      },
    ],
    [
      "a misspelt category",
      policeUk,
      { name: "SV", rules: [{ kind: "category", value: "Roberry" }], polarity: "lowerIsBetter" },
    ],
    [
      "a Home Office group and code",
      () => readGrids([HOME_OFFICE], {}, AS_OF),
      {
        name: "SV",
        rules: [
          { kind: "group", value: "robbery" },
          { kind: "code", value: "1" },
        ],
        polarity: "lowerIsBetter",
      },
    ],
    [
      "a misspelt Home Office subgroup",
      () => readGrids([HOME_OFFICE], {}, AS_OF),
      { name: "SV", rules: [{ kind: "subgroup", value: "Violence with injuries" }], polarity: "lowerIsBetter" },
    ],
  ];

  it.each(cases)("%s: the engine's own message (or none)", (_, read, definition) => {
    const real = read();
    expect(priorityProblems(describeData(real), [definition]).map(only)).toEqual([onRun(real, [definition])]);
  });

  it("finds problems where they are meant to be", () => {
    const messages = cases.map(([, read, definition]) => onRun(read(), [definition])?.message ?? null);
    // By hand: the case spellings, police.uk's types, and the Home Office group and code are fine.
    expect(messages.map((m) => m !== null)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(messages[1]).toBe(
      'The priority "Domestic abuse" takes in the flag "Domestic abus", which is not in the data.',
    );
    expect(onRun(mapped(), [flag("Domestic abus")])?.advice).toBe(
      'Did you mean "Domestic abuse"? The flags in the data: Domestic abuse, Hate crime.',
    );
  });

  it("names a priority's second use of a name, and only that one", () => {
    const read = mapped();
    const first = flag("Domestic abuse");
    const second = { ...flag("Hate crime"), name: "domestic abuse" };
    const problems = priorityProblems(describeData(read), [first, second]);
    expect(problems[0]).toBeNull();
    expect(only(problems[1])).toEqual(onRun(read, [first, second]));
    expect(problems[1]?.message).toBe('Two priorities are named "domestic abuse".');
  });
});
