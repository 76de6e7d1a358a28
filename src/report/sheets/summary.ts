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
 * less its margins (487 pt), with a tenth spare (src/workbook/xlsx/pageBreaks.ts).
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

/** All crime and ASB: the lead period's count, rate, share and position, and the like-for-like change. */
function headlineTable(layout: SheetLayout, a: Assessment): { table: PlacedTable; columns: HeadlineColumns } {
  const c = a.comparison;
  const trends = headlineRows(a);
  // A whole-year comparison of the lead period reads left to right: the year before, then the lead year.
  const wholeYear = c !== null && !c.likeForLike && c.current.period === a.lead.period;
  const rates = a.rates;
  const rateOf = (category: string): CellValue => {
    const area = rates?.districts.find((d) => d.isArea);
    return rateCell(area?.rates[rates!.categories.indexOf(category)] ?? null);
  };
  const share = (category: string) => a.share.find((x) => x.category === category);
  const standing: { column: ColumnPlan; value: (t: TrendRow) => CellValue }[] = [
    ...(rates
      ? [
          {
            column: {
              header: rates.annualisedFrom ? "Per 1,000 residents (annualised)" : "Per 1,000 residents",
              format: "decimal1",
            } as ColumnPlan,
            value: (t: TrendRow) => rateOf(t.category),
          },
        ]
      : []),
    {
      column: { header: "Share of force", format: "percent0" },
      value: (t) => pctCell(share(t.category)?.sharePct ?? null),
    },
    {
      column: { header: "Position in force", format: "text" },
      value: (t) => {
        const row = share(t.category);
        return row && row.sharePct !== null ? positionWords(row.rank, row.of) : null;
      },
    },
  ];
  const lead = { column: { header: a.lead.label, format: "integer" } as ColumnPlan, value: (t: TrendRow) => t.lead };
  const compared = c
    ? [
        {
          column: { header: windowHeader(c.previous), format: "integer" } as ColumnPlan,
          value: (t: TrendRow) => t.yearOnYear?.previous ?? null,
        },
        ...(wholeYear
          ? [lead]
          : [
              {
                column: { header: windowHeader(c.current), format: "integer" } as ColumnPlan,
                value: (t: TrendRow) => t.yearOnYear?.current ?? null,
              },
            ]),
        {
          column: { header: "Change", format: "text" } as ColumnPlan,
          value: (t: TrendRow) => changeWordsCell(t.yearOnYear),
        },
      ]
    : [];
  const parts = wholeYear ? [...compared, ...standing] : [lead, ...standing, ...compared];
  const columns: ColumnPlan[] = [{ header: "Measure", format: "text" }, ...parts.map((p) => p.column)];
  const changeCol = columns.findIndex((col) => col.header === "Change");
  const previousCol = c ? columns.findIndex((col) => col.header === windowHeader(c.previous)) : -1;
  const changeRows: ChangeRow[] = trends.map((t) => ({ polarity: t.polarity, change: t.yearOnYear }));
  const table = layout.table({
    name: "SA_Headline",
    caption: `Headline figures for ${a.area}, ${a.lead.label}${c ? `, and ${c.label}` : ""}. Source: ${a.sourceDescription}.`,
    note: headlineNote(a, wholeYear),
    columns,
    rows: trends.map((t) => [t.category, ...parts.map((p) => p.value(t))]),
    highlights:
      changeCol >= 0 ? significantTextHighlights(changeRows, changeCol, (r) => String(changeWordsCell(r.change))) : [],
  });
  return {
    table,
    columns: { previous: previousCol >= 0 ? previousCol : null, current: previousCol >= 0 ? previousCol + 1 : null },
  };
}

/** The headline table's rows, in order: All crime, then ASB when the data has it. */
function headlineRows(a: Assessment): TrendRow[] {
  return [ALL_CRIME, ASB]
    .map((category) => a.trends.find((t) => t.category === category))
    .filter((t): t is TrendRow => t !== undefined);
}

function headlineNote(a: Assessment, wholeYear: boolean): string {
  const c = a.comparison;
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
