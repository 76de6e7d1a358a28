/**
 * Theme pages and the Places sheet in the report plan, on a table with LSOAs, a
 * flag and two priorities (one with a name Excel refuses as a sheet name). The
 * expected figures are counted again here from the fixture's rows, by filtering.
 */
import { assess } from "../../src/engine/assessment/assess";
import { defaultSettings, type AssessmentSettings } from "../../src/engine/assessment/settings";
import type { ThemeFigures } from "../../src/engine/assessment/types";
import { buildReportPlan } from "../../src/report/buildReportPlan";
import { MAX_PRINT_WIDTH } from "../../src/report/layout";
import type { ChartPlan, SheetPlan, TablePlan, TextPlan } from "../../src/report/plan";
import { themeSheetNames } from "../../src/report/sheets/names";
import { readGrids, type Cell } from "../../src/engine/extracts";
import { checkPlan } from "../../src/workbook/excel/checkPlan";
import { describeRun } from "../../src/workbook/runResult";
import { months } from "../engine/tableOf";
import { placesRead, type PlaceTuple } from "../engine/placesFixture";
import { cellsIn, charts, displayed, isShown, numbersIn, tableAt, tables } from "./planQueries";

const DA = "Domestic abuse";
const ACQUISITIVE = "Acquisitive crime: burglary/vehicle [all]";
const MONTHS = months("2021-04", "2024-03");

/**
 * Ashby (the area), Brook and Carr; three complete financial years. Each month i:
 * Ashby has 1 + (7i mod 5) burglaries in LSOA A(i mod 4 + 1) and 2 in A5, one of
 * them flagged DA every third month, 1 or 2 shoplifting in A1, ASB 3 in A2 (9 in
 * July) and 1 in A3; Brook
 * has 4 vehicle crimes and 1 burglary; Carr 2 burglaries.
 */
const rows: PlaceTuple[] = MONTHS.flatMap((m, i): PlaceTuple[] => [
  [m, "Ashby", `A${(i % 4) + 1}`, "Burglary", 1 + ((7 * i) % 5)],
  [m, "Ashby", "A5", "Burglary", 1],
  [m, "Ashby", "A5", "Burglary", 1, i % 3 === 0 ? [DA] : []],
  [m, "Ashby", "A1", "Shoplifting", 1 + (i % 2)],
  [m, "Ashby", "A2", "Anti-social behaviour", m.endsWith("-07") ? 9 : 3],
  [m, "Ashby", "A3", "Anti-social behaviour", 1],
  [m, "Brook", "B1", "Vehicle crime", 4],
  [m, "Brook", "B2", "Burglary", 1],
  [m, "Carr", "C1", "Burglary", 2],
]);

const settings: AssessmentSettings = {
  ...defaultSettings("Ashby"),
  population: { year: "Census 2021", byDistrict: { Ashby: 10000, Brook: 8000, Carr: 5000 } },
  priorities: [
    { name: DA, rules: [{ kind: "flag", value: DA }], polarity: "higherIsBetter" },
    {
      name: ACQUISITIVE,
      rules: [
        { kind: "category", value: "Burglary" },
        { kind: "category", value: "Vehicle crime" },
      ],
      polarity: "lowerIsBetter",
    },
  ],
  targets: [
    {
      category: DA,
      baselineYear: "2021/22",
      targetYear: "2024/25",
      changePct: 10,
      method: "linear",
      tolerancePct: 5,
      polarity: "higherIsBetter",
    },
  ],
};

const a = assess(placesRead(rows, [DA]), settings);
const plan = buildReportPlan(a);

function sheetOf(theme: ThemeFigures): SheetPlan {
  return plan.sheets.find((s) => s.key === theme.key)!;
}
const tablesOn = (sheet: SheetPlan) => sheet.blocks.filter((b): b is TablePlan => b.kind === "table");
const chartsOn = (sheet: SheetPlan) => sheet.blocks.filter((b): b is ChartPlan => b.kind === "chart");
const textsOn = (sheet: SheetPlan) => sheet.blocks.filter((b): b is TextPlan => b.kind === "text");

/** A second computation: Ashby's rows in some months that a test picks, summed. */
function ashby(pick: (r: PlaceTuple) => boolean, from: string, to: string): number {
  return rows
    .filter((r) => r[1] === "Ashby" && r[0] >= from && r[0] <= to && pick(r))
    .reduce((sum, r) => sum + (r[4] ?? 1), 0);
}
const isDa = (r: PlaceTuple) => (r[5] ?? []).includes(DA);
const isAsb = (r: PlaceTuple) => r[3] === "Anti-social behaviour";

describe("theme pages", () => {
  it("come after the overview sheets, one for ASB and one per priority, with valid unique names", () => {
    expect(a.themes.map((t) => [t.key, t.category])).toEqual([
      ["themeAsb", "Anti-social behaviour"],
      ["theme1", DA],
      ["theme2", ACQUISITIVE],
    ]);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Trends",
      "Share of region",
      "Monthly",
      "Priorities",
      "Places",
      "ASB",
      "Domestic abuse",
      "Acquisitive crime",
      "Targets",
      "Data quality & method",
    ]);
    expect(() => checkPlan(plan)).not.toThrow();
  });

  it("each hold their blocks: headline, complete years, months, share, places and the box", () => {
    for (const theme of a.themes) {
      const sheet = sheetOf(theme);
      const headings = textsOn(sheet)
        .filter((t) => t.style === "heading")
        .map((t) => t.text);
      expect(headings).toEqual(
        expect.arrayContaining([
          "Headline figures",
          "By complete financial year",
          "Month by month",
          "Share of Testshire Police",
          "Where it happens",
          "What this data cannot show",
        ]),
      );
      expect(textsOn(sheet)[0]).toMatchObject({ style: "title", text: `${theme.category}: Ashby` });
      expect(chartsOn(sheet).map((c) => c.type)).toEqual([
        "columnClustered",
        "line",
        "columnClustered",
        "barClustered",
      ]);
      // The box, straight after the headline: every limit the engine chose, as a line under its heading.
      expect(headings.indexOf("What this data cannot show")).toBe(headings.indexOf("Headline figures") + 1);
      for (const limit of theme.limits) expect(textsOn(sheet).map((t) => t.text)).toContain(`• ${limit}`);
    }
  });

  it("show the headline figures of the theme: count, rate, share, position and the change in words", () => {
    const sheet = sheetOf(a.themes[1]);
    const headline = tablesOn(sheet)[0];
    // DA: flagged every third month, 4 a year; 2023/24 against 2022/23, whole years.
    const lead = ashby(isDa, "2023-04", "2024-03");
    expect(lead).toBe(4);
    expect(headline.columns.map((c) => c.header)).toEqual([
      "Measure",
      "2022/23",
      "2023/24",
      "Per 1,000 residents",
      "Share of force",
      "Position in force",
      "What changed",
    ]);
    expect(headline.rows).toEqual([[DA, 4, 4, 0.4, 1, "highest of 3", "unchanged"]]);
  });

  it("chart each complete year and each month beside the same month a year earlier, with the seasonal index", () => {
    const sheet = sheetOf(a.themes[0]);
    const [yearChart, monthChart, seasonChart] = chartsOn(sheet);
    expect(cellsIn(plan, yearChart.categories)).toEqual(["2021/22", "2022/23", "2023/24"]);
    const asbYears = ["2021", "2022", "2023"].map((y) => ashby(isAsb, `${y}-04`, `${Number(y) + 1}-03`));
    expect(cellsIn(plan, yearChart.series[0].values)).toEqual(asbYears);
    expect(asbYears).toEqual([54, 54, 54]); // 11 x 4 + 10, each year
    // Months down (April first), a line a year: July holds 9 + 1 each year.
    expect(cellsIn(plan, monthChart.categories)[0]).toBe("Apr");
    expect(monthChart.series.map((s) => s.name)).toEqual(["2021/22", "2022/23", "2023/24"]);
    expect(cellsIn(plan, monthChart.series[2].values)).toEqual([4, 4, 4, 10, 4, 4, 4, 4, 4, 4, 4, 4]);
    // Seasonal index: July's 10 against an average month of 54 / 12 = 4.5: 222; the others 4 / 4.5 x 100 = 89.
    const index = cellsIn(plan, seasonChart.series[0].values) as number[];
    expect(index[3]).toBeCloseTo((10 / 4.5) * 100, 9);
    expect(index[0]).toBeCloseTo((4 / 4.5) * 100, 9);
    expect(seasonChart.altText).toContain("highest in Jul (index 222)");
  });

  it("show the share of region by district, largest first, the area's bar picked out", () => {
    const theme = a.themes[2];
    const shareChart = chartsOn(sheetOf(theme))[3];
    const names = cellsIn(plan, shareChart.categories);
    expect(names[shareChart.highlight!.index]).toBe("Ashby");
    const shares = cellsIn(plan, shareChart.series[0].values) as number[];
    expect(shares).toEqual([...shares].sort((x, y) => y - x));
    // Acquisitive crime in 2023/24: Ashby's burglaries, Brook's 4 + 1 a month, Carr's 2 a month.
    const area = ashby((r) => r[3] === "Burglary", "2023-04", "2024-03");
    const total = area + 12 * 5 + 12 * 2;
    expect(shares[names.indexOf("Ashby")]).toBeCloseTo(area / total, 12);
  });

  it("show the theme's target and its top places, as the engine worked them out", () => {
    const sheet = sheetOf(a.themes[1]);
    const target = tablesOn(sheet).find((t) => t.name === "SA_Theme1_Targets")!;
    const result = a.targets[0];
    expect(target.rows).toEqual([
      [
        "Increase by 10% by 2024/25 (linear)",
        "2021/22",
        result.baseline,
        result.latest!.period,
        result.latest!.milestone,
        result.latest!.actual,
        result.latest!.status,
      ],
    ]);
    const places = tablesOn(sheet).find((t) => t.name === "SA_Theme1_Places")!;
    // All DA rows are in A5: one LSOA holds the lot.
    expect(places.rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([[1, "Ashby 005A", "A5", 4]]);
    expect(textsOn(sheet).map((t) => t.text)).toContain(
      "100.0% of domestic abuse in 2023/24 happened in 20.0% of Ashby's 5 LSOAs (the 1 with the most).",
    );
  });

  it("carry each priority's finding, which the hosts trace to its page", () => {
    const finding = a.findings.find((f) => f.text.startsWith("Reports of acquisitive crime"))!;
    expect(finding.sheetKey).toBe("theme2");
    const sheet = sheetOf(a.themes[2]);
    expect(textsOn(sheet).map((t) => t.text)).toContain(`• ${finding.text}`);
    const run = describeRun(a, [], (key) => plan.sheets.find((s) => s.key === key)?.name ?? "Summary");
    expect(run.findings.find((f) => f.text === finding.text)?.sheetName).toBe("Acquisitive crime");
    // Page 1 keeps its 3 to 6 sentences.
    expect(a.summary.sentences.length).toBeLessThanOrEqual(6);
  });

  it("say what the data cannot show, from the sources and the rules", () => {
    const [asb, da, acquisitive] = a.themes.map((t) => t.limits.join(" "));
    expect(asb).toContain("police.uk holds only the ASB incidents reported to the police");
    expect(da).toContain("Flags depend on how consistently officers set them");
    expect(da).toContain("the data cannot tell more reporting from more domestic abuse");
    expect(acquisitive).toContain("It is built from police.uk's broad crime types (Burglary, Vehicle crime)");
    expect(acquisitive).toContain("police.uk does not mark domestic abuse or hate crime");
  });
});

describe("the Places sheet", () => {
  const sheet = plan.sheets.find((s) => s.key === "places")!;

  it("lists all crime's top places, the concentration of every measure and the repeat places", () => {
    const names = tablesOn(sheet).map((t) => t.name);
    expect(names).toEqual(["SA_PlacesTop", "SA_Concentration", "SA_Pareto", "SA_RepeatPlaces"]);
    const concentration = tablesOn(sheet)[1];
    // ASB and the priorities named as their pages are: the long name cut as its tab is.
    expect(concentration.rows.map((r) => r[0])).toEqual(["All crime", "ASB", DA, "Acquisitive crime"]);
    // All crime's located count in 2023/24, counted from the rows.
    expect(concentration.rows[0][1]).toBe(ashby((r) => !isAsb(r), "2023-04", "2024-03"));
  });

  it("draws the Pareto curves against an even spread, ASB on its own chart, with the concentration in words", () => {
    const [crime, asb] = chartsOn(sheet);
    expect(crime.series.map((s) => s.name)).toEqual(["All crime", DA, "Acquisitive crime", "Even spread"]);
    expect(asb.series.map((s) => s.name)).toEqual(["ASB", "Even spread"]);
    // On the whole scale, 0 to 100% (stored as fractions).
    expect([crime.valueAxisMin, crime.valueAxisMax]).toEqual([0, 1]);
    expect(cellsIn(plan, crime.categories)).toEqual([
      "0%",
      "10%",
      "20%",
      "30%",
      "40%",
      "50%",
      "60%",
      "70%",
      "80%",
      "90%",
      "100%",
    ]);
    const curve = cellsIn(plan, crime.series[0].values) as number[];
    expect(curve[0]).toBe(0);
    expect(curve[10]).toBeCloseTo(1, 12);
    const c = a.places!.measures[0].concentration!;
    expect(crime.altText).toContain(`happened in ${c.placesPct.toFixed(1)}% of the LSOAs (${c.places} of 5)`);
    expect(crime.type).toBe("line");
    expect(crime.valueAxisMin).toBe(0);
  });
});

describe("every sheet of this plan", () => {
  it("gives each chart alt text with a number its table shows", () => {
    for (const chart of charts(plan)) {
      const values = displayed([tableAt(plan, chart.series[0].values)!]);
      const numbers = numbersIn(chart.altText!, []).filter((n) => !/^\d{4}$/.test(n));
      expect(numbers.some((n) => isShown(n, values))).toBe(true);
    }
  });

  it("fits 80% print scale, keeps headings with what follows, and repeats no table", () => {
    for (const s of plan.sheets) {
      expect(s.columnWidths.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(MAX_PRINT_WIDTH);
      for (const heading of textsOn(s).filter((t) => t.style === "heading")) {
        expect(s.keepTogether!.some((k) => k.fromRow === heading.at.row && k.toRow > heading.at.row)).toBe(true);
      }
    }
    const bodies = tables(plan).map((t) => JSON.stringify(t.rows));
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it("shows every number of every finding in a table", () => {
    const values = displayed(tables(plan));
    const labels = [...a.periodLabels, a.lead.label, a.comparison!.previous.label];
    for (const finding of a.findings) {
      for (const n of numbersIn(finding.text, labels)) {
        if (!isShown(n, values)) throw new Error(`"${n}" in "${finding.text}" is in no table`);
      }
    }
  });
});

describe("theme sheet names", () => {
  const fixed = ["Summary", "Trends", "Share of region", "Monthly", "Places", "Targets", "Data quality & method"];
  const names = (...categories: string[]) =>
    themeSheetNames(
      categories.map((category, i) => ({ key: `theme${i + 1}`, category })),
      fixed,
    );

  it("drop what Excel refuses, cut long names at a word, and stay unique regardless of case", () => {
    expect(names("Drugs/alcohol: county lines")).toEqual(["Drugs-alcohol county lines"]);
    expect(names("'Quoted'", "Violence against women and girls in public places")).toEqual([
      "Quoted",
      "Violence against women and",
    ]);
    expect(names("summary", "History", "Hate crime", "HATE CRIME")).toEqual([
      "summary (2)",
      "History (2)",
      "Hate crime",
      "HATE CRIME (2)",
    ]);
    expect(names("[]", "?")).toEqual(["Priority 1", "Priority 2"]);
    for (const name of names("A".repeat(40), "A".repeat(40))) expect(name.length).toBeLessThanOrEqual(31);
  });

  it("name ASB's page ASB", () => {
    expect(themeSheetNames([{ key: "themeAsb", category: "Anti-social behaviour" }], fixed)).toEqual(["ASB"]);
  });
});

describe("a mapped force extract with a flag and no LSOA column", () => {
  // Two districts, one theft a month each for two years; North (the area) has DA-flagged assaults in June.
  const rows: Cell[][] = [["Month", "Ward", "Offence", "DA"]];
  for (const month of months("2023-04", "2025-03"))
    rows.push([month, "North", "Theft", ""], [month, "South", "Theft", ""]);
  rows.push(
    ["2023-06", "North", "Assault", "Y"],
    ["2024-06", "North", "Assault", "Y"],
    ["2024-06", "North", "Assault", "Y"],
  );
  const read = readGrids(
    [{ name: "force.csv", kind: "file", rows }],
    { "force.csv": { date: "Month", area: "Ward", category: "Offence", flags: { [DA]: "DA" } } },
    { asOf: new Date(2026, 0, 1) },
  );
  const mapped = assess(read, {
    ...defaultSettings("North"),
    priorities: [{ name: DA, rules: [{ kind: "flag", value: DA }], polarity: "higherIsBetter" }],
  });
  const mappedPlan = buildReportPlan(mapped);

  it("has a page for the priority but no Places sheet, and says why there are no places", () => {
    expect(mappedPlan.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Trends",
      "Share of region",
      "Monthly",
      "Priorities",
      "Domestic abuse",
      "Data quality & method",
    ]);
    expect(mapped.themes[0].limits).toEqual([
      "These are reports the police recorded. A rise is read as good here (more confidence to report), but the data cannot tell more reporting from more domestic abuse.",
      "Flags depend on how consistently officers set them: a change in flagging moves this count as much as a change in domestic abuse.",
      "The data has no LSOA for the area's rows, so the places where it happens cannot be shown: map an LSOA column to see them.",
    ]);
    const page = mappedPlan.sheets.find((s) => s.key === "theme1")!;
    expect(textsOn(page).some((t) => t.text === "Where it happens")).toBe(false);
    expect(() => checkPlan(mappedPlan)).not.toThrow();
  });
});
