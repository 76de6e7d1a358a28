/**
 * The Comparisons sheet from the hand-worked group of peerFixture.ts: Ashby's
 * burglary rate 9.0 against a mean of 4.625 (limits 0.89 to 8.36), above its
 * group and ranked first of 8.
 */
import type { ChartPlan, ReportPlan, SheetPlan, TablePlan } from "../../src/report/plan";
import { buildReportPlan } from "../../src/report/buildReportPlan";
import { checkPlan } from "../../src/workbook/excel/checkPlan";
import { peerAssessment } from "../engine/assessment/peerFixture";
import { cellsIn, displayed, isShown, numbersIn, tables } from "./planQueries";

const plan = buildReportPlan(peerAssessment());
const sheet = plan.sheets.find((s) => s.key === "comparisons")!;
const table = (name: string) => sheet.blocks.find((b): b is TablePlan => b.kind === "table" && b.name === name)!;
const chart = (name: string) => sheet.blocks.find((b): b is ChartPlan => b.kind === "chart" && b.name === name)!;
const texts = (s: SheetPlan) => s.blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []));

describe("the Comparisons sheet", () => {
  it("comes after the Share sheet, and the plan can be written", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Trends",
      "Share of region",
      "Comparisons",
      "Monthly",
      "Data quality & method",
    ]);
    expect(() => checkPlan(plan)).not.toThrow();
  });

  it("names the group, the peer not in the data with its nearest match, and the members with no rate", () => {
    const lines = texts(sheet);
    expect(lines).toContain(
      "The group: Ashby and 9 peers listed (Brook, Carr, Dale, Eske, Fell, Glen, Holm, Isle, Jura).",
    );
    expect(lines).toContain("Peers listed but not in the data: Glenn (the nearest name in the data: Glen).");
    expect(lines.find((l) => l.startsWith("No rate"))).toContain(
      "Jura: no population: its population is 0 or blank in the population table",
    );
  });

  it("gives each category's rate, mean, limits, position, rank and limits used", () => {
    const summary = table("SA_PeerSummary");
    const burglary = summary.rows.find((r) => r[0] === "Burglary")!;
    expect(burglary[1]).toBeCloseTo(9, 12);
    expect(burglary[2]).toBeCloseTo(4.625, 12);
    expect(burglary[4]).toBeCloseTo(4.625 + 2 * Math.sqrt(24.375 / 7), 12);
    expect(burglary.slice(5, 9)).toEqual(["above", "highest of 8", "mean ± 2 SD", 90]);
    const shoplifting = summary.rows.find((r) => r[0] === "Shoplifting")!;
    // All eight have 1.2: ranked alphabetically, Ashby first, and said to be level.
    expect(shoplifting.slice(5, 8)).toEqual(["in line", "highest of 8, level with 7", "Poisson (expected 12.0)"]);
    // Above is bad for burglary (a fall is good): the position cell is filled red.
    const row = summary.rows.indexOf(burglary);
    expect(summary.highlights).toContainEqual({
      kind: "text",
      column: 5,
      fromRow: row,
      toRow: row,
      equals: "above",
      tone: "bad",
    });
  });

  it("charts All crime and Burglary (above its group), the bars highest first, the area's picked out", () => {
    const ranked = table("SA_PeerRates2");
    expect(ranked.caption).toBe("Burglary: the group's rates per 1,000 residents, 2024, highest first.");
    expect(ranked.rows.map((r) => r[0])).toEqual(["Ashby", "Glen", "Fell", "Dale", "Eske", "Holm", "Carr", "Brook"]);
    const peerChart = chart("SA_PeerChart2");
    expect(peerChart.type).toBe("columnClustered");
    expect(cellsIn(plan, peerChart.categories)).toEqual(ranked.rows.map((r) => r[0]));
    expect(cellsIn(plan, peerChart.series[0].values)).toEqual(ranked.rows.map((r) => r[1]));
    expect(peerChart.highlight).toEqual({ index: 0, colour: "C55A11" });
    expect(chart("SA_PeerChart").name).toBe("SA_PeerChart");
    expect(sheet.blocks.filter((b) => b.kind === "chart")).toHaveLength(2);
  });

  it("draws the mean solid and the limits dashed, each line the same value down its column", () => {
    const lines = chart("SA_PeerChart2").lines!;
    expect(lines.map((l) => [l.name, l.dashed ?? false])).toEqual([
      ["Group mean", false],
      ["Lower limit", true],
      ["Upper limit", true],
    ]);
    const values = lines.map((l) => new Set(cellsIn(plan, l.values)));
    expect(values.map((v) => v.size)).toEqual([1, 1, 1]);
    expect([...values[0]][0]).toBeCloseTo(4.625, 12);
  });

  it("states the position with its numbers in the alt text, each shown in the tables above it", () => {
    const alt = chart("SA_PeerChart2").altText!;
    expect(alt).toMatch(
      /^Burglary per 1,000 residents, 2024: Ashby 9\.0 is above its most similar group \(mean 4\.6; limits 0\.9 to 8\.4\), highest of 8\./,
    );
    const shownValues = displayed(tables(plan).filter((t) => ["SA_PeerRates2", "SA_PeerSummary"].includes(t.name)));
    for (const number of numbersIn(alt, ["1,000", "2024"])) {
      expect(isShown(number, shownValues)).toBe(true);
    }
  });

  it("says the data do not hold every area, so there are no force or England and Wales rates", () => {
    expect(texts(sheet).find((l) => l.startsWith("The data hold"))).toMatch(
      /the 314 partnerships of England and Wales/,
    );
    expect(sheet.blocks.some((b) => b.kind === "table" && b.name === "SA_ForceNation")).toBe(false);
  });

  it("is left out without peers or national data", () => {
    const none: ReportPlan = buildReportPlan(peerAssessment({ peers: undefined }));
    expect(none.sheets.map((s) => s.key)).not.toContain("comparisons");
  });
});

describe("priorities in the comparison", () => {
  const withPriority = peerAssessment({
    priorities: [{ name: "Break-ins", rules: [{ kind: "category", value: "Burglary" }], polarity: "lowerIsBetter" }],
  });
  const priorityPlan = buildReportPlan(withPriority);
  const comparisons = priorityPlan.sheets.find((s) => s.key === "comparisons")!;

  it("compares each priority with the group as a category: Break-ins is burglary, 9.0 against 4.625", () => {
    const breakIns = withPriority.peers!.measures.find((m) => m.category === "Break-ins")!;
    expect(breakIns.area.rate).toBeCloseTo(9, 12);
    expect(breakIns.mean).toBeCloseTo(4.625, 12);
    expect(breakIns.position).toBe("above");
  });

  it("charts All crime, then the priority, then the category above its group", () => {
    const captions = comparisons.blocks.flatMap((b) =>
      b.kind === "table" && b.name.startsWith("SA_PeerRates") ? [b.caption.split(":")[0]] : [],
    );
    expect(captions).toEqual(["All crime", "Break-ins", "Burglary"]);
    expect(() => checkPlan(priorityPlan)).not.toThrow();
  });
});
