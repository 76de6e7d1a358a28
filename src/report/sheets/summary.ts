/**
 * Summary, the first printed page: the title with the area and period, the date
 * produced and the data's span, coverage warnings, 3 to 6 short sentences, the
 * headline table that shows each of their numbers, and the headline charts.
 */
import { formatCount, formatPct, positionWords } from "../../engine/assessment/format";
import type { Assessment, ChangeFigures, TrendRow } from "../../engine/assessment/types";
import { ALL_CRIME, ASB } from "../../engine/measures/counts";
import { significantTextHighlights, type ChangeRow } from "../highlights";
import { SheetLayout, type ChartInput, type PlacedTable } from "../layout";
import type { CellValue, ColumnPlan, SheetPlan } from "../plan";
import { changeWordsCell, pctCell, rateCell } from "../values";
import { windowHeader } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

/**
 * The first printed page's height in points as the writers plan pages: A4 landscape
 * less its margins (487 pt), with a tenth spare (src/workbook/excel/pageBreaks.ts).
 */
const FIRST_PAGE_PT = 438;
const CHART_ROW_PT = 15;
/** The headline charts take what is left of page 1, within these bounds. */
const MIN_CHART_ROWS = 8;
const MAX_CHART_ROWS = 12;

export function summarySheet(a: Assessment): SheetPlan {
  const s = a.summary;
  const layout = new SheetLayout("summary", SHEET_NAMES.summary, TAB_COLOURS.summary);
  layout.text(s.title, "title");
  layout.text(`${s.produced ? `${s.produced}. ` : ""}Data: ${s.data}.`, "subtitle");
  if (s.warnings.length) {
    layout.heading("Read this first");
    for (const warning of s.warnings) layout.text(`• ${warning}`, "body", true);
  }
  layout.heading("Key points");
  for (const sentence of s.sentences) layout.text(`• ${sentence}`, "finding", true);
  layout.gap();
  const { table, columns } = headlineTable(layout, a);
  // The headline charts share page 1 with everything above them.
  const left = Math.floor((FIRST_PAGE_PT - layout.usedHeight()) / CHART_ROW_PT);
  headlineCharts(layout, a, table, columns, Math.max(MIN_CHART_ROWS, Math.min(MAX_CHART_ROWS, left)));
  return layout.build(`Strategic assessment: ${a.area}`);
}

interface HeadlineColumns {
  /** Columns of the earlier and later side of the comparison, when there is one. */
  previous: number | null;
  current: number | null;
}

/** One column of the headline table and how each row fills it. */
interface HeadlineColumn {
  column: ColumnPlan;
  value: (t: TrendRow) => CellValue;
}

const column = (header: string, format: ColumnPlan["format"], value: HeadlineColumn["value"]): HeadlineColumn => ({
  column: { header, format },
  value,
});

/** The area's standing in the lead period: rate per 1,000, share of the force and position in it. */
function standingColumns(a: Assessment): HeadlineColumn[] {
  const rates = a.rates;
  const area = rates?.districts.find((d) => d.isArea);
  const share = (t: TrendRow) => a.share.find((x) => x.category === t.category);
  return [
    ...(rates
      ? [
          column(rates.annualisedFrom ? "Per 1,000 residents (annualised)" : "Per 1,000 residents", "decimal1", (t) =>
            rateCell(area?.rates[rates.categories.indexOf(t.category)] ?? null),
          ),
        ]
      : []),
    column("Share of force", "percent0", (t) => pctCell(share(t)?.sharePct ?? null)),
    column("Position in force", "text", (t) => {
      const row = share(t);
      return row && row.sharePct !== null ? positionWords(row.rank, row.of) : null;
    }),
  ];
}

/**
 * The lead period's count and the like-for-like change. A whole-year comparison of the
 * lead period reads left to right (the year before, then the lead year); a year to date
 * sits after the lead year's figures, never in place of them.
 */
function headlineColumns(a: Assessment): HeadlineColumn[] {
  const c = a.comparison;
  const lead = column(a.lead.label, "integer", (t) => t.lead);
  if (!c) return [lead, ...standingColumns(a)];
  const wholeYear = !c.likeForLike && c.current.period === a.lead.period;
  const compared = [
    column(windowHeader(c.previous), "integer", (t) => t.yearOnYear?.previous ?? null),
    wholeYear ? lead : column(windowHeader(c.current), "integer", (t) => t.yearOnYear?.current ?? null),
    column("Change", "text", (t) => changeWordsCell(t.yearOnYear)),
  ];
  return wholeYear ? [...compared, ...standingColumns(a)] : [lead, ...standingColumns(a), ...compared];
}

/** All crime and ASB: the lead period's count, rate, share and position, and the like-for-like change. */
function headlineTable(layout: SheetLayout, a: Assessment): { table: PlacedTable; columns: HeadlineColumns } {
  const c = a.comparison;
  const trends = headlineRows(a);
  const parts = headlineColumns(a);
  const columns: ColumnPlan[] = [{ header: "Measure", format: "text" }, ...parts.map((p) => p.column)];
  const changeCol = columns.findIndex((col) => col.header === "Change");
  const previousCol = c ? columns.findIndex((col) => col.header === windowHeader(c.previous)) : -1;
  const changeRows: ChangeRow[] = trends.map((t) => ({ polarity: t.polarity, change: t.yearOnYear }));
  const table = layout.table({
    name: "SA_Headline",
    caption: `Headline figures for ${a.area}, ${a.lead.label}${c ? `, and ${c.label}` : ""}. Source: ${a.sourceDescription}.`,
    note: headlineNote(a),
    columns,
    rows: trends.map((t) => [t.category, ...parts.map((p) => p.value(t))]),
    highlights:
      changeCol >= 0 ? significantTextHighlights(changeRows, changeCol, (r) => String(changeWordsCell(r.change))) : [],
  });
  // The two compared columns are side by side: the headline charts plot them.
  const found = previousCol >= 0;
  return { table, columns: { previous: found ? previousCol : null, current: found ? previousCol + 1 : null } };
}

/** The headline table's rows, in order: All crime, then ASB when the data has it. */
function headlineRows(a: Assessment): TrendRow[] {
  return [ALL_CRIME, ASB]
    .map((category) => a.trends.find((t) => t.category === category))
    .filter((t): t is TrendRow => t !== undefined);
}

function headlineNote(a: Assessment): string {
  const c = a.comparison;
  const wholeYear = c !== null && !c.likeForLike;
  const months =
    c && !wholeYear
      ? ` ${c.previous.label} and ${c.current.label} are the same months a year apart (year to date).`
      : "";
  const rates = a.rates
    ? ` Residents: ${a.rates.populationYear}.${a.rates.annualisedFrom ? ` Rates are annualised from ${a.rates.annualisedFrom}.` : ""}`
    : "";
  return `All crime excludes anti-social behaviour (ASB).${months} A real rise or fall is one chance is unlikely to explain; only those are coloured.${rates}`;
}

/** All crime and ASB, each on its own chart (their sizes differ tenfold), side by side. */
function headlineCharts(
  layout: SheetLayout,
  a: Assessment,
  table: PlacedTable,
  cols: HeadlineColumns,
  rows: number,
): void {
  const c = a.comparison;
  if (!c || cols.previous === null || cols.current === null) return;
  const chartFor = (row: number, t: TrendRow): ChartInput => {
    const unit = t.category === ASB ? "Incidents" : "Crimes";
    return {
      name: t.category === ASB ? "SA_HeadlineAsbChart" : "SA_HeadlineChart",
      type: "columnClustered",
      title: `${t.category === ASB ? "ASB" : t.category}: ${windowHeader(c.previous)} and ${windowHeader(c.current)}`,
      categories: table.headers(cols.previous!, cols.current!),
      series: [table.rowSeries(row, cols.previous!, cols.current!)],
      valueFormat: "integer",
      legend: false,
      yAxisTitle: unit,
      xAxisTitle: c.likeForLike ? "Same months a year apart" : "Year",
      altText: headlineAltText(a, t),
    };
  };
  const charts = headlineRows(a)
    .map((t, row) => (t.yearOnYear ? chartFor(row, t) : null))
    .filter((chart): chart is ChartInput => chart !== null);
  layout.charts(charts, rows);
}

/** "All crime in Middlesbrough: 22,880 in 2025; Jan–Apr 2025 was 7.9% below Jan–Apr 2024 (7,270 against 7,890)." */
export function headlineAltText(a: Assessment, t: TrendRow): string {
  const c = a.comparison!;
  const y = t.yearOnYear as ChangeFigures;
  const counts = `(${formatCount(y.current)} against ${formatCount(y.previous)})`;
  const moved =
    y.changePct === null || y.change === 0
      ? `${c.current.label} was the same as ${c.previous.label}`
      : `${c.current.label} was ${formatPct(Math.abs(y.changePct))} ${y.change > 0 ? "above" : "below"} ${c.previous.label}`;
  return `${t.category} in ${a.area}: ${formatCount(t.lead)} in ${a.lead.label}; ${moved} ${counts}.`;
}
