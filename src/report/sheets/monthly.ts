/**
 * Monthly series (months not supplied left blank) and the seasonal profile: an
 * index only from two or more complete years; with one, that year's monthly
 * counts speak for themselves and a note says why there is no index.
 */
import { formatCount } from "../../engine/assessment/format";
import type { Assessment, MonthlyRow } from "../../engine/assessment/types";
import { ALL_CRIME, ASB } from "../../engine/measures/counts";
import { SheetLayout, type ChartInput, type PlacedTable } from "../layout";
import type { SheetPlan } from "../plan";
import { findingsFor } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

export function monthlySheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("monthly", SHEET_NAMES.monthly, TAB_COLOURS.monthly);
  layout.text(`Monthly pattern: ${a.area}`, "title");
  layout.text(`${a.sourceDescription}. Compare a month with the same month a year earlier.`, "subtitle").gap();
  const findings = findingsFor(a, "monthly");
  if (findings.length) {
    layout.heading("Findings");
    for (const text of findings) layout.text(`• ${text}`, "finding", true);
    layout.gap();
  }
  const byMonth = layout.table({
    name: "SA_Monthly",
    caption: `All crime and ASB by month, ${a.area}.`,
    note: "A blank month is not in the files supplied: it is missing, not zero.",
    columns: [
      { header: "Month", format: "text" },
      { header: ALL_CRIME, format: "integer" },
      { header: ASB, format: "integer" },
    ],
    rows: a.monthly.map((m) => [m.label, m.allCrime, m.asb]),
  });
  layout.charts([monthChart(a, byMonth, 1, "allCrime"), monthChart(a, byMonth, 2, "asb")]);
  seasonalProfile(layout, a);
  return layout.build(`Monthly pattern: ${a.area}`);
}

/** One measure by month, on its own chart: ASB is a fraction of crime and would be flattened beside it. */
function monthChart(a: Assessment, table: PlacedTable, column: number, key: "allCrime" | "asb"): ChartInput {
  const name = key === "asb" ? ASB : ALL_CRIME;
  const present = a.monthly.filter((m): m is MonthlyRow & Record<typeof key, number> => m[key] !== null);
  const high = present.reduce<MonthlyRow | null>((best, m) => (best === null || m[key]! > best[key]! ? m : best), null);
  const low = present.reduce<MonthlyRow | null>((best, m) => (best === null || m[key]! < best[key]! ? m : best), null);
  const range =
    high && low
      ? `: highest ${formatCount(high[key]!)} (${high.label}), lowest ${formatCount(low[key]!)} (${low.label})`
      : "";
  const gaps = a.quality.missingMonths.length ? "; gaps are months not in the files supplied" : "";
  return {
    name: key === "asb" ? "SA_MonthlyAsbChart" : "SA_MonthlyChart",
    type: "line",
    title: `${name} by month, ${a.area}`,
    categories: table.column(0),
    series: table.series(column),
    valueFormat: "integer",
    legend: false,
    yAxisTitle: key === "asb" ? "Incidents" : "Crimes",
    xAxisTitle: "Month",
    altText: `${name} in ${a.area} by month${range}${gaps}.`,
  };
}

function seasonalProfile(layout: SheetLayout, a: Assessment): void {
  if (a.seasonal.length === 0) {
    const one = a.highestMonths.length
      ? ` The files supplied hold one complete year (${a.highestMonths[0].period}).`
      : "";
    layout.text(
      `No seasonal index is given: one year's peak may be chance, so it needs two complete years.${one} The monthly counts above show the pattern so far.`,
      "note",
    );
    return;
  }
  const profile = layout.table({
    name: "SA_Seasonal",
    caption: `Seasonal profile, ${a.area}: 100 is an average month.`,
    note: `Index = the month's average count / the average month x 100, over the complete years ${a.seasonalFrom.join(" and ")}.`,
    columns: [
      { header: "Month", format: "text" },
      { header: `${ALL_CRIME} index`, format: "integer" },
      { header: "ASB index", format: "integer" },
    ],
    rows: a.seasonal.map((s) => [s.month, s.allCrimeIndex, s.asbIndex]),
  });
  const asb = a.seasonal.map((s) => s.asbIndex);
  const peak = asb.reduce<number>((best, v, i) => (v !== null && (asb[best] === null || v > asb[best]!) ? i : best), 0);
  layout.chart({
    name: "SA_SeasonalChart",
    type: "columnClustered",
    title: `Seasonal profile, ${a.area} (100 = an average month)`,
    categories: profile.column(0),
    series: profile.series(1, 2),
    valueFormat: "integer",
    yAxisTitle: "Index (100 = an average month)",
    xAxisTitle: "Month",
    altText: `Seasonal profile of all crime and ASB in ${a.area} over ${a.seasonalFrom.join(" and ")}: ASB is highest in ${a.seasonal[peak].month} (index ${Math.round(asb[peak] ?? 0)}).`,
  });
}
