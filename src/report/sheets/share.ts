/** Share of region by category and by district, and the mix within the area. */
import type { Assessment } from "../../engine/assessment/types";
import { polarityHighlights } from "../highlights";
import { SheetLayout } from "../layout";
import type { ColumnPlan, SheetPlan } from "../plan";
import { pctCell } from "../values";
import { currentLabel } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

export function shareSheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("share", SHEET_NAMES.share, TAB_COLOURS.share);
  const current = currentLabel(a);
  const previous = a.comparison?.previous.label;
  const force = a.region.force;
  layout.text(`${a.area}'s share of crime in ${force}`, "title");
  layout.text(`${a.sourceDescription}. ${regionDescription(a)}`, "subtitle").gap();

  layout.table({
    name: "SA_ShareByCategory",
    caption: `Share of ${force} by category, ${current}. Source: ${a.sourceDescription}.`,
    note: "Share = the area's count / the region's count x 100. Change is in percentage points (pp). Rank 1 is the largest share.",
    columns: [
      { header: "Category", format: "text" },
      { header: a.area, format: "integer" },
      { header: `${force} (region)`, format: "integer" },
      { header: "Share %", format: "percent1" },
      { header: previous ? `Share % ${previous}` : "Share % previous", format: "percent1" },
      { header: "Change (pp)", format: "pp1" },
      { header: "Rank", format: "integer" },
      { header: "Districts", format: "integer" },
    ],
    rows: a.share.map((s) => [
      s.category,
      s.areaCount,
      s.regionCount,
      pctCell(s.sharePct),
      pctCell(s.previousSharePct),
      s.changePp,
      s.rank,
      s.of,
    ]),
    highlights: polarityHighlights(
      a.trends.map((t) => t.polarity),
      5,
    ),
  });

  const population = a.districts.some((d) => d.isArea && d.population !== null) ? a.settings.population : undefined;
  const rateColumns: ColumnPlan[] = population
    ? [
        { header: `Population (${population.year})`, format: "integer" },
        { header: "Crimes per 1,000", format: "decimal1" },
        { header: "Rate rank", format: "integer" },
      ]
    : [];
  const districts = layout.table({
    name: "SA_ShareByDistrict",
    caption: `All crime by district in ${force}, ${current}. Source: ${a.sourceDescription}${population ? `; population: ${population.year}` : ""}.`,
    note: population && a.comparison?.likeForLike ? `Rates cover ${current} only, not a full year.` : undefined,
    columns: [
      { header: "District", format: "text" },
      { header: "All crime", format: "integer" },
      { header: "Share %", format: "percent1" },
      { header: previous ? `Share % ${previous}` : "Share % previous", format: "percent1" },
      { header: "Change (pp)", format: "pp1" },
      { header: "Rank", format: "integer" },
      ...rateColumns,
    ],
    rows: a.districts.map((d) => [
      d.district,
      d.count,
      pctCell(d.sharePct),
      pctCell(d.previousSharePct),
      d.changePp,
      d.rank,
      ...(population ? [d.population, d.ratePer1000, d.rateRank] : []),
    ]),
    highlights: [{ kind: "dataBar", column: 2, fromRow: 0, toRow: Math.max(0, a.districts.length - 1) }],
  });
  layout.chart({
    name: "SA_ShareChart",
    type: "barClustered",
    title: `Share of all crime in ${force}, ${current}`,
    categories: districts.column(0),
    series: districts.series(2),
    valueFormat: "percent1",
  });

  layout.table({
    name: "SA_AreaMix",
    caption: `Share within ${a.area}: each category's share of all recorded crime and ASB incidents, ${current}.`,
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

function regionDescription(a: Assessment): string {
  const r = a.region;
  const out = r.outOfArea.map((o) => o.district).join(", ");
  const strays = out
    ? r.includesOutOfArea
      ? ` It includes the out-of-area districts (${out}).`
      : ` It leaves out the out-of-area districts (${out}): stray rows placed outside the force, or crimes it could not place.`
    : "";
  return `The region total is the ${r.districts.length} districts of ${r.force}.${strays} Rows without a location are counted nowhere.`;
}
