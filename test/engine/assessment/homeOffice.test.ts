/**
 * Home Office police recorded crime by CSP: quarterly counts. Hand-worked:
 * Ashby, Violence against the person, 10 a quarter in 2022/23, then 12 and 6 in
 * Q1-Q2 2023/24: Apr–Sep 2023 18 against Apr–Sep 2022 20, -10%. 2022/23 is the
 * latest complete year, so it gives the headline count and share: Ashby 40 of 160.
 */
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings } from "../../../src/engine/assessment/settings";
import { readGrids } from "../../../src/engine/extracts";
import { buildReportPlan } from "../../../src/report/buildReportPlan";

const header = [
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
const row = (year: string, q: number, csp: string, count: number) => [
  year,
  q,
  "Testshire",
  csp,
  "Assault",
  "Violence against the person",
  "Violence without injury",
  "8N",
  count,
];
const rows = [
  header,
  ...[1, 2, 3, 4].map((q) => row("2022/23", q, "Ashby", 10)),
  ...[1, 2, 3, 4].map((q) => row("2022/23", q, "Brook", 30)),
  row("2023/24", 1, "Ashby", 12),
  row("2023/24", 2, "Ashby", 6),
  row("2023/24", 1, "Brook", 30),
  row("2023/24", 2, "Brook", 30),
  row("2023/24", 1, "Unassigned Testshire", 40),
];
const a = assess(readGrids([{ name: "Table 2023-24", kind: "sheet", rows }]), defaultSettings("Ashby"));

describe("Home Office quarterly tables", () => {
  it("compares whole quarters like-for-like", () => {
    expect(a.comparison!.label).toBe("Apr–Sep 2023 against Apr–Sep 2022");
    const crime = a.trends.find((t) => t.category === "All crime")!;
    expect([crime.yearOnYear!.previous, crime.yearOnYear!.current]).toEqual([20, 18]);
    expect(crime.yearOnYear!.changePct).toBeCloseTo(-10, 9);
  });

  it("does not read the quarters' second and third months as missing", () => {
    expect(a.quality.missingMonths).toEqual([]);
    expect(a.quality.notes.some((n) => n.includes("quarterly"))).toBe(true);
  });

  it("leads with 2022/23, the complete year: 40 of 160; the change in share is on the same quarters", () => {
    expect(a.lead.label).toBe("2022/23");
    expect(a.share[0].sharePct).toBeCloseTo((40 / 160) * 100, 9);
    // Apr–Sep: 18 of 78 against 20 of 80, Unassigned left out.
    expect(a.share[0].windowSharePct).toBeCloseTo((18 / 78) * 100, 9);
    expect(a.share[0].previousSharePct).toBeCloseTo((20 / 80) * 100, 9);
    expect(a.region.outOfArea).toEqual([{ district: "Unassigned Testshire", rows: 40 }]);
  });

  it("counts Unassigned in the region total when the user chooses: 18 of 118 in Apr–Sep 2023", () => {
    const wide = assess(readGrids([{ name: "Table 2023-24", kind: "sheet", rows }]), {
      ...defaultSettings("Ashby"),
      region: { includeOutOfArea: true },
    });
    expect(wide.share[0].windowSharePct).toBeCloseTo((18 / 118) * 100, 9);
  });

  it("leaves out the monthly sheet: there is no monthly series", () => {
    expect(buildReportPlan(a).sheets.map((s) => s.key)).not.toContain("monthly");
  });
});
