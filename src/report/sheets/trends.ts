/**
 * Trends: counts by complete year for every category, the like-for-like change
 * beside them, and charts. A yearly series holds complete periods only: a partial
 * year between two complete ones is a blank column headed partial, never a count
 * of fewer months beside full years, and the yearly charts leave it out.
 */
import { formatCount } from "../../engine/assessment/format";
import type { Assessment, TrendRow } from "../../engine/assessment/types";
import { basisName } from "../../engine/measures/basis";
import { ALL_CRIME, ASB } from "../../engine/measures/counts";
import { isComplete, type Period } from "../../engine/measures/periods";
import type { MonthlyTrend } from "../../engine/measures/trend";
import { polarityNote, significantSignHighlights, significantTextHighlights, type ChangeRow } from "../highlights";
import { SheetLayout, type ChartInput, type PlacedTable } from "../layout";
import type { CellValue, ColumnPlan, SheetPlan } from "../plan";
import { changePctCell, changeWordsCell, pctCell } from "../values";
import { basisDescription, findingsFor, windowHeader } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

export function trendsSheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("trends", SHEET_NAMES.trends, TAB_COLOURS.trends);
  layout.text(`Crime and anti-social behaviour by year: ${a.area}`, "title");
  layout.text(`${a.sourceDescription}. ${basisDescription(a)}.`, "subtitle").gap();
  const findings = findingsFor(a, "trends");
  if (findings.length) {
    layout.heading("Findings");
    for (const text of findings) layout.text(`• ${text}`, "finding", true);
    layout.gap();
  }
  const rows = orderedRows(a);
  const columns = countColumns(a);
  const table = trendTable(layout, a, rows, columns);
  // The yearly charts first: their small table then sits just below the Trends table it repeats.
  yearCharts(layout, a, rows);
  typeChart(layout, a, rows, table, columns);
  return layout.build(`Trends: ${a.area}`);
}

/** All crime, then the crime types largest first (the chart's order too), then ASB. */
export function orderedRows(a: Assessment): TrendRow[] {
  const crime = a.trends.filter((t) => t.category === ALL_CRIME);
  const asb = a.trends.filter((t) => t.category === ASB);
  const types = a.trends
    .filter((t) => t.category !== ALL_CRIME && t.category !== ASB)
    .sort((x, y) => y.lead - x.lead || x.category.localeCompare(y.category));
  return [...crime, ...types, ...asb];
}

/** A count column: a complete period, a partial period shown blank between complete ones, or a partial lead. */
interface CountColumn {
  header: string;
  period: Period;
  /** Index into Assessment.periods (and TrendRow.counts). */
  index: number;
  /** Counts are shown only for a complete period, or for the lead when no period is complete. */
  shown: boolean;
}

/** Periods from the first to the last complete one; with none complete, the (partial) lead alone. */
export function countColumns(a: Assessment): CountColumn[] {
  const complete = a.periods.map((p, i) => (isComplete(p) ? i : -1)).filter((i) => i >= 0);
  if (complete.length === 0) {
    const index = a.periods.indexOf(a.lead.period);
    return [{ header: a.lead.label, period: a.lead.period, index, shown: true }];
  }
  const columns: CountColumn[] = [];
  for (let i = complete[0]; i <= complete[complete.length - 1]; i++) {
    const period = a.periods[i];
    const full = isComplete(period);
    columns.push({ header: full ? period.name : `${period.name} (partial)`, period, index: i, shown: full });
  }
  return columns;
}

function trendTable(layout: SheetLayout, a: Assessment, rows: TrendRow[], counts: CountColumn[]): PlacedTable {
  const c = a.comparison;
  const three = a.threeYear;
  const hasTrend = rows.some((t) => t.trend !== null);
  // A whole-year comparison's two years are already count columns.
  const windows = c && c.likeForLike ? [windowHeader(c.previous), windowHeader(c.current)] : [];
  const columns: ColumnPlan[] = [
    { header: "Category", format: "text" },
    ...counts.map((col): ColumnPlan => ({ header: col.header, format: "integer" })),
    ...windows.map((label): ColumnPlan => ({ header: label, format: "integer" })),
    ...(c
      ? ([
          { header: "Change %", format: "signedPercent1" },
          { header: "What changed", format: "text" },
        ] as ColumnPlan[])
      : []),
    ...(three ? [{ header: "3-year change %", format: "signedPercent1" } as ColumnPlan] : []),
    ...(hasTrend ? TREND_COLUMNS : []),
  ];
  const body: CellValue[][] = rows.map((t) => [
    t.category,
    ...counts.map((col) => (col.shown ? t.counts[col.index] : null)),
    ...(windows.length ? [t.yearOnYear?.previous ?? null, t.yearOnYear?.current ?? null] : []),
    ...(c ? [changePctCell(t.yearOnYear), changeWordsCell(t.yearOnYear)] : []),
    ...(three ? [changePctCell(t.threeYear)] : []),
    ...(hasTrend ? [pctCell(t.trend?.pctPerYear ?? null), trendLabel(t.trend)] : []),
  ]);
  const changeCol = 1 + counts.length + windows.length;
  const changes: ChangeRow[] = rows.map((t) => ({ polarity: t.polarity, change: t.yearOnYear }));
  const threeYear: ChangeRow[] = rows.map((t) => ({ polarity: t.polarity, change: t.threeYear }));
  return layout.table({
    name: "SA_Trends",
    caption: `Counts by ${unitName(a)} and change, ${a.area}. Source: ${a.sourceDescription}.`,
    note: trendNote(a, rows, counts, hasTrend),
    columns,
    rows: body,
    highlights: c
      ? [
          ...significantSignHighlights(changes, changeCol),
          ...significantTextHighlights(changes, changeCol + 1, (r) => String(changeWordsCell(r.change))),
          ...(three ? significantSignHighlights(threeYear, changeCol + 2) : []),
        ]
      : [],
  });
}

function unitName(a: Assessment): string {
  return basisName(a.basis.used).replace(/s$/, "");
}

function trendNote(a: Assessment, rows: TrendRow[], counts: CountColumn[], hasTrend: boolean): string {
  const c = a.comparison;
  const three = a.threeYear;
  const compared = c
    ? `Change compares ${c.label}${c.likeForLike ? ", the same months a year apart (year to date)" : ""}${three ? `; the 3-year change compares ${three.label}` : ""}. "What changed" says whether a change is real (statistically significant) or may be chance; only real changes are coloured.`
    : "No month of the latest period is also in the year before, so there is no change to show.";
  const blanks = counts.filter((col) => !col.shown).map((col) => col.period.name);
  const partialLead = !a.lead.complete ? ` No ${unitName(a)} is complete: the counts are for ${a.lead.label}.` : "";
  const blankNote = blanks.length
    ? ` ${blanks.join(", ")} ${blanks.length === 1 ? "is" : "are"} not complete, so left blank rather than set beside full years.`
    : "";
  const shownPeriods = new Set(counts.map((col) => col.period));
  const hidden = a.periods.filter((p) => !shownPeriods.has(p) && !isComplete(p)).map((p) => p.name);
  const hiddenNote = hidden.length
    ? ` Partial periods not shown here (${hidden.join(", ")}) are ${a.monthly.length ? "on the Monthly sheet, month by month" : "in the like-for-like columns where their months are compared"}.`
    : "";
  const trend = hasTrend
    ? " Trend: the change a year across all months present, with the seasons allowed for; rising or falling when it is clear (see the method)."
    : "";
  return `${compared}${partialLead}${blankNote}${hiddenNote} "new" means none in the earlier period. All crime excludes ASB. ${polarityNote(rows)}${trend}`;
}

const TREND_COLUMNS: ColumnPlan[] = [
  { header: "Trend % a year", format: "signedPercent1" },
  { header: "Trend", format: "text" },
];

function trendLabel(trend: MonthlyTrend | null): CellValue {
  if (!trend) return null;
  return trend.direction.charAt(0).toUpperCase() + trend.direction.slice(1);
}

/** The headline period's column: the last complete period, or the partial lead. */
function leadColumn(counts: CountColumn[]): number {
  return counts.length; // column 0 is the category; the lead is the last count column
}

/** Crime by type in the lead period, largest first, from the Trends table's own rows. */
function typeChart(
  layout: SheetLayout,
  a: Assessment,
  rows: TrendRow[],
  table: PlacedTable,
  counts: CountColumn[],
): void {
  const types = rows.filter((t) => t.category !== ALL_CRIME && t.category !== ASB);
  if (types.length === 0) return;
  const col = leadColumn(counts);
  const listed = types
    .slice(0, 3)
    .map((t) => `${t.category} (${formatCount(t.lead)})`)
    .join(", ");
  layout.chart({
    name: "SA_TypeChart",
    type: "barClustered",
    title: `Crime by type in ${a.area}, ${a.lead.label}`,
    categories: table.column(0, 1, types.length),
    series: [
      {
        name: counts[counts.length - 1].header,
        nameRef: table.header(col),
        values: table.column(col, 1, types.length),
      },
    ],
    valueFormat: "integer",
    legend: false,
    yAxisTitle: "Crimes",
    xAxisTitle: "Crime type",
    altText: `Crime by type in ${a.area}, ${a.lead.label}, largest first: ${listed}.`,
  });
}

/**
 * All crime and ASB in each complete period, when there are two or more, as
 * columns on their own charts. A partial period is left out, not drawn as a
 * lower point, and columns imply no line across the gap it leaves. The charts
 * read a small table of the complete periods (a chart needs adjacent cells; in
 * the Trends table a partial period's blank column may sit between them).
 */
function yearCharts(layout: SheetLayout, a: Assessment, rows: TrendRow[]): void {
  if (a.yearly.length < 2) return;
  const unit = unitName(a);
  const charted = [ALL_CRIME, ASB]
    .map((category) => rows.find((t) => t.category === category))
    .filter((t): t is TrendRow => t !== undefined);
  const partial = a.periods.filter((p) => !isComplete(p)).map((p) => p.name);
  const table = layout.table({
    name: "SA_Yearly",
    caption: `${charted.map((t) => t.category).join(" and ")} in each complete ${unit}, ${a.area}: the yearly charts' figures.`,
    note: partial.length
      ? `Complete ${unit}s only: ${partial.join(", ")} ${partial.length === 1 ? "is" : "are"} partial, so not charted (fewer months would look like a fall).`
      : `Complete ${unit}s only.`,
    columns: [
      { header: capitalise(unit), format: "text" },
      // "ASB" keeps the column narrow: it sits under a Trends count column, and the sheet must print at 80%.
      ...charted.map((t): ColumnPlan => ({ header: t.category === ASB ? "ASB" : t.category, format: "integer" })),
    ],
    rows: a.yearly.map((p, k) => [p.name, ...charted.map((t) => t.yearly[k])]),
  });
  const chartFor = (t: TrendRow, col: number): ChartInput => {
    const values = a.yearly.map((p, k) => `${p.name}: ${formatCount(t.yearly[k])}`).join("; ");
    const left = partial.length ? `; ${partial.join(", ")} partial, not shown` : "";
    return {
      name: t.category === ASB ? "SA_YearAsbChart" : "SA_YearChart",
      type: "columnClustered",
      title: `${t.category} by complete ${unit}, ${a.area}`,
      categories: table.column(0),
      series: table.series(col),
      valueFormat: "integer",
      legend: false,
      yAxisTitle: t.category === ASB ? "Incidents" : "Crimes",
      xAxisTitle: `${capitalise(unit)} (complete only)`,
      altText: `${t.category} in ${a.area} in each complete ${unit}: ${values}${left}.`,
    };
  };
  layout.charts(charted.map((t, i) => chartFor(t, i + 1)));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
