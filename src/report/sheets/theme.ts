/**
 * A theme page (ASB or a priority) for a committee member who reads one theme:
 * what it counts, its findings, the headline figures, the yearly trend (complete
 * periods only), the monthly series and its seasonal pattern, its share of the
 * region by district, its target and the top places; what the data cannot show
 * comes straight after the headline figures.
 */
import { formatCount, formatPct, positionWords } from "../../engine/assessment/format";
import type { Assessment, ThemeFigures, TrendRow } from "../../engine/assessment/types";
import { ASB } from "../../engine/measures/counts";
import { basisName } from "../../engine/measures/basis";
import { MONTH_NAMES } from "../../engine/measures/periods";
import { unitsWord } from "../../engine/measures/region";
import { ragHighlights, significantTextHighlights } from "../highlights";
import { SheetLayout, type ChartInput, type PlacedTable } from "../layout";
import { HIGHLIGHT_COLOUR, type CellValue, type ColumnPlan, type SheetPlan } from "../plan";
import { changeWordsCell, pctCell, ppCell, rateCell } from "../values";
import { findingsFor, windowHeader } from "./describe";
import { TAB_COLOURS } from "./names";
import { comparesLead, concentrationSentence, repeatSentence, topPlacesTable } from "./placeTables";
import { lowerFirst } from "../../engine/assessment/themes";

/** Rows for a chart of a few bars (the complete years, the districts): the page holds more with it. */
const SMALL_CHART_ROWS = 11;

export function themeSheet(a: Assessment, theme: ThemeFigures, sheetName: string): SheetPlan {
  const layout = new SheetLayout(
    theme.key,
    sheetName,
    theme.key === "themeAsb" ? TAB_COLOURS.themeAsb : TAB_COLOURS.theme,
  );
  const trend = a.trends.find((t) => t.category === theme.category)!;
  const prefix = `SA_${theme.key.charAt(0).toUpperCase()}${theme.key.slice(1)}`;
  layout.text(`${theme.category}: ${a.area}`, "title");
  layout.text(`${a.sourceDescription}. Headline period: ${a.lead.label}.`, "subtitle").gap();
  layout.text(theme.description, "body", true);
  const findings = findingsFor(a, theme.key);
  if (findings.length) {
    layout.heading("Findings");
    for (const text of findings) layout.text(`• ${text}`, "finding", true);
  }
  layout.gap();
  headline(layout, a, theme, trend, prefix);
  // The limits sit with the headline figures, where a reader of one page meets them first.
  layout.heading("What this data cannot show");
  for (const line of theme.limits) layout.text(`• ${line}`, "body", true);
  layout.gap();
  yearly(layout, a, theme, trend, prefix);
  monthly(layout, a, theme, prefix);
  districts(layout, a, theme, prefix);
  targets(layout, a, theme, prefix);
  places(layout, a, theme, prefix);
  return layout.build(`${theme.category}: ${a.area}`);
}

/** The theme's unit in a chart's axis title. */
function unitOf(category: string): string {
  return category === ASB ? "Incidents" : "Reports";
}

/** One row: the lead period's count, rate, share of the force and position, and the like-for-like change. */
function headline(layout: SheetLayout, a: Assessment, theme: ThemeFigures, trend: TrendRow, prefix: string): void {
  const c = a.comparison;
  const share = a.share.find((s) => s.category === theme.category);
  const rates = a.rates;
  const area = rates?.districts.find((d) => d.isArea);
  const columns: ColumnPlan[] = [{ header: "Measure", format: "text" }];
  const row: CellValue[] = [theme.category];
  const add = (header: string, format: ColumnPlan["format"], value: CellValue) => {
    columns.push({ header, format });
    row.push(value);
  };
  if (c && comparesLead(a)) add(windowHeader(c.previous), "integer", trend.yearOnYear?.previous ?? null);
  add(a.lead.label, "integer", trend.lead);
  if (rates) {
    const rate = area?.rates[rates.categories.indexOf(theme.category)] ?? null;
    add(rates.annualisedFrom ? "Per 1,000 residents (annualised)" : "Per 1,000 residents", "decimal1", rateCell(rate));
  }
  add("Share of force", "percent1", pctCell(share?.sharePct ?? null));
  add("Position in force", "text", share && share.sharePct !== null ? positionWords(share.rank, share.of) : null);
  if (c && !comparesLead(a)) {
    add(windowHeader(c.previous), "integer", trend.yearOnYear?.previous ?? null);
    add(windowHeader(c.current), "integer", trend.yearOnYear?.current ?? null);
  }
  // Whole-number words, as page 1 gives them; the Trends sheet has the change to one decimal place.
  if (c) add("What changed", "text", changeWordsCell(trend.yearOnYear));
  const changed = [{ polarity: trend.polarity, change: trend.yearOnYear }];
  layout.heading("Headline figures");
  layout.table({
    name: `${prefix}_Headline`,
    caption: `${theme.category} in ${a.area}, ${a.lead.label}${c ? `, and ${c.label}` : ""}.`,
    note: headlineNote(a),
    columns,
    rows: [row],
    highlights: c
      ? significantTextHighlights(changed, columns.length - 1, (r) => String(changeWordsCell(r.change)))
      : [],
  });
}

function headlineNote(a: Assessment): string {
  const c = a.comparison;
  const share = `Share of force: of the ${a.region.force} total; position among its ${a.share[0]?.of ?? 0} ${unitsWord(a.region)}.`;
  const months = c?.likeForLike ? ` ${c.label}: the same months a year apart (year to date).` : "";
  const real = c ? " A real rise or fall is one chance is unlikely to explain; only those are coloured." : "";
  const rates = a.rates
    ? ` Residents: ${a.rates.populationYear}.${a.rates.annualisedFrom ? ` Rates are annualised from ${a.rates.annualisedFrom}.` : ""}`
    : "";
  return `${share}${months}${real}${rates}`;
}

/** Complete periods only, as columns: a partial period would look like a fall. */
function yearly(layout: SheetLayout, a: Assessment, theme: ThemeFigures, trend: TrendRow, prefix: string): void {
  const unit = basisName(a.basis.used).replace(/s$/, "");
  layout.heading(`By complete ${unit}`);
  if (a.yearly.length === 0) {
    layout.text(`No ${unit} in the files supplied is complete, so there is no yearly series.`, "body", true);
    return;
  }
  const partial = a.periods.filter((p) => p.months.length < 12).map((p) => p.name);
  const clear = trend.trend && trend.trend.direction !== "no clear trend" ? trend.trend : null;
  const table = layout.table({
    name: `${prefix}_Yearly`,
    caption: `${theme.category} in each complete ${unit}, ${a.area}.`,
    note:
      [
        partial.length ? `${partial.join(", ")} ${partial.length === 1 ? "is" : "are"} partial, so not shown.` : "",
        clear
          ? `Across all months it has been ${clear.direction} by about ${Math.abs(Math.round(clear.pctPerYear))}% a year once the seasons are allowed for.`
          : "",
      ]
        .filter((s) => s)
        .join(" ") || `Complete ${unit}s only.`,
    columns: [
      { header: capitalise(unit), format: "text" },
      { header: unitOf(theme.category), format: "integer" },
    ],
    rows: a.yearly.map((p, k) => [p.name, trend.yearly[k]]),
  });
  if (a.yearly.length < 2) return;
  const values = a.yearly.map((p, k) => `${p.name}: ${formatCount(trend.yearly[k])}`).join("; ");
  layout.chart(
    {
      name: `${prefix}_YearChart`,
      type: "columnClustered",
      title: `${theme.category} by complete ${unit}, ${a.area}`,
      categories: table.column(0),
      series: table.series(1),
      valueFormat: "integer",
      legend: false,
      yAxisTitle: unitOf(theme.category),
      xAxisTitle: `${capitalise(unit)} (complete only)`,
      altText: `${theme.category} in ${a.area} in each complete ${unit}: ${values}.`,
    },
    SMALL_CHART_ROWS,
  );
}

/** The theme's count in a month (a month index); null where the month is missing or outside the data. */
function monthCount(a: Assessment, theme: ThemeFigures): (month: number) => number | null {
  const priority = (a.priorities ?? []).findIndex((p) => p.name === theme.category);
  const byMonth = new Map(a.monthly.map((m) => [m.month, priority >= 0 ? (m.priorities?.[priority] ?? null) : m.asb]));
  return (month) => byMonth.get(month) ?? null;
}

/**
 * Months down, periods across (each month beside the same month a year earlier), with
 * the seasonal index beside them when two complete years give one: twelve rows, one
 * line a year on the chart, where a 36-row list would run over several pages.
 */
function monthly(layout: SheetLayout, a: Assessment, theme: ThemeFigures, prefix: string): void {
  layout.heading("Month by month");
  if (a.monthly.length === 0) {
    layout.text("The counts are quarterly, so there is no monthly series or seasonal pattern.", "body", true);
    return;
  }
  const count = monthCount(a, theme);
  const start = a.periods[0].start;
  const index = theme.seasonal;
  const calendar = (offset: number) => (((start + offset) % 12) + 12) % 12;
  const table = layout.table({
    name: `${prefix}_Monthly`,
    caption: `${theme.category} by month and ${basisName(a.basis.used).replace(/s$/, "")}, ${a.area}.`,
    note: monthlyNote(a, theme),
    columns: [
      { header: "Month", format: "text" },
      ...a.periods.map((p): ColumnPlan => ({
        header: p.months.length === 12 ? p.name : `${p.name} (partial)`,
        format: "integer",
      })),
      ...(index.length ? [{ header: "Seasonal index", format: "integer" } as ColumnPlan] : []),
    ],
    rows: Array.from({ length: 12 }, (_, offset) => [
      MONTH_NAMES[calendar(offset)],
      ...a.periods.map((p) => count(p.start + offset)),
      ...(index.length ? [index[calendar(offset)]] : []),
    ]),
  });
  const years = a.periods.map((_, i) => i + 1);
  layout.charts([
    monthChart(a, theme, table, years, count, prefix),
    ...(index.length ? [seasonChart(a, theme, table, years.length + 1, prefix)] : []),
  ]);
}

function monthlyNote(a: Assessment, theme: ThemeFigures): string {
  const gaps = "A blank month is not in the files supplied: missing, not zero.";
  if (theme.seasonal.length) {
    return `${gaps} Seasonal index = the month's average count / the average month x 100, over the complete years ${a.seasonalFrom.join(" and ")} (100 is an average month).`;
  }
  const one = theme.highestMonth
    ? ` In the one complete year (${theme.highestMonth.period}) it was highest in ${theme.highestMonth.month} (${formatCount(theme.highestMonth.count)}), which may be chance.`
    : "";
  return `${gaps} No seasonal index is given: it needs two complete years.${one}`;
}

function monthChart(
  a: Assessment,
  theme: ThemeFigures,
  table: PlacedTable,
  columns: number[],
  count: (month: number) => number | null,
  prefix: string,
): ChartInput {
  const present = a.monthly.map((m) => ({ label: m.label, count: count(m.month) })).filter((m) => m.count !== null);
  const high = present.reduce((best, m) => (m.count! > best.count! ? m : best), present[0]);
  const low = present.reduce((best, m) => (m.count! < best.count! ? m : best), present[0]);
  return {
    name: `${prefix}_MonthChart`,
    type: "line",
    title: `${theme.category} by month, ${a.area}`,
    categories: table.column(0),
    series: table.series(...columns),
    valueFormat: "integer",
    legend: columns.length > 1,
    yAxisTitle: unitOf(theme.category),
    xAxisTitle: "Month",
    altText: `${theme.category} in ${a.area} by month, one line a year: highest ${formatCount(high.count!)} (${high.label}), lowest ${formatCount(low.count!)} (${low.label}).`,
  };
}

function seasonChart(
  a: Assessment,
  theme: ThemeFigures,
  table: PlacedTable,
  column: number,
  prefix: string,
): ChartInput {
  const index = theme.seasonal;
  const peak = index.reduce<number>(
    (best, v, i) => (v !== null && (index[best] === null || v > index[best]!) ? i : best),
    0,
  );
  return {
    name: `${prefix}_SeasonChart`,
    type: "columnClustered",
    title: `Seasonal pattern (100 = an average month)`,
    categories: table.column(0),
    series: table.series(column),
    valueFormat: "integer",
    legend: false,
    yAxisTitle: "Index",
    xAxisTitle: "Month",
    altText: `Seasonal pattern of ${lowerFirst(theme.category)} in ${a.area}: highest in ${MONTH_NAMES[peak]} (index ${Math.round(index[peak] ?? 0)}), where 100 is an average month.`,
  };
}

/** Share of the region by district, largest first, with the area's bar picked out. */
function districts(layout: SheetLayout, a: Assessment, theme: ThemeFigures, prefix: string): void {
  if (theme.districts.length < 2) return;
  const unit = unitsWord(a.region).replace(/s$/, "");
  const rows = [...theme.districts].sort((x, y) => y.count - x.count || x.district.localeCompare(y.district));
  const c = a.comparison;
  // A change column that is the same for every district (all the theme in one of them) says nothing.
  const shown = new Set(rows.map((d) => JSON.stringify(ppCell(d.changePp))));
  const moved = c !== null && shown.size > 1;
  const still = c && !moved ? ` The shares did not change between ${c.label}.` : "";
  layout.heading(`Share of ${a.region.force}`);
  const table = layout.table({
    name: `${prefix}_Districts`,
    caption: `${theme.category} by ${unit} in ${a.region.force}, ${a.lead.label}, largest first.`,
    note: `Share: of the ${a.region.force} total. Rank 1 is the largest.${moved ? ` Change in share compares ${c.label}, in percentage points (pp); it is not coloured.` : still}`,
    columns: [
      { header: capitalise(unit), format: "text" },
      { header: unitOf(theme.category), format: "integer" },
      { header: "Share %", format: "percent1" },
      { header: "Rank", format: "integer" },
      ...(moved ? [{ header: "Change (pp)", format: "pp1" } as ColumnPlan] : []),
    ],
    rows: rows.map((d) => [d.district, d.count, pctCell(d.sharePct), d.rank, ...(moved ? [ppCell(d.changePp)] : [])]),
    highlights: [{ kind: "dataBar", column: 2, fromRow: 0, toRow: rows.length - 1 }],
  });
  districtChart(layout, a, theme, rows, table, prefix);
}

function districtChart(
  layout: SheetLayout,
  a: Assessment,
  theme: ThemeFigures,
  rows: ThemeFigures["districts"],
  table: PlacedTable,
  prefix: string,
): void {
  const areaIndex = rows.findIndex((d) => d.isArea);
  const listed = rows
    .filter((d) => d.sharePct !== null)
    .map((d) => `${d.district} ${formatPct(d.sharePct!)}${d.isArea ? " (highlighted)" : ""}`)
    .join(", ");
  layout.chart(
    {
      name: `${prefix}_ShareChart`,
      type: "barClustered",
      title: `Share of ${lowerFirst(theme.category)} in ${a.region.force}, ${a.lead.label}`,
      categories: table.column(0),
      series: table.series(2),
      valueFormat: "percent1",
      legend: false,
      yAxisTitle: `Share of the force's ${lowerFirst(theme.category)}`,
      xAxisTitle: capitalise(unitsWord(a.region).replace(/s$/, "")),
      ...(areaIndex >= 0 && { highlight: { index: areaIndex, colour: HIGHLIGHT_COLOUR } }),
      altText: `Share of ${lowerFirst(theme.category)} in ${a.region.force}, ${a.lead.label}, largest first: ${listed}.`,
    },
    SMALL_CHART_ROWS,
  );
}

/** Each target set for the theme: its latest position (the trajectory is on the Targets sheet). */
function targets(layout: SheetLayout, a: Assessment, theme: ThemeFigures, prefix: string): void {
  const set = a.targets.filter((t) => t.target.category === theme.category);
  if (set.length === 0) return;
  layout.heading("Target");
  const assessed = set.filter((t) => !t.problem);
  for (const t of set.filter((x) => x.problem))
    layout.text(`${t.description}: not assessed. ${t.problem}`, "body", true);
  if (assessed.length === 0) return;
  layout.table({
    name: `${prefix}_Targets`,
    caption: `Target${assessed.length > 1 ? "s" : ""} for ${lowerFirst(theme.category)}: the latest year. The trajectory is on the Targets sheet.`,
    note: "Green: at or better than the milestone. Amber: worse, within the tolerance. Red: beyond it.",
    columns: [
      { header: "Target", format: "text" },
      { header: "Baseline year", format: "text" },
      { header: "Baseline", format: "integer" },
      { header: "Latest year", format: "text" },
      { header: "Milestone", format: "integer" },
      { header: "Actual", format: "integer" },
      { header: "Status", format: "text" },
    ],
    rows: assessed.map((t) => [
      `${t.target.changePct < 0 ? "Reduce" : "Increase"} by ${Math.abs(t.target.changePct)}% by ${t.target.targetYear} (${t.target.method})`,
      t.target.baselineYear,
      t.baseline,
      t.latest?.period ?? null,
      t.latest?.milestone ?? null,
      t.latest?.actual ?? null,
      t.latest?.status ?? "Not yet",
    ]),
    highlights: ragHighlights(6, assessed.length),
  });
}

/** Where it happens: the concentration, the top places and the repeat places, where rows carry an LSOA. */
function places(layout: SheetLayout, a: Assessment, theme: ThemeFigures, prefix: string): void {
  const measure = a.places?.measures.find((m) => m.category === theme.category);
  if (!a.places || !measure) return;
  layout.heading("Where it happens");
  const sentence = concentrationSentence(a, measure);
  if (sentence) layout.text(sentence, "body", true);
  topPlacesTable(layout, a, a.places, measure, `${prefix}_Places`);
  layout.text(repeatSentence(a.places, measure), "body", true).gap();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
