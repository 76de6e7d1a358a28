/** Trends: counts by year for every category, change and significance, with charts. */
import { ALL_CRIME, ASB } from "../../engine/measures/counts";
import type { Assessment } from "../../engine/assessment/types";
import { polarityHighlights, polarityLabel } from "../highlights";
import { SheetLayout } from "../layout";
import type { CellValue, ColumnPlan, SheetPlan } from "../plan";
import type { MonthlyTrend } from "../../engine/measures/trend";
import { changePctCell, pctCell, significanceCell } from "../values";
import { basisDescription } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

export function trendsSheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("trends", SHEET_NAMES.trends, TAB_COLOURS.trends);
  layout.text(`Recorded crime and anti-social behaviour by year: ${a.area}`, "title");
  layout.text(`${a.sourceDescription}. ${basisDescription(a)}.`, "subtitle").gap();
  trendTable(layout, a);
  seriesChart(layout, a);
  typeComparison(layout, a);
  return layout.build(`Trends: ${a.area}`, 0);
}

function trendTable(layout: SheetLayout, a: Assessment): void {
  const c = a.comparison;
  const three = a.threeYear;
  const hasTrend = a.trends.some((t) => t.trend !== null);
  const columns: ColumnPlan[] = [
    { header: "Category", format: "text" },
    ...a.periodLabels.map((label): ColumnPlan => ({ header: label, format: "integer" })),
    ...comparedColumns(a).map((label): ColumnPlan => ({ header: label, format: "integer" })),
    { header: "Change", format: "signedInteger" },
    { header: "Change %", format: "signedPercent1" },
    { header: "Significance", format: "text" },
    ...(three ? [{ header: "3-year change %", format: "signedPercent1" } as ColumnPlan] : []),
    ...(hasTrend ? TREND_COLUMNS : []),
    { header: "Polarity", format: "text" },
  ];
  const rows: CellValue[][] = a.trends.map((t) => [
    t.category,
    ...t.counts,
    ...(comparedColumns(a).length ? [t.yearOnYear?.previous ?? null, t.yearOnYear?.current ?? null] : []),
    t.yearOnYear?.change ?? null,
    changePctCell(t.yearOnYear),
    significanceCell(t.yearOnYear),
    ...(three ? [changePctCell(t.threeYear)] : []),
    ...(hasTrend ? [pctCell(t.trend?.pctPerYear ?? null), trendLabel(t.trend)] : []),
    polarityLabel(t.polarity),
  ]);
  const changeCol = 1 + a.periodLabels.length + comparedColumns(a).length;
  const polarities = a.trends.map((t) => t.polarity);
  const comparedNote = c
    ? `Change compares ${c.current.label} with ${c.previous.label}${three ? `; 3-year change compares ${three.current.label} with ${three.previous.label}` : ""}.`
    : "Only one period is in the data, so there is no change to show.";
  layout.table({
    name: "SA_Trends",
    caption: `Counts by year for ${a.area}, with change and its significance. Source: ${a.sourceDescription}.`,
    note: `${comparedNote} A period shown with months in brackets is partial. "new" means none in the earlier period. All crime excludes ASB.${hasTrend ? " Trend: the change a year across all months present, with the seasons allowed for (least squares with a term for each calendar month); rising or falling when it is at least twice its standard error." : ""}`,
    columns,
    rows,
    highlights: [
      ...polarityHighlights(polarities, changeCol),
      ...polarityHighlights(polarities, changeCol + 1),
      ...(three ? polarityHighlights(polarities, changeCol + 3) : []),
    ],
  });
}

const TREND_COLUMNS: ColumnPlan[] = [
  { header: "Trend % a year", format: "signedPercent1" },
  { header: "Trend", format: "text" },
];

function trendLabel(trend: MonthlyTrend | null): CellValue {
  if (!trend) return null;
  return trend.direction.charAt(0).toUpperCase() + trend.direction.slice(1);
}

/**
 * When the latest period is compared like-for-like, the compared counts differ
 * from the period totals: show both sides so the change can be checked by eye.
 */
function comparedColumns(a: Assessment): string[] {
  const c = a.comparison;
  if (!c || !c.likeForLike) return [];
  const shown = new Set(a.periodLabels);
  if (shown.has(c.previous.label) && shown.has(c.current.label)) return [];
  return [`Compared: ${c.previous.label}`, `Compared: ${c.current.label}`];
}

/** All crime and ASB by year, as rows, for a line chart. */
function seriesChart(layout: SheetLayout, a: Assessment): void {
  const crime = a.trends.find((t) => t.category === ALL_CRIME)!;
  const asb = a.trends.find((t) => t.category === ASB);
  const table = layout.table({
    name: "SA_YearSeries",
    caption: `All crime and ASB by year, ${a.area}. Source: ${a.sourceDescription}.`,
    note: "Partial years hold fewer months: read them with their months in brackets.",
    columns: [
      { header: "Period", format: "text" },
      { header: ALL_CRIME, format: "integer" },
      { header: ASB, format: "integer" },
    ],
    rows: a.periodLabels.map((label, i) => [label, crime.counts[i], asb?.counts[i] ?? null]),
  });
  layout.chart({
    name: "SA_YearChart",
    type: "line",
    title: `All crime and ASB by year, ${a.area}`,
    categories: table.column(0),
    series: table.series(1, 2),
    valueFormat: "integer",
    yAxisTitle: "Count",
  });
}

/** Each crime type, previous against current, for a clustered column chart. */
function typeComparison(layout: SheetLayout, a: Assessment): void {
  const c = a.comparison;
  if (!c) return;
  const types = a.trends.filter((t) => t.category !== ALL_CRIME && t.category !== ASB && t.yearOnYear);
  const table = layout.table({
    name: "SA_TypeCompare",
    caption: `Crime by type, ${c.current.label} against ${c.previous.label}, ${a.area}. Source: ${a.sourceDescription}.`,
    columns: [
      { header: "Crime type", format: "text" },
      { header: c.previous.label, format: "integer" },
      { header: c.current.label, format: "integer" },
    ],
    rows: types.map((t) => [t.category, t.yearOnYear!.previous, t.yearOnYear!.current]),
  });
  layout.chart({
    name: "SA_TypeChart",
    type: "columnClustered",
    title: `Crime by type: ${c.previous.label} and ${c.current.label}`,
    categories: table.column(0),
    series: table.series(1, 2),
    valueFormat: "integer",
  });
}
