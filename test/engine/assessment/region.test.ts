/**
 * The region from the ONS lookup, on hand-made fixtures for one financial year,
 * 2023/24 (and 2022/23 where a change is needed). Counts are per month, so a
 * district with 4 a month has 48 in the year; expected shares are worked by hand.
 */
import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings, type AssessmentSettings } from "../../../src/engine/assessment/settings";
import { AssessmentError } from "../../../src/engine/errors";
import { FORCE_NOT_STATED, readGrids } from "../../../src/engine/extracts";
import { areaChoices } from "../../../src/engine/measures/area";
import { unitsWord } from "../../../src/engine/measures/region";
import { buildReportPlan } from "../../../src/report/buildReportPlan";
import { tables } from "../../report/planQueries";
import { months, readOf, type Tuple } from "../tableOf";

const YEAR = months("2023-04", "2024-03");
const BEFORE = months("2022-04", "2023-03");

/** `perMonth` burglaries in every month of the given months. */
function monthly(district: string, force: string, perMonth: number, during = YEAR): Tuple[] {
  return during.map((m): Tuple => [m, district, force, "Burglary", perMonth]);
}

function run(tuples: Tuple[], area: string, more: Partial<AssessmentSettings> = {}) {
  return assess(readOf(tuples), { ...defaultSettings(area), ...more });
}

/** The lookup's own rows, read independently of the engine. */
const lookupRows = Papa.parse<Record<string, string>>(
  readFileSync(join(__dirname, "../../../src/engine/lookups/lad24-csp24-pfa24.csv"), "utf8"),
  { header: true, skipEmptyLines: true },
).data;

function thrown(f: () => unknown): AssessmentError {
  try {
    f();
  } catch (e) {
    if (e instanceof AssessmentError) return e;
    throw e;
  }
  throw new Error("expected an AssessmentError");
}

describe("a Cleveland-shaped force with rows snapped into Hambleton and Darlington", () => {
  const C = "Cleveland Police";
  // 10 + 40 + 20 + 30 = 100 a month, 1,200 in the year; Middlesbrough 480 = 40%.
  // Darlington (Durham) holds 100 rows: the old rule (5% of the median district) would have counted it.
  const tuples: Tuple[] = [
    ...monthly("Hartlepool", C, 10),
    ...monthly("Middlesbrough", C, 40),
    ...monthly("Redcar and Cleveland", C, 20),
    ...monthly("Stockton-on-Tees", C, 30),
    ["2023-06", "Hambleton", C, "Burglary", 3],
    ["2023-07", "Darlington", C, "Burglary", 100],
  ];
  const a = run(tuples, "Middlesbrough");

  it("is Cleveland's four districts, from the lookup", () => {
    expect(a.region.forceArea).toBe("Cleveland");
    expect(a.region.units.map((u) => u.name)).toEqual([
      "Hartlepool",
      "Middlesbrough",
      "Redcar and Cleveland",
      "Stockton-on-Tees",
    ]);
    expect(unitsWord(a.region)).toBe("districts");
    expect(a.region.absent).toEqual([]);
  });

  it("lists both strays as out-of-area with their rows, whatever their number", () => {
    expect(a.region.outOfArea).toEqual([
      { district: "Hambleton", rows: 3 },
      { district: "Darlington", rows: 100 },
    ]);
    expect(a.quality.notes.join("\n")).toContain("Hambleton (3 rows), Darlington (100 rows)");
  });

  it("judges Hambleton, which the lookup does not hold, by the rule, and says so", () => {
    expect(a.region.judgedByRule).toEqual([{ district: "Hambleton", inRegion: false }]);
    expect(a.quality.notes.join("\n")).toContain(
      "Hambleton is not in the ONS lookup (police.uk names districts as they were in 2021, and some have merged since), so the rule judged it from the data: left out of the region.",
    );
    // It changes nothing in the region, so page 1 is not told.
    expect(a.summary.warnings.join("\n")).not.toContain("Hambleton");
  });

  it("gives Middlesbrough 480 of 1,200, the largest share", () => {
    const share = a.share.find((s) => s.category === "All crime")!;
    expect([share.areaCount, share.regionCount]).toEqual([480, 1200]);
    expect(share.sharePct).toBeCloseTo(40, 9);
    expect([share.rank, share.of]).toEqual([1, 4]);
  });

  it("credits the lookup under the Open Government Licence in the notes and the method", () => {
    const attribution = "Contains public sector information licensed under the Open Government Licence v3.0.";
    expect(a.quality.notes.some((n) => n.includes(attribution))).toBe(true);
    expect(a.method.some((m) => m.includes("(December 2024) lookup") && m.includes(attribution))).toBe(true);
  });

  it("counts the strays in when asked: 1,303", () => {
    const wide = run(tuples, "Middlesbrough", { region: { includeOutOfArea: true } });
    expect(wide.share.find((s) => s.category === "All crime")!.regionCount).toBe(1303);
  });
});

describe("a Merseyside-named force", () => {
  const M = "Merseyside Police";
  // 10 + 50 + 15 + 20 + 25 = 120 a month; Knowsley 10 of 120 = 8.3%, the lowest.
  const tuples: Tuple[] = [
    ...monthly("Knowsley", M, 10),
    ...monthly("Liverpool", M, 50),
    ...monthly("St. Helens", M, 15),
    ...monthly("Sefton", M, 20),
    ...monthly("Wirral", M, 25),
  ];

  it("matches Merseyside and writes the seed's sentence", () => {
    const a = run(tuples, "Knowsley");
    expect(a.region.forceArea).toBe("Merseyside");
    expect(a.findings.map((f) => f.text)).toContain(
      "Knowsley had 8.3% of all recorded crime in Merseyside Police in 2023/24, the lowest share of the 5 districts.",
    );
  });

  it("finds the area by a tolerant name or its ONS code", () => {
    expect(run(tuples, "St Helens").area).toBe("St. Helens");
    expect(run(tuples, "E08000011").area).toBe("Knowsley");
  });
});

describe("a Home Office table by partnership", () => {
  const header = ["Financial Year", "Financial Quarter", "Police Force", "CSP Name", "Offence Description"];
  const more = ["Offence Group", "Offence Subgroup", "Offence Code", "Offence Count"];
  const row = (csp: string, q: number, count: number) => [
    "2023/24",
    q,
    "Hampshire",
    csp,
    "Burglary",
    "Theft offences",
    "Burglary",
    "28E",
    count,
  ];
  // A quarter: North Hampshire 10, Portsmouth 20, Southampton 30, Unassigned 5. The year: 40 of 240.
  const rows = [
    [...header, ...more],
    ...[1, 2, 3, 4].flatMap((q) => [
      row("North Hampshire", q, 10),
      row("Portsmouth", q, 20),
      row("Southampton", q, 30),
      row("Unassigned Hampshire", q, 5),
    ]),
  ];
  const read = readGrids([{ name: "Table 2023-24", kind: "sheet", rows }]);
  const a = assess(read, defaultSettings("North Hampshire"));

  it("compares the force's partnerships, matched to the lookup's CSP names", () => {
    expect(a.region.forceArea).toBe("Hampshire");
    expect(a.region.units.map((u) => [u.name, u.kind])).toEqual([
      ["North Hampshire", "partnership"],
      ["Portsmouth", "partnership"],
      ["Southampton", "partnership"],
    ]);
    expect(a.share[0].sharePct).toBeCloseTo((40 / 240) * 100, 9);
    expect([a.share[0].rank, a.share[0].of]).toEqual([3, 3]);
    expect(a.findings.map((f) => f.text).join("\n")).toContain("the lowest share of the 3 partnerships");
  });

  it("leaves Unassigned out, and names Hampshire's other partnerships as absent", () => {
    expect(a.region.outOfArea).toEqual([{ district: "Unassigned Hampshire", rows: 20 }]);
    const present = ["North Hampshire", "Portsmouth", "Southampton"];
    const others = [
      ...new Set(lookupRows.filter((r) => r.PFA24NM === "Hampshire").map((r) => r.CSP24NM as string)),
    ].filter((name) => !present.includes(name));
    expect([...a.region.absent].sort()).toEqual(others.sort());
    expect(a.summary.warnings.join("\n")).toContain("no rows in the data: shares and ranks are of the 3 partnerships");
  });

  it("offers the partnerships as they are, adding none", () => {
    expect(areaChoices(read)).toEqual(["North Hampshire", "Portsmouth", "Southampton", "Unassigned Hampshire"]);
  });
});

describe("a force of one district: City of London Police, with rows snapped into 20 neighbours", () => {
  const L = "City of London Police";
  const neighbours = [
    "Westminster",
    "Camden",
    "Islington",
    "Hackney",
    "Tower Hamlets",
    "Southwark",
    "Lambeth",
    "Newham",
    "Haringey",
    "Lewisham",
    "Greenwich",
    "Wandsworth",
    "Kensington and Chelsea",
    "Hammersmith and Fulham",
    "Barnet",
    "Brent",
    "Ealing",
    "Enfield",
    "Waltham Forest",
    "Swindon",
  ];
  // The City: 50 a month. Neighbour i: 10 x (i + 1) rows, 10 to 200 (far above the old 5% rule's bar).
  const tuples: Tuple[] = [
    ...monthly("City of London", L, 50),
    ...neighbours.map((n, i): Tuple => ["2023-09", n, L, "Burglary", 10 * (i + 1)]),
  ];
  const a = run(tuples, "City of London");

  it("has a region of one district and a 100% share", () => {
    expect(a.region.forceArea).toBe("London, City of");
    expect(a.region.units.map((u) => u.name)).toEqual(["City of London"]);
    const share = a.share.find((s) => s.category === "All crime")!;
    expect(share.sharePct).toBe(100);
    expect([share.rank, share.of]).toEqual([1, 1]);
  });

  it("lists all 20 neighbours as out-of-area, with their rows", () => {
    expect(a.region.outOfArea).toEqual(neighbours.map((n, i) => ({ district: n, rows: 10 * (i + 1) })));
    expect(a.region.judgedByRule).toEqual([]);
    expect(a.region.absent).toEqual([]);
  });

  it("makes no claim of a share among districts", () => {
    expect(a.summary.sentences.join("\n")).not.toContain("share of recorded crime");
  });
});

describe("a partnership of several districts: North Hampshire", () => {
  const H = "Hampshire Constabulary";
  // 2023/24 a month: Basingstoke and Deane 3, Hart 1, Rushmoor 2 (North Hampshire 6 = 72 a year), Portsmouth 5 (60),
  // Southampton 7 (84), Winchester 2 (24): 240. In 2022/23 Basingstoke has 2 a month, so North Hampshire 60 of 228.
  const tuples = (withHart = true): Tuple[] => [
    ...monthly("Basingstoke and Deane", H, 2, BEFORE),
    ...monthly("Basingstoke and Deane", H, 3),
    ...(withHart ? [...monthly("Hart", H, 1, BEFORE), ...monthly("Hart", H, 1)] : []),
    ...monthly("Rushmoor", H, 2, BEFORE),
    ...monthly("Rushmoor", H, 2),
    ...[BEFORE, YEAR].flatMap((year) => [
      ...monthly("Portsmouth", H, 5, year),
      ...monthly("Southampton", H, 7, year),
      ...monthly("Winchester", H, 2, year),
    ]),
  ];
  const population = {
    year: "Census 2021",
    byDistrict: { "Basingstoke and Deane": 180000, Hart: 100000, Rushmoor: 100000, Portsmouth: 200000 },
  };
  const a = run(tuples(), "North Hampshire", { population });
  const crime = a.trends.find((t) => t.category === "All crime")!;

  it("is assessed as one area, the sum of its three districts: 60 then 72, +20%", () => {
    expect(a.area).toBe("North Hampshire");
    expect(crime.counts).toEqual([60, 72]);
    expect(crime.yearOnYear!.change).toBe(12);
    expect(crime.yearOnYear!.changePct).toBeCloseTo(20, 9);
    expect(
      a.measures.find((m) => m.area === "North Hampshire" && m.period === "2023/24" && m.measure === "count"),
    ).toMatchObject({ value: 72 });
  });

  it("is compared with Hampshire's partnerships: 72 of 240 = 30%, second of 4", () => {
    expect(a.region.units.map((u) => u.name)).toEqual(["North Hampshire", "Portsmouth", "Southampton", "Winchester"]);
    expect(unitsWord(a.region)).toBe("partnerships");
    const share = a.share.find((s) => s.category === "All crime")!;
    expect(share.sharePct).toBeCloseTo(30, 9);
    expect(share.previousSharePct).toBeCloseTo((60 / 228) * 100, 9);
    expect([share.rank, share.of]).toEqual([2, 4]);
    expect(a.findings.map((f) => f.text)).toContain(
      "North Hampshire had 30.0% of all recorded crime in Hampshire Constabulary in 2023/24, the second highest share of the 4 partnerships, +3.7 pp on 2022/23.",
    );
  });

  it("takes its population as the sum of its districts': 72 / 380,000 x 1,000", () => {
    const row = a.districts.find((d) => d.isArea)!;
    expect(row.population).toBe(380000);
    expect(row.ratePer1000).toBeCloseTo((72 / 380000) * 1000, 9);
  });

  it("says partnerships on the share sheet", () => {
    const table = tables(buildReportPlan(a)).find((t) => t.name === "SA_ShareByDistrict")!;
    expect(table.columns[0].header).toBe("Partnership");
    expect(table.caption).toContain("All crime by partnership in Hampshire Constabulary");
  });

  it("names Hampshire's districts with no rows, for page 1", () => {
    const present = ["Basingstoke and Deane", "Hart", "Rushmoor", "Portsmouth", "Southampton", "Winchester"];
    const others = lookupRows
      .filter((r) => r.PFA24NM === "Hampshire" && !present.includes(r.LAD24NM as string))
      .map((r) => r.LAD24NM);
    expect([...a.region.absent].sort()).toEqual(others.sort());
    expect(a.summary.warnings.some((w) => w.includes("shares and ranks are of the 4 partnerships present"))).toBe(true);
  });

  it("is offered as an area beside the districts", () => {
    expect(areaChoices(readOf(tuples()))).toContain("North Hampshire");
  });

  it("says on page 1 when one of its districts has no rows", () => {
    const b = run(tuples(false), "North Hampshire");
    expect(b.trends.find((t) => t.category === "All crime")!.counts).toEqual([48, 60]);
    expect(b.summary.warnings).toContain(
      "Hart (part of North Hampshire) has no rows in the data: North Hampshire's figures are for Basingstoke and Deane and Rushmoor only.",
    );
  });

  it("as one district, Hart is compared with districts, and told of its partnership", () => {
    const hart = run(tuples(), "Hart");
    expect(hart.region.units.length).toBe(6);
    expect(unitsWord(hart.region)).toBe("districts");
    expect(hart.quality.notes.join("\n")).toContain('name "North Hampshire" as the area to assess the partnership');
  });
});

describe("a district split between partnerships: Bournemouth, Christchurch and Poole", () => {
  const D = "Dorset Police";
  const BCP = "Bournemouth, Christchurch and Poole";
  const tuples: Tuple[] = [...monthly(BCP, D, 6), ...monthly("Dorset", D, 4)];

  it("compares districts, and explains the split", () => {
    const a = run(tuples, "Dorset");
    expect(a.region.units.map((u) => u.name)).toEqual([BCP, "Dorset"]);
    expect(a.share[0].sharePct).toBeCloseTo(40, 9);
    expect(a.quality.notes).toContain(
      "Bournemouth, Christchurch and Poole is split between 3 partnerships in the ONS lookup (Bournemouth, Poole and Dorset); rows are counted by district, so districts are compared.",
    );
  });

  it("assesses the split district as the district", () => {
    const a = run(tuples, BCP);
    expect(a.area).toBe(BCP);
    expect(a.quality.notes.join("\n")).toContain("so the district is assessed and districts are compared");
  });

  it("refuses the Dorset partnership, which takes in part of BCP", () => {
    const error = thrown(() => run(tuples, "Dorset partnership"));
    expect(error.message).toContain("takes in part of Bournemouth, Christchurch and Poole");
  });
});

describe("a partnership named like one of its districts: North Devon", () => {
  const DC = "Devon & Cornwall Police";
  const tuples: Tuple[] = [
    ...monthly("North Devon", DC, 3),
    ...monthly("Torridge", DC, 2),
    ...monthly("Exeter", DC, 5),
  ];

  it("offers both, the partnership by name", () => {
    expect(areaChoices(readOf(tuples))).toEqual(["Exeter", "North Devon", "North Devon partnership", "Torridge"]);
  });

  it("assesses the district as named, and the partnership when asked", () => {
    expect(run(tuples, "North Devon").trends[0].lead).toBe(36);
    const partnership = run(tuples, "North Devon partnership");
    expect(partnership.area).toBe("North Devon");
    expect(partnership.trends[0].lead).toBe(60);
  });
});

describe("a force the lookup does not know", () => {
  const N = "Northshire Police";
  // Northby 120, Eastholme 60, Hambledown 1 (under 5% of the median, 60): the rule leaves Hambledown out.
  const tuples: Tuple[] = [
    ...monthly("Northby", N, 10),
    ...monthly("Eastholme", N, 5),
    ["2023-05", "Hambledown", N, "Burglary", 1],
  ];
  const a = run(tuples, "Northby");

  it("uses the old rule, and the note lists the force areas near its name", () => {
    expect(a.region.forceArea).toBeNull();
    expect(a.region.units.map((u) => u.name)).toEqual(["Northby", "Eastholme"]);
    expect(a.region.outOfArea).toEqual([{ district: "Hambledown", rows: 1 }]);
    expect(a.region.closeForceAreas.length).toBeGreaterThan(0);
    expect(a.quality.notes).toContain(
      `Northshire Police is not a police force area in the ONS Local Authority District to Community Safety Partnership to PFA (December 2024) lookup (the nearest it has: ${a.region.closeForceAreas.join(", ").replace(/, ([^,]*)$/, " and $1")}), so the region is judged from the data: the districts most of whose rows fall within Northshire Police, less any with fewer than 5% of the median district's rows.`,
    );
  });

  it("names the force meant by a typing error", () => {
    const typo = run([...monthly("Knowsley", "Merseyside Polise", 2)], "Knowsley");
    expect(typo.region.closeForceAreas[0]).toBe("Merseyside");
    expect(typo.quality.notes.join("\n")).toContain("Merseyside Polise is not a police force area");
  });
});

describe("a mapped table that names no force", () => {
  // Knowsley 2 a month, Liverpool 8; Hambledown (not in the lookup) 5 a month, judged in by the rule.
  const tuples: Tuple[] = [
    ...monthly("Knowsley", FORCE_NOT_STATED, 2),
    ...monthly("Liverpool", FORCE_NOT_STATED, 8),
    ...monthly("Hambledown", FORCE_NOT_STATED, 5),
  ];
  const a = run(tuples, "Knowsley");

  it("takes the force area of the area, and calls the region by it", () => {
    expect(a.region.forceArea).toBe("Merseyside");
    expect(a.region.force).toBe("Merseyside");
  });

  it("warns on page 1 of a district the lookup does not hold, counted in by the rule", () => {
    expect(a.region.units.map((u) => u.name)).toEqual(["Knowsley", "Liverpool", "Hambledown"]);
    expect(a.summary.warnings).toContain(
      "Hambledown is not in the ONS lookup but was counted in the region of Merseyside, judged from the data.",
    );
  });
});

it("a mapped table with no force, for districts the lookup does not hold, calls its region the data supplied", () => {
  const a = run([...monthly("Northam", FORCE_NOT_STATED, 2), ...monthly("Southam", FORCE_NOT_STATED, 6)], "Northam");
  expect(a.region.force).toBe("the data supplied");
  expect(a.findings.map((f) => f.text).join("\n")).not.toContain(FORCE_NOT_STATED);
  expect(a.findings.map((f) => f.text)).toContainEqual(
    expect.stringMatching(/^Northam had 25\.0% of all recorded crime in the data supplied /),
  );
});

it("an area in neither the data nor the lookup lists the districts and partnerships found", () => {
  const H = "Hampshire Constabulary";
  const error = thrown(() => run([...monthly("Hart", H, 1), ...monthly("Rushmoor", H, 1)], "Harts"));
  expect(error.advice).toContain("Districts found: Hart, Rushmoor. Partnerships of several of them: North Hampshire.");
  expect(error.advice).toContain('Did you mean "Hart"?');
});
