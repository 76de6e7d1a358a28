/** Monthly series (missing months left blank) and the seasonal profile. */
import { ALL_CRIME, ASB } from "../../engine/measures/counts";
import type { Assessment } from "../../engine/assessment/types";
import { SheetLayout } from "../layout";
import type { SheetPlan } from "../plan";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

export function monthlySheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("monthly", SHEET_NAMES.monthly, TAB_COLOURS.monthly);
  layout.text(`Monthly pattern: ${a.area}`, "title");
  layout
    .text(`${a.sourceDescription}. Compare a month with the same month last year, not the month before.`, "subtitle")
    .gap();
  const byMonth = layout.table({
    name: "SA_Monthly",
    caption: `All crime and ASB by month, ${a.area}. Source: ${a.sourceDescription}.`,
    note: "A blank month had no data published: it is missing, not zero.",
    columns: [
      { header: "Month", format: "text" },
      { header: ALL_CRIME, format: "integer" },
      { header: ASB, format: "integer" },
    ],
    rows: a.monthly.map((m) => [m.label, m.allCrime, m.asb]),
  });
  layout.chart({
    name: "SA_MonthlyChart",
    type: "line",
    title: `All crime and ASB by month, ${a.area}`,
    categories: byMonth.column(0),
    series: byMonth.series(1, 2),
    valueFormat: "integer",
  });
  const profile = layout.table({
    name: "SA_Seasonal",
    caption: `Seasonal profile, ${a.area}: 100 is an average month. Source: ${a.sourceDescription}.`,
    note: `Index = the month's average count / the average month x 100, over ${a.seasonalFrom.join(", ")}${a.seasonalFrom.some((l) => l.includes("(")) ? "" : " (complete years only, so a partial year does not carry the trend into the profile)"}.`,
    columns: [
      { header: "Month", format: "text" },
      { header: `${ALL_CRIME} index`, format: "integer" },
      { header: "ASB index", format: "integer" },
    ],
    rows: a.seasonal.map((s) => [s.month, s.allCrimeIndex, s.asbIndex]),
  });
  layout.chart({
    name: "SA_SeasonalChart",
    type: "columnClustered",
    title: "Seasonal profile (100 = an average month)",
    categories: profile.column(0),
    series: profile.series(1, 2),
    valueFormat: "integer",
  });
  return layout.build(`Monthly pattern: ${a.area}`);
}
