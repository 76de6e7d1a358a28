/**
 * Places (hotspots), where rows carry an LSOA: the top places for all crime, how
 * concentrated all crime, ASB and each priority are (a table and Pareto curves),
 * and the places in the top places in each of the last three complete years. The
 * top places of ASB and each priority are on their theme pages, not repeated here.
 */
import { formatCount, formatPct } from "../../engine/assessment/format";
import type { Assessment, PlaceFigures, PlaceMeasure } from "../../engine/assessment/types";
import { ALL_CRIME, ASB } from "../../engine/measures/counts";
import { SheetLayout, type ChartInput, type PlacedTable } from "../layout";
import type { ColumnPlan, SheetPlan } from "../plan";
import { pctCell } from "../values";
import { findingsFor } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";
import { repeatSentence, topPlacesTable } from "./placeTables";
import { lowerFirst } from "../../engine/assessment/themes";

/** The Pareto table reads every 10% of the LSOAs; its chart's alt text quotes this point. */
const QUOTED_POINT_PCT = 20;
/** The Pareto curve of a measure spread evenly over the LSOAs: the diagonal the curves are read against. */
const EVEN_SPREAD = "Even spread";

/**
 * `labels`: each theme's name as its page is named (a priority's name cut to a sheet
 * name's 31 characters), so that the Pareto table's columns stay narrow enough to print.
 */
export function placesSheet(a: Assessment, places: PlaceFigures, labels: ReadonlyMap<string, string>): SheetPlan {
  const layout = new SheetLayout("places", SHEET_NAMES.places, TAB_COLOURS.places);
  const crime = places.measures.find((m) => m.category === ALL_CRIME)!;
  layout.text(`Places where crime concentrates: ${a.area}`, "title");
  layout.text(`${a.sourceDescription}. Headline period: ${a.lead.label}.`, "subtitle").gap();
  layout.text(introduction(a, places, crime), "body", true);
  const findings = findingsFor(a, "places");
  if (findings.length) {
    layout.heading("Findings");
    for (const text of findings) layout.text(`• ${text}`, "finding", true);
  }
  layout.gap();
  layout.heading(`Top places for all crime, ${a.lead.label}`);
  topPlacesTable(layout, a, places, crime, "SA_PlacesTop");
  layout.heading("How concentrated it is");
  const label = (m: PlaceMeasure) => labels.get(m.category) ?? m.category;
  concentrationTable(layout, a, places, label);
  paretoCharts(layout, a, places, label);
  layout.heading("Repeat places");
  repeatPlaces(layout, a, places, crime);
  return layout.build(`Places: ${a.area}`);
}

function introduction(a: Assessment, places: PlaceFigures, crime: PlaceMeasure): string {
  const total = crime.located + crime.unlocated;
  const unlocated = crime.unlocated
    ? ` ${formatCount(crime.unlocated)} of its ${formatCount(total)} crimes in ${a.lead.label} (${formatPct((crime.unlocated / total) * 100)}) have no LSOA and are left out here.`
    : "";
  return `Places are LSOAs, small census areas of 1,000 to 3,000 residents. ${a.area}'s ${formatCount(places.lsoaCount)} LSOAs are those the files supplied name on its rows, in any month.${unlocated} The top places for ASB and each priority are on their own pages.`;
}

/** The measures with any count placed, in the assessment's order: All crime, ASB, the priorities. */
function placed(places: PlaceFigures): PlaceMeasure[] {
  return places.measures.filter((m) => m.concentration !== null);
}

type Label = (m: PlaceMeasure) => string;

function concentrationTable(layout: SheetLayout, a: Assessment, places: PlaceFigures, label: Label): void {
  layout.table({
    name: "SA_Concentration",
    caption: `How concentrated each measure is among ${a.area}'s ${formatCount(places.lsoaCount)} LSOAs, ${a.lead.label}.`,
    note: "Half in: the fewest LSOAs, most first, that hold at least half of the count with an LSOA; a small share of LSOAs means the measure is concentrated in a few places. ASB and the priorities are named as their pages are.",
    columns: [
      { header: "Measure", format: "text" },
      { header: "With an LSOA", format: "integer" },
      { header: "LSOAs with any", format: "integer" },
      { header: "Half in (LSOAs)", format: "integer" },
      { header: "% of LSOAs", format: "percent1" },
      { header: "Share held", format: "percent1" },
    ],
    rows: places.measures.map((m) => [
      label(m),
      m.located,
      m.withAny,
      m.concentration?.places ?? null,
      pctCell(m.concentration?.placesPct ?? null),
      pctCell(m.concentration?.heldPct ?? null),
    ]),
  });
}

/**
 * The Pareto curves: the share of each measure held by the top x% of LSOAs, beside the
 * straight line of an even spread. All crime and the priorities share a chart; ASB has
 * its own (incidents, not crimes, are never drawn beside crime).
 */
function paretoCharts(layout: SheetLayout, a: Assessment, places: PlaceFigures, label: Label): void {
  const measures = placed(places);
  if (measures.length === 0) return;
  const points = measures[0].pareto;
  const even = measures.length + 1;
  const table = layout.table({
    name: "SA_Pareto",
    caption: `Share held by the top x% of ${a.area}'s LSOAs (Pareto curve), ${a.lead.label}.`,
    note: `Read across: the top ${QUOTED_POINT_PCT}% of LSOAs (those with the most) held this share of each measure; spread evenly, they would hold ${QUOTED_POINT_PCT}%. Between whole LSOAs the curve is read along a straight line.`,
    columns: [
      { header: "Top % of LSOAs", format: "text" },
      ...measures.map((m): ColumnPlan => ({ header: label(m), format: "percent1" })),
      { header: EVEN_SPREAD, format: "percent1" },
    ],
    rows: points.map((point, i) => [
      `${point.placesPct}%`,
      ...measures.map((m) => pctCell(m.pareto[i].countPct)),
      pctCell(point.placesPct),
    ]),
  });
  const columns = measures.map((m, i) => ({ m, col: i + 1 }));
  const groups = [columns.filter(({ m }) => m.category !== ASB), columns.filter(({ m }) => m.category === ASB)];
  layout.charts(groups.filter((group) => group.length > 0).map((group) => paretoChart(a, table, group, even)));
}

function paretoChart(
  a: Assessment,
  table: PlacedTable,
  group: { m: PlaceMeasure; col: number }[],
  evenColumn: number,
): ChartInput {
  const first = group[0].m;
  const quoted = first.pareto.find((p) => p.placesPct === QUOTED_POINT_PCT)!;
  const c = first.concentration!;
  const others =
    group.length > 1
      ? ` (with ${group
          .slice(1)
          .map((g) => lowerFirst(g.m.category))
          .join(", ")})`
      : "";
  return {
    name: first.category === ASB ? "SA_ParetoAsbChart" : "SA_ParetoChart",
    type: "line",
    title: `${first.category === ASB ? "ASB" : group.length > 1 ? "Crime and priorities" : first.category}: share held by the top LSOAs`,
    categories: table.column(0),
    series: table.series(...group.map((g) => g.col), evenColumn),
    valueFormat: "percent0",
    // The whole scale, 0 to 100%: the curve's distance from the top is what it shows.
    valueAxisMin: 0,
    valueAxisMax: 1,
    yAxisTitle: "Share of the count (cumulative)",
    xAxisTitle: "Top % of LSOAs, most first",
    altText: `Pareto curve of ${lowerFirst(first.category)}${others} in ${a.area}, ${a.lead.label}: the top ${QUOTED_POINT_PCT}% of LSOAs held ${formatPct(quoted.countPct)}, against ${QUOTED_POINT_PCT}% if spread evenly; ${formatPct(c.heldPct)} happened in ${formatPct(c.placesPct)} of the LSOAs (${formatCount(c.places)} of ${formatCount(c.of)}).`,
  };
}

/** All crime's places in the top places in each of the last three complete years, with their counts and ranks. */
function repeatPlaces(layout: SheetLayout, a: Assessment, places: PlaceFigures, crime: PlaceMeasure): void {
  const repeat = crime.repeat;
  if (!repeat || repeat.length === 0) {
    layout.text(repeatSentence(places, crime), "body", true);
    return;
  }
  layout.table({
    name: "SA_RepeatPlaces",
    caption: `LSOAs in the top ${places.topCount} for all crime in each of ${places.repeatPeriods.join(", ")}, ${a.area}.`,
    note: `Ranks: 1 has the most; equal counts share a rank, so a tie at ${places.topCount} counts as in the top ${places.topCount}.`,
    columns: [
      { header: "LSOA", format: "text" },
      { header: "LSOA code", format: "text" },
      ...places.repeatPeriods.map((p): ColumnPlan => ({ header: p, format: "integer" })),
      { header: "Ranks", format: "text" },
    ],
    rows: repeat.map((p) => [p.name, p.code, ...p.counts, p.ranks.join(", ")]),
  });
}
