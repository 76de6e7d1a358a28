/**
 * Priorities reported like categories, on a hand-worked mapped table: two
 * districts (North is the area), two complete financial years, one "Theft" a month
 * in each district, and these rows (count, DA flag):
 *
 *   North 2023-06 Violence / Violence with injury      10  Y
 *   North 2023-07 Violence / Violence without injury    5  N
 *   North 2023-08 Robbery  / Robbery of personal prop.  5  N
 *   North 2024-06 Violence / Violence with injury       6  Y
 *   North 2024-07 Violence / Violence without injury    4  Y
 *   North 2024-08 Robbery  / Robbery of personal prop.  2  N
 *   South 2023-06 Violence / Violence with injury       4  N
 *   South 2024-06 Violence / Violence with injury      12  Y
 *
 * Serious violence (subgroup Violence with injury, category Robbery): North 15 then 8,
 * South 4 then 12. Domestic abuse (the DA flag): North 10 then 10, South 0 then 12.
 * Violent DA (category Violence and the DA flag): North 10 then 10.
 */
import { assess } from "../../../src/engine/assessment/assess";
import { buildContext } from "../../../src/engine/assessment/context";
import {
  defaultSettings,
  type AssessmentSettings,
  type PriorityDefinition,
} from "../../../src/engine/assessment/settings";
import type { Assessment } from "../../../src/engine/assessment/types";
import { AssessmentError } from "../../../src/engine/errors";
import { readGrids, type Cell, type ColumnMapping, type ReadResult } from "../../../src/engine/extracts";
import { months } from "../tableOf";

const HEADER = ["Month", "Ward", "Offence", "Sub", "N", "DA"];
const MAPPING: ColumnMapping = {
  date: "Month",
  area: "Ward",
  category: "Offence",
  subgroup: "Sub",
  count: "N",
  flags: { "Domestic abuse": "DA" },
};

function fixture(): ReadResult {
  const rows: Cell[][] = [HEADER];
  for (const month of months("2023-04", "2025-03")) {
    rows.push([month, "North", "Theft", "", 1, ""], [month, "South", "Theft", "", 1, ""]);
  }
  rows.push(
    ["2023-06", "North", "Violence", "Violence with injury", 10, "Y"],
    ["2023-07", "North", "Violence", "Violence without injury", 5, "N"],
    ["2023-08", "North", "Robbery", "Robbery of personal property", 5, "N"],
    ["2024-06", "North", "Violence", "Violence with injury", 6, "Y"],
    ["2024-07", "North", "Violence", "Violence without injury", 4, "Y"],
    ["2024-08", "North", "Robbery", "Robbery of personal property", 2, "N"],
    ["2023-06", "South", "Violence", "Violence with injury", 4, "N"],
    ["2024-06", "South", "Violence", "Violence with injury", 12, "Y"],
  );
  return readGrids(
    [{ name: "force.csv", kind: "file", rows }],
    { "force.csv": MAPPING },
    { asOf: new Date(2026, 0, 1) },
  );
}

const SERIOUS_VIOLENCE: PriorityDefinition = {
  name: "Serious violence",
  rules: [
    { kind: "subgroup", value: "violence with injury" },
    { kind: "category", value: "Robbery" },
  ],
  polarity: "lowerIsBetter",
};
const DOMESTIC_ABUSE: PriorityDefinition = {
  name: "Domestic abuse",
  rules: [{ kind: "flag", value: "Domestic abuse" }],
  polarity: "higherIsBetter",
};
const VIOLENT_DA: PriorityDefinition = {
  name: "Violent DA",
  rules: [
    { kind: "category", value: "Violence" },
    { kind: "flag", value: "domestic abuse" },
  ],
  polarity: "higherIsBetter",
};

function settings(extra: Partial<AssessmentSettings> = {}): AssessmentSettings {
  return {
    ...defaultSettings("North"),
    basis: "financial",
    priorities: [SERIOUS_VIOLENCE, DOMESTIC_ABUSE, VIOLENT_DA],
    population: { year: "Census 2021", byDistrict: { North: 1000, South: 2000 } },
    targets: [
      {
        category: "Domestic abuse",
        baselineYear: "2023/24",
        targetYear: "2024/25",
        changePct: 10,
        method: "linear",
        tolerancePct: 20,
        polarity: "higherIsBetter",
      },
    ],
    ...extra,
  };
}

describe("priorities on the hand-worked table", () => {
  let a: Assessment;
  beforeAll(() => {
    a = assess(fixture(), settings());
  });
  const trend = (name: string) => a.trends.find((t) => t.category === name)!;

  it("come after the categories and ASB, in the order given, with their polarity", () => {
    expect(a.categories).toEqual([
      "All crime",
      "Robbery",
      "Theft",
      "Violence",
      "Serious violence",
      "Domestic abuse",
      "Violent DA",
    ]);
    expect(a.trends.filter((t) => t.priority).map((t) => [t.category, t.polarity])).toEqual([
      ["Serious violence", "lowerIsBetter"],
      ["Domestic abuse", "higherIsBetter"],
      ["Violent DA", "higherIsBetter"],
    ]);
    expect(a.priorities?.map((p) => p.description)).toEqual([
      "the category Robbery; or the offence subgroup Violence with injury",
      "rows flagged Domestic abuse",
      "rows flagged Domestic abuse in the category Violence",
    ]);
  });

  it("count a row in every priority it belongs to, and never twice in All crime", () => {
    expect(trend("Serious violence").yearly).toEqual([15, 8]);
    expect(trend("Domestic abuse").yearly).toEqual([10, 10]);
    // Violence AND the flag: July 2023's unflagged violence is out, July 2024's flagged violence is in.
    expect(trend("Violent DA").yearly).toEqual([10, 10]);
    // All crime: 12 thefts + 20 (2023/24), 12 thefts + 12 (2024/25), as without priorities.
    expect(trend("All crime").yearly).toEqual([32, 24]);
    expect(assess(fixture(), settings({ priorities: [], targets: [] })).trends[0]).toEqual(trend("All crime"));
  });

  it("give like-for-like change and significance", () => {
    const c = trend("Serious violence").yearOnYear!;
    expect([c.previous, c.current, c.change]).toEqual([15, 8, -7]);
    expect(c.changePct).toBeCloseTo((-7 / 15) * 100, 10);
    // Exact test by hand: 2 x P(X <= 8) for X ~ Bin(23, 1/2) = 2 x 880,970 / 8,388,608.
    expect(c.pValue).toBeCloseTo((2 * 880970) / 8388608, 10);
    expect(c.significance).toBe("no significant change");
  });

  it("give the share of region and its change", () => {
    const share = a.share.find((s) => s.category === "Serious violence")!;
    // 2024/25: North 8 of 8 + 12; 2023/24: 15 of 15 + 4.
    expect([share.areaCount, share.regionCount, share.rank, share.of]).toEqual([8, 20, 2, 2]);
    expect(share.sharePct).toBeCloseTo(40, 10);
    expect(share.changePp).toBeCloseTo(40 - (15 / 19) * 100, 10);
  });

  it("give rates per 1,000 residents for every district and the region", () => {
    const rates = a.rates!;
    const at = rates.categories.indexOf("Serious violence");
    expect(rates.districts.map((d) => [d.district, d.rates[at]])).toEqual([
      ["North", 8],
      ["South", 6],
    ]);
    expect(rates.region.rates[at]).toBeCloseTo((20 / 3000) * 1000, 10);
    expect(rates.districts[0].rates[rates.categories.indexOf("Domestic abuse")]).toBe(10);
  });

  it("give the monthly series", () => {
    const month = (label: string) => a.monthly.find((m) => m.label === label)?.priorities;
    expect(month("Jun 2023")).toEqual([10, 10, 10]);
    expect(month("Jul 2023")).toEqual([0, 0, 0]);
    expect(month("Aug 2023")).toEqual([5, 0, 0]);
    expect(month("Jun 2024")).toEqual([6, 6, 6]);
    expect(month("Jul 2024")).toEqual([0, 4, 4]);
    expect(month("Aug 2024")).toEqual([2, 0, 0]);
  });

  it("take targets: Domestic abuse up 10% on 10 is 11; 10 is within the 20% amber band", () => {
    const [target] = a.targets;
    expect(target.baseline).toBe(10);
    expect(target.latest).toEqual(
      expect.objectContaining({ milestone: 11, actual: 10, variance: -1, status: "Amber" }),
    );
  });

  it("give findings in the partnership's words", () => {
    const texts = a.findings.map((f) => f.text);
    expect(texts).toContain(
      "Reports of serious violence in North fell by 46.7% in 2024/25 compared with 2023/24, from 15 to 8 reports (not a statistically significant change).",
    );
    expect(texts).toContain(
      "Reports of domestic abuse in North were unchanged at 10 reports in 2024/25 compared with 2023/24 (not a statistically significant change; for this priority a rise is read as positive).",
    );
    // A priority is not a crime type: it is never "the largest change among crime types".
    expect(
      texts.filter((t) => t.startsWith("The largest")).some((t) => /violence in|Domestic|Violent DA/.test(t)),
    ).toBe(false);
  });

  it("reach the tidy measures", () => {
    const value = (area: string, measure: string) =>
      a.measures.find(
        (m) => m.area === area && m.category === "Serious violence" && m.period === "2024/25" && m.measure === measure,
      )?.value;
    expect(value("North", "count")).toBe(8);
    expect(value("South", "count")).toBe(12);
    expect(value("North", "rate_per_1000")).toBe(8);
    expect(value("North", "share_of_region_pct")).toBeCloseTo(40, 10);
  });

  it("say on the method page how membership works, that a row may count in two, and each definition", () => {
    expect(a.method.find((line) => line.startsWith("Priorities:"))).toContain("A row in two priorities counts in both");
    expect(a.method).toContain(
      "Serious violence: the category Robbery; or the offence subgroup Violence with injury (a fall is read as good).",
    );
    expect(a.method).toContain("Domestic abuse: rows flagged Domestic abuse (a rise is read as good).");
  });
});

describe("priorities checked against the data", () => {
  const problem = (priority: PriorityDefinition, read = fixture()): AssessmentError => {
    try {
      buildContext(read, settings({ priorities: [priority], targets: [] }));
    } catch (error) {
      if (error instanceof AssessmentError) return error;
      throw error;
    }
    throw new Error("expected an AssessmentError");
  };

  it("names the closest subgroup and lists those in the data", () => {
    const error = problem({ ...SERIOUS_VIOLENCE, rules: [{ kind: "subgroup", value: "Violence with injry" }] });
    expect(error.message).toBe(
      'The priority "Serious violence" takes in the subgroup "Violence with injry", which is not in the data.',
    );
    expect(error.advice).toBe(
      'Did you mean "Violence with injury"? The subgroups in the data: Robbery of personal property, Violence with injury, Violence without injury.',
    );
    expect([error.source, error.row, error.column]).toEqual(["Settings", 1, "value"]);
  });

  it("names the closest category and flag", () => {
    expect(problem({ ...SERIOUS_VIOLENCE, rules: [{ kind: "category", value: "Robery" }] }).advice).toMatch(
      /^Did you mean "Robbery"\?/,
    );
    expect(problem({ ...DOMESTIC_ABUSE, rules: [{ kind: "flag", value: "Domestic abus" }] }).advice).toBe(
      'Did you mean "Domestic abuse"? The flags in the data: Domestic abuse.',
    );
  });

  it("says which extract would have a kind the data cannot have", () => {
    const error = problem({ ...SERIOUS_VIOLENCE, rules: [{ kind: "group", value: "Robbery" }] });
    expect(error.message).toBe(
      'The priority "Serious violence" takes in the group "Robbery", but the data read has no offence groups.',
    );
    expect(error.advice).toMatch(/^Offence groups are in the Home Office police recorded crime by CSP tables/);
  });

  it("names the file and row of a priority read from a file", () => {
    const error = problem({
      ...SERIOUS_VIOLENCE,
      rules: [{ kind: "code", value: "8N" }],
      place: { source: "p.csv", row: 4 },
    });
    expect([error.source, error.row, error.column]).toEqual(["p.csv", 4, "kind"]);
  });

  it("refuses a priority named like a category, two of one name, and one without rules", () => {
    expect(problem({ ...DOMESTIC_ABUSE, name: "violence" }).message).toBe(
      'The priority "violence" is named like the category "Violence".',
    );
    expect(problem({ ...DOMESTIC_ABUSE, name: "All Crime" }).message).toBe(
      'The priority "All Crime" is named like the category "All crime".',
    );
    expect(problem({ ...DOMESTIC_ABUSE, rules: [] }).message).toBe('The priority "Domestic abuse" has no rules.');
    expect(() =>
      buildContext(
        fixture(),
        settings({ priorities: [DOMESTIC_ABUSE, { ...VIOLENT_DA, name: "domestic abuse" }], targets: [] }),
      ),
    ).toThrow('Two priorities are named "domestic abuse".');
  });
});

describe("the method's notes on what the data limits", () => {
  it("names the sources that carry a flag, and says when a theme is built from police.uk's broad types", () => {
    const street: Cell[][] = [["Month", "Falls within", "LSOA name", "Crime type"]];
    for (const month of months("2023-04", "2025-03")) {
      street.push([month, "F", "North 001A", "Robbery"], [month, "F", "South 001A", "Violence and sexual offences"]);
    }
    const log: Cell[][] = [
      ["Month", "Ward", "Offence", "DA"],
      ["2024-06", "North", "Violence and sexual offences", "Y"],
    ];
    const read = readGrids(
      [
        { name: "street.csv", kind: "file", rows: street },
        { name: "force.csv", kind: "file", rows: log },
      ],
      { "force.csv": { date: "Month", area: "Ward", category: "Offence", flags: { "Domestic abuse": "DA" } } },
      { asOf: new Date(2026, 0, 1) },
    );
    const violence: PriorityDefinition = {
      name: "Serious violence",
      rules: [
        { kind: "category", value: "Violence and sexual offences" },
        { kind: "category", value: "Robbery" },
      ],
      polarity: "lowerIsBetter",
    };
    const a = assess(read, { ...defaultSettings("North"), basis: "financial", priorities: [violence, DOMESTIC_ABUSE] });
    expect(a.method).toContain(
      "Serious violence: the categories Violence and sexual offences and Robbery (a fall is read as good). It is built from police.uk's broad crime types (Violence and sexual offences and Robbery): police.uk has no offence subgroups, so it cannot follow a local definition (such as serious violence's) more closely.",
    );
    expect(a.method).toContain(
      'Domestic abuse: rows flagged Domestic abuse (a rise is read as good). Only "force.csv" carries the flag: rows of the other sources are never counted in it.',
    );
    expect(a.trends.find((t) => t.category === "Domestic abuse")?.yearly).toEqual([0, 1]);
  });
});
