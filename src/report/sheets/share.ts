/**
 * Share of region by category and by district (or partnership), rates per 1,000
 * residents for every district and category, and the mix within the area. Headline figures are for the
 * lead period; the change in share compares the year-on-year months and is never
 * coloured (a larger share is not in itself good or bad).
 */
import { formatPct, positionWords } from "../../engine/assessment/format";
import { unitCount } from "../../engine/assessment/regionWords";
import { unitsWord } from "../../engine/measures/region";
import type { Assessment, DistrictShareRow, RateFigures } from "../../engine/assessment/types";
import { SheetLayout } from "../layout";
import { HIGHLIGHT_COLOUR, type CellValue, type ColumnPlan, type SheetPlan } from "../plan";
import { pctCell, ppCell, rateCell } from "../values";
import { findingsFor, windowHeader } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

/** District (or partnership) columns in one rates table: more would print below 80% scale. */
const RATE_DISTRICTS_PER_TABLE = 6;

export function shareSheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("share", SHEET_NAMES.share, TAB_COLOURS.share);
  const force = a.region.force;
  layout.text(`${a.area}'s share of crime in ${force}`, "title");
  layout.text(`${a.sourceDescription}. Headline period: ${a.lead.label}.`, "subtitle").gap();
  layout.text(regionDescription(a), "body", true);
  const findings = findingsFor(a, "share");
  if (findings.length) {
    layout.heading("Findings");
    for (const text of findings) layout.text(`• ${text}`, "finding", true);
  }
  layout.gap();
  categoryTable(layout, a);
  districtTableAndChart(layout, a);
  if (a.rates) rateTables(layout, a, a.rates);
  layout.table({
    name: "SA_AreaMix",
    caption: `Share within ${a.area}: each category's share of its recorded crime and ASB incidents, ${a.lead.label}.`,
    note: "The denominator is every counted row for the area: recorded crime and ASB incidents together.",
    columns: [
      { header: "Category", format: "text" },
      { header: "Count", format: "integer" },
      { header: "Share of area %", format: "percent1" },
    ],
    rows: a.areaMix.map((m) => [m.category, m.count, pctCell(m.sharePct)]),
  });
  return layout.build(`Share of region: ${a.area}`);
}

/** Headers and values of the share-change columns: both sides of the comparison, unless the later is the lead. */
function changeColumns(a: Assessment): { columns: ColumnPlan[]; shareWindow: boolean } {
  const c = a.comparison;
  if (!c) return { columns: [], shareWindow: false };
  const shareWindow = c.likeForLike || c.current.period !== a.lead.period;
  return {
    shareWindow,
    columns: [
      { header: `Share % ${windowHeader(c.previous)}`, format: "percent1" },
      ...(shareWindow ? [{ header: `Share % ${windowHeader(c.current)}`, format: "percent1" } as ColumnPlan] : []),
      { header: "Change (pp)", format: "pp1" },
    ],
  };
}

function changeCells(
  a: Assessment,
  row: { previousSharePct: number | null; windowSharePct: number | null; changePp: number | null },
): CellValue[] {
  const { columns, shareWindow } = changeColumns(a);
  if (!columns.length) return [];
  return [pctCell(row.previousSharePct), ...(shareWindow ? [pctCell(row.windowSharePct)] : []), ppCell(row.changePp)];
}

function categoryTable(layout: SheetLayout, a: Assessment): void {
  const force = a.region.force;
  const c = a.comparison;
  layout.table({
    name: "SA_ShareByCategory",
    caption: `Share of ${force} by category, ${a.lead.label}.`,
    note: `Share = ${a.area}'s count / the region's (${force}'s) count x 100. Position: among the ${unitCount(a.region)}, largest share first.${c ? ` Change in share compares ${c.label}, in percentage points (pp); it is not coloured, as a larger share is not in itself good or bad.` : ""}`,
    columns: [
      { header: "Category", format: "text" },
      { header: a.area, format: "integer" },
      { header: "Region", format: "integer" },
      { header: "Share %", format: "percent1" },
      { header: "Position", format: "text" },
      ...changeColumns(a).columns,
    ],
    rows: a.share.map((s) => [
      s.category,
      s.areaCount,
      s.regionCount,
      pctCell(s.sharePct),
      s.sharePct === null ? null : positionWords(s.rank, s.of),
      ...changeCells(a, s),
    ]),
  });
}

/** Districts largest first, as the chart draws them, with the area's bar picked out. */
function districtTableAndChart(layout: SheetLayout, a: Assessment): void {
  const force = a.region.force;
  const rows = [...a.districts].sort((x, y) => y.count - x.count || x.district.localeCompare(y.district));
  const rates = a.rates;
  const rateHeader = rates?.annualisedFrom ? "Crimes per 1,000 (annualised)" : "Crimes per 1,000";
  const rateColumns: ColumnPlan[] = rates
    ? [
        { header: `Population (${rates.populationYear})`, format: "integer" },
        { header: rateHeader, format: "decimal1" },
        { header: "Rate rank", format: "integer" },
      ]
    : [];
  const districts = layout.table({
    name: "SA_ShareByDistrict",
    caption: `All crime by ${unitWord(a)} in ${force}, ${a.lead.label}, largest first.`,
    note: districtNote(a),
    columns: [
      { header: capitalise(unitWord(a)), format: "text" },
      { header: "All crime", format: "integer" },
      { header: "Share %", format: "percent1" },
      { header: "Rank", format: "integer" },
      ...(a.comparison ? [{ header: "Change (pp)", format: "pp1" } as ColumnPlan] : []),
      ...rateColumns,
    ],
    rows: rows.map((d) => [
      d.district,
      d.count,
      pctCell(d.sharePct),
      d.rank,
      ...(a.comparison ? [ppCell(d.changePp)] : []),
      ...(rates ? [d.population, rateCell(d.ratePer1000), d.rateRank] : []),
    ]),
    highlights: [{ kind: "dataBar", column: 2, fromRow: 0, toRow: Math.max(0, rows.length - 1) }],
  });
  const areaIndex = rows.findIndex((d) => d.isArea);
  layout.chart({
    name: "SA_ShareChart",
    type: "barClustered",
    title: `Share of all crime in ${force}, ${a.lead.label}`,
    categories: districts.column(0),
    series: districts.series(2),
    valueFormat: "percent1",
    legend: false,
    yAxisTitle: "Share of the force's recorded crime",
    xAxisTitle: capitalise(unitWord(a)),
    ...(areaIndex >= 0 && { highlight: { index: areaIndex, colour: HIGHLIGHT_COLOUR } }),
    altText: shareAltText(a, rows),
  });
}

function districtNote(a: Assessment): string {
  const rates = a.rates;
  const rateText = rates
    ? ` Crimes per 1,000 residents in ${a.lead.label}${rates.annualisedFrom ? `, annualised from ${rates.annualisedFrom} (count x 12 / months)` : ""}; population: ${rates.populationYear}.${rates.missing.length ? ` n/a: the population table has no figure for ${rates.missing.join(", ")}.` : ""}`
    : "";
  const change = a.comparison ? ` Change in share compares ${a.comparison.label}, in percentage points (pp).` : "";
  return `Rank 1 is the largest count.${change}${rateText}`;
}

/** "Share of all crime in Cleveland Police, 2025, largest first: Middlesbrough 31.9% (highlighted), ..." */
function shareAltText(a: Assessment, rows: DistrictShareRow[]): string {
  const list = rows
    .filter((d) => d.sharePct !== null)
    .map((d) => `${d.district} ${formatPct(d.sharePct!)}${d.isArea ? " (highlighted)" : ""}`)
    .join(", ");
  return `Share of all crime in ${a.region.force}, ${a.lead.label}, largest first: ${list}.`;
}

/** Rates for every category (rows) and district (columns, the area first), in tables of a printable width. */
function rateTables(layout: SheetLayout, a: Assessment, rates: RateFigures): void {
  const ordered = [...rates.districts].sort((x, y) => Number(y.isArea) - Number(x.isArea));
  const chunks: (typeof ordered)[] = [];
  for (let i = 0; i < ordered.length; i += RATE_DISTRICTS_PER_TABLE) {
    chunks.push(ordered.slice(i, i + RATE_DISTRICTS_PER_TABLE));
  }
  const annualised = rates.annualisedFrom ? `, annualised from ${rates.annualisedFrom}` : "";
  chunks.forEach((chunk, n) => {
    const last = n === chunks.length - 1;
    layout.table({
      name: n === 0 ? "SA_Rates" : `SA_Rates${n + 1}`,
      caption: `Crimes and ASB incidents per 1,000 residents by ${unitWord(a)}, ${a.lead.label}${annualised}.`,
      note: last
        ? `Region: all ${unitCount(a.region)} of ${a.region.force}. Population: ${rates.populationYear}. Rate = count${rates.annualisedFrom ? " x 12 / months" : ""} / residents x 1,000.${rates.missing.length ? ` n/a: no population for ${rates.missing.join(", ")}, so no rate for it or for the region.` : ""}`
        : undefined,
      columns: [
        { header: "Category", format: "text" },
        ...(n === 0 ? [{ header: "Region", format: "decimal1" } as ColumnPlan] : []),
        ...chunk.map((d): ColumnPlan => ({ header: d.district, format: "decimal1" })),
      ],
      rows: rates.categories.map((category, i) => [
        category,
        ...(n === 0 ? [rateCell(rates.region.rates[i])] : []),
        ...chunk.map((d) => rateCell(d.rates[i])),
      ]),
    });
  });
}

function regionDescription(a: Assessment): string {
  const r = a.region;
  const out = r.outOfArea.map((o) => o.district).join(", ");
  const strays = out
    ? r.includesOutOfArea
      ? ` It includes the districts outside the region that hold rows of ${r.force} (${out}), as chosen.`
      : ` It leaves out the districts outside the region (${out}): rows placed just across the force boundary, or crimes the force could not place.`
    : "";
  const source = r.forceArea
    ? ` Members: the districts of ${r.forceArea} in the ONS lookup${r.judgedByRule.some((j) => j.inRegion) ? ", with districts it does not hold judged from the data" : ""}.`
    : ` ${r.force} is not in the ONS lookup, so the members were judged from the data.`;
  return `The region total is the ${unitCount(r)} of ${r.force}.${source}${strays} Rows without a location are counted nowhere.`;
}

/** "district", "partnership" or "area": what the share is compared across. */
function unitWord(a: Assessment): string {
  return unitsWord(a.region).replace(/s$/, "");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
