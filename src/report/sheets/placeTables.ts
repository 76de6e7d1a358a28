/**
 * The top places of one measure (a table of LSOAs with their count, change and
 * share of the area) and the sentences on its concentration and repeat places:
 * for All crime on the Places sheet, for ASB and each priority on its theme page.
 */
import { formatCount, formatPct } from "../../engine/assessment/format";
import { lowerFirst } from "../../engine/assessment/themes";
import type { Assessment, PlaceFigures, PlaceMeasure, PlaceRow } from "../../engine/assessment/types";
import { during } from "../../engine/measures/periods";
import type { SheetLayout } from "../layout";
import type { CellValue, ColumnPlan } from "../plan";
import { changePctCell, changeWordsCell, pctCell } from "../values";
import { windowHeader } from "./describe";

/** Whether the comparison's later side is the lead period itself (then its count is the lead column). */
export function comparesLead(a: Assessment): boolean {
  const c = a.comparison;
  return c !== null && !c.likeForLike && c.current.period === a.lead.period;
}

/**
 * Rank, LSOA, code, the lead period's count and share of the area, with the change
 * beside them: after the year before when the lead year is compared whole, else after
 * both sides of the comparison (a year to date sits beside the lead year, never in place of it).
 */
function placeColumns(a: Assessment): ColumnPlan[] {
  const c = a.comparison;
  const count = (header: string): ColumnPlan => ({ header, format: "integer" });
  const lead = count(a.lead.label);
  const change: ColumnPlan[] = [
    { header: "Change %", format: "signedPercent1" },
    { header: "What changed", format: "text" },
  ];
  const counts = !c
    ? [lead]
    : comparesLead(a)
      ? [count(windowHeader(c.previous)), lead, ...change]
      : [lead, count(windowHeader(c.previous)), count(windowHeader(c.current)), ...change];
  return [
    { header: "Rank", format: "integer" },
    { header: "LSOA", format: "text" },
    { header: "LSOA code", format: "text" },
    ...counts,
    { header: "Share of area %", format: "percent1" },
  ];
}

function placeCells(a: Assessment, row: PlaceRow): CellValue[] {
  const c = row.change;
  const change = [changePctCell(c), changeWordsCell(c)];
  const counts = !a.comparison
    ? [row.count]
    : comparesLead(a)
      ? [c?.previous ?? null, row.count, ...change]
      : [row.count, c?.previous ?? null, c?.current ?? null, ...change];
  return [row.rank, row.name, row.code, ...counts, pctCell(row.sharePct)];
}

/** The top places table; a line saying so when the measure has no place with any. */
export function topPlacesTable(
  layout: SheetLayout,
  a: Assessment,
  places: PlaceFigures,
  measure: PlaceMeasure,
  name: string,
): void {
  const what = lowerFirst(measure.category);
  if (measure.top.length === 0) {
    layout.text(`No ${what} with a location was recorded in ${a.area} ${during(a.lead.label)}.`, "body", true);
    return;
  }
  const ties = measure.tiedBeyond
    ? ` ${formatCount(measure.tiedBeyond)} more LSOA${measure.tiedBeyond === 1 ? " has" : "s have"} the same count as the last shown.`
    : "";
  const compared = a.comparison
    ? ` Change compares ${a.comparison.label}; it is not coloured, because among many places some changes look real by chance.`
    : "";
  layout.table({
    name,
    caption: `Top ${places.topCount} LSOAs for ${what} in ${a.area}, ${a.lead.label}.`,
    note: `Rank 1 has the most; equal counts share a rank.${ties} Share of area: of the ${formatCount(measure.located)} with an LSOA.${compared}`,
    columns: placeColumns(a),
    rows: measure.top.map((row) => placeCells(a, row)),
  });
}

/** "50.8% of serious violence with a location happened in 12.0% of Ashby's 125 LSOAs (the 15 with the most)." */
export function concentrationSentence(a: Assessment, measure: PlaceMeasure): string | null {
  const c = measure.concentration;
  if (!c) return null;
  const located = measure.unlocated > 0 ? " with a location" : "";
  return `${formatPct(c.heldPct)} of ${lowerFirst(measure.category)}${located} ${during(a.lead.label)} happened in ${formatPct(c.placesPct)} of ${a.area}'s ${formatCount(c.of)} LSOAs (the ${formatCount(c.places)} with the most).`;
}

/** The places in the top places in each of the last three complete periods, in words. */
export function repeatSentence(places: PlaceFigures, measure: PlaceMeasure): string {
  const years = listOf(places.repeatPeriods);
  const top = `the top ${places.topCount}`;
  if (measure.repeat === null) {
    const held = places.repeatPeriods.length;
    return `Repeat places (in ${top} in each of the last three complete years) need three complete years; the files supplied hold ${held === 0 ? "none" : held === 1 ? "one" : "two"}.`;
  }
  if (measure.repeat.length === 0)
    return `No LSOA was in ${top} for ${lowerFirst(measure.category)} in each of ${years}.`;
  const listed = listOf(measure.repeat.map((p) => `${p.name}${p.name === p.code ? "" : ` (${p.code})`}`));
  return `In ${top} for ${lowerFirst(measure.category)} in each of ${years}: ${listed}.`;
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
