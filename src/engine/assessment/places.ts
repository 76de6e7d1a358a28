/**
 * Places (LSOAs) where crime and each theme concentrate in the area, in the lead
 * period: the top places with their like-for-like change and share of the area,
 * the concentration and Pareto curve, and the places in the top places in each
 * of the last three complete periods. The area's LSOAs are those the extract
 * names on the area's rows (in any month and category), so an LSOA with no crime
 * in the lead period counts among them; rows with no LSOA are left out and counted.
 */
import { AssessmentError } from "../errors";
import { ALL_CRIME, ASB } from "../measures/counts";
import { change } from "../measures/change";
import { concentration, paretoCurve, placeRanks, repeatPlaces, topPlaces } from "../measures/hotspots";
import { countByLsoa, type LsoaCounts, type PlaceMeasureRule } from "../measures/lsoaCounts";
import { sharePct } from "../measures/share";
import { poissonMeansTest } from "../measures/significance";
import type { AssessContext } from "./context";
import type { Figures } from "./findings";
import { formatCount } from "./format";
import type { PlaceFigures, PlaceMeasure, PlaceRow, RepeatPlace } from "./types";

export const DEFAULT_HOTSPOT_COUNT = 10;
/** Complete periods a repeat place must be in the top places of. */
export const REPEAT_YEARS = 3;
/** A top-places list longer than this would not be read (and is likely a typing error). */
export const MAX_HOTSPOT_COUNT = 100;

/** The windows of months counted by LSOA, in this order. */
interface Windows {
  lead: number;
  previous: number | null;
  current: number | null;
  /** One per repeat period, oldest first. */
  repeat: number[];
  months: number[][];
}

export function placeFigures(ctx: AssessContext): PlaceFigures | null {
  const table = ctx.read.table;
  if (!table.lsoa) return null;
  const topCount = hotspotCount(ctx.settings.hotspotCount);
  const windows = windowsOf(ctx);
  const measures = placeMeasures(ctx);
  const counts = countByLsoa(
    table,
    ctx.areaDistricts,
    windows.months,
    measures.map(([, rule]) => rule),
  );
  if (counts.lsoas.length === 0) return null;
  const codes = counts.lsoas.map((id) => table.lsoas?.[id] ?? "");
  const names = counts.lsoas.map((id, i) => table.lsoaNames?.[id] || codes[i]);
  const byCode = (a: number, b: number) => codes[a].localeCompare(codes[b]);
  const place = { codes, names, byCode, topCount };
  return {
    lsoaCount: counts.lsoas.length,
    topCount,
    repeatPeriods: ctx.completePeriods.slice(-REPEAT_YEARS).map((p) => p.name),
    measures: measures.map(([category], j) => placeMeasure(category, counts, j, windows, place)),
  };
}

/** The setting, checked: a whole number from 1 to MAX_HOTSPOT_COUNT; DEFAULT_HOTSPOT_COUNT when not set. */
export function hotspotCount(value: number | undefined): number {
  if (value === undefined) return DEFAULT_HOTSPOT_COUNT;
  if (!Number.isInteger(value) || value < 1 || value > MAX_HOTSPOT_COUNT) {
    throw new AssessmentError(
      `${value} is not a number of top places the assessment can list.`,
      `Give a whole number from 1 to ${MAX_HOTSPOT_COUNT} (the default is ${DEFAULT_HOTSPOT_COUNT}).`,
      { source: "Settings", column: "top places" },
    );
  }
  return value;
}

function windowsOf(ctx: AssessContext): Windows {
  const months: number[][] = [ctx.lead.months];
  const add = (list: number[]) => months.push(list) - 1;
  const c = ctx.comparison;
  return {
    lead: 0,
    previous: c ? add(c.previous.months) : null,
    current: c ? add(c.current.months) : null,
    repeat:
      ctx.completePeriods.length >= REPEAT_YEARS
        ? ctx.completePeriods.slice(-REPEAT_YEARS).map((p) => add(p.months))
        : [],
    months,
  };
}

/** All crime (every category but ASB), ASB when the data has it, then each priority. */
function placeMeasures(ctx: AssessContext): [string, PlaceMeasureRule][] {
  const asb = ctx.read.table.categories.indexOf(ASB);
  return [
    [ALL_CRIME, { includes: (category) => category !== asb }],
    ...(asb >= 0 ? [[ASB, { includes: (category: number) => category === asb }] as [string, PlaceMeasureRule]] : []),
    ...ctx.priorities.map((p): [string, PlaceMeasureRule] => [p.name, p]),
  ];
}

interface PlaceNames {
  codes: string[];
  names: string[];
  byCode: (a: number, b: number) => number;
  topCount: number;
}

function placeMeasure(
  category: string,
  counts: LsoaCounts,
  j: number,
  windows: Windows,
  place: PlaceNames,
): PlaceMeasure {
  const lead = counts.counts[j][windows.lead];
  const located = lead.reduce((a, b) => a + b, 0);
  const ranks = placeRanks(lead);
  const { places, tiedBeyond } = topPlaces(lead, place.topCount, place.byCode);
  const compared = (i: number) => {
    if (windows.previous === null || windows.current === null) return null;
    const previous = counts.counts[j][windows.previous][i];
    const current = counts.counts[j][windows.current][i];
    return { ...change(previous, current), ...poissonMeansTest(previous, current) };
  };
  const top = places.map((i): PlaceRow => ({
    code: place.codes[i],
    name: place.names[i],
    rank: ranks[i],
    count: lead[i],
    change: compared(i),
    sharePct: sharePct(lead[i], located),
  }));
  return {
    category,
    located,
    unlocated: counts.unlocated[j][windows.lead],
    withAny: lead.filter((c) => c > 0).length,
    top,
    tiedBeyond,
    concentration: concentration(lead),
    pareto: paretoCurve(lead),
    repeat: repeatOf(counts.counts[j], windows, place),
  };
}

/** Places in the top places in each of the last three complete periods, most in the latest first. */
function repeatOf(byWindow: number[][], windows: Windows, place: PlaceNames): RepeatPlace[] | null {
  if (windows.repeat.length < REPEAT_YEARS) return null;
  const periods = windows.repeat.map((w) => byWindow[w]);
  const ranks = periods.map(placeRanks);
  const latest = periods[periods.length - 1];
  return repeatPlaces(periods, place.topCount)
    .sort((a, b) => latest[b] - latest[a] || place.byCode(a, b))
    .map((i) => ({
      code: place.codes[i],
      name: place.names[i],
      counts: periods.map((counts) => counts[i]),
      ranks: ranks.map((r) => r[i]),
    }));
}

/** The method page's lines on places: which LSOAs, which period, and each measure's rule. */
export function placeMethodLines(a: Pick<Figures, "places" | "area" | "lead" | "comparison" | "quality">): string[] {
  const places = a.places;
  if (!places) return ["Places: not given, as no row of the area has an LSOA (a small census area)."];
  const n = places.topCount;
  const policeUk = a.quality.sources.some((s) => s.format === "police-uk" && !s.leftOut)
    ? " (a police.uk row with no LSOA has no district either, so it is in no area's figures)"
    : "";
  const compared = a.comparison ? ` The change compares ${a.comparison.label}, tested as elsewhere.` : "";
  const repeat =
    places.repeatPeriods.length >= REPEAT_YEARS
      ? `each of the last ${REPEAT_YEARS} complete periods (${places.repeatPeriods.join(", ")})`
      : `each of the last ${REPEAT_YEARS} complete periods (the files supplied hold ${places.repeatPeriods.length}, so none is given)`;
  return [
    `Places: LSOAs (small census areas of 1,000 to 3,000 residents). The area's LSOAs are those the files supplied name on ${a.area}'s rows, in any month or category: ${formatCount(places.lsoaCount)}. One with none in the headline period counts among them as zero; one the files never name for the area is not known. Counts are for ${a.lead.label}; rows with no LSOA are left out of the places${policeUk}, and the Places sheet and each theme page say how many.${compared}`,
    `Top places: the ${n} LSOAs with the most, ties in LSOA code order (further ties are noted). Share of the area: of the count with an LSOA. Concentration: the fewest LSOAs, most first, holding at least half of the count, as a share of the area's LSOAs. Pareto curve: the share of the count held by the top x% of the area's LSOAs, every 10%, read along a straight line between whole LSOAs. Repeat places: LSOAs ranked in the top ${n} (ties included) in ${repeat}.`,
  ];
}
