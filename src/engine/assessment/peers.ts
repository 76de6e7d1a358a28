/**
 * The area against its most similar group (settings.peers), as analysts quote
 * iQuanta: for each category (and priority), in the lead period, every member's
 * rate per 1,000, the group mean, the area's rank and its position against
 * control limits (measures/peers.ts). Peers are named as the data or the ONS
 * lookup name them and found tolerantly, as the area is; a peer not in the data
 * is named with the nearest name that is.
 */
import { AssessmentError, isAssessmentError } from "../errors";
import { closestNames, foldPlaceName } from "../lookups/placeNames";
import { areaChoices, findArea, partnershipsFirst, type Area } from "../measures/area";
import { monthsWithData } from "../measures/counts";
import { compareWithGroup, type PeerPosition } from "../measures/peers";
import { describeMonthRuns, describeMonthSpans, isComplete, periodLabel } from "../measures/periods";
import { placesOf } from "../measures/places";
import { UNASSIGNED } from "../measures/region";
import type { AssessContext } from "./context";
import { positionWords } from "./format";
import { annualFactor, residentsOf } from "./population";
import type { PeerFigures, PeerGroupMember, PeerMeasure } from "./types";

/** A member as found in the data: its districts (indexes) and whether the data name it as a partnership. */
interface FoundMember {
  name: string;
  isArea: boolean;
  districts: number[];
  kind: "district" | "partnership";
}

export function peerFigures(ctx: AssessContext): PeerFigures | null {
  const requested = (ctx.settings.peers ?? []).map((p) => p.trim()).filter((p) => p !== "");
  if (requested.length === 0) return null;
  const { found, missing, skipped } = findPeers(ctx, requested);
  const population = ctx.settings.population;
  const members = [areaMember(ctx), ...found].map((m) => ({ found: m, member: describeMember(ctx, m) }));
  const base = {
    requested,
    members: members.map((m) => m.member),
    missing,
    skipped,
    period: periodLabel(ctx.lead),
    annualisedFrom: isComplete(ctx.lead) ? null : describeMonthSpans(ctx.lead.months),
    populationYear: population?.year ?? null,
  };
  const area = members[0].member;
  const problem =
    found.length === 0
      ? `No peer is listed apart from ${area.name} itself, so there is no group to compare with.`
      : !population
        ? "Peers are compared by rate per 1,000 residents, and no population table was given."
        : area.population === null
          ? `${area.name} has no rate per 1,000 (${area.problem}), so it cannot be compared with its group.`
          : null;
  if (problem) return { ...base, problem, measures: [] };
  const rated = members.filter((m) => m.member.problem === null);
  return { ...base, problem: null, measures: ctx.categories.map((c) => peerMeasure(ctx, c, rated)) };
}

/** "highest of 8", "3rd highest of 15", "highest of 8, level with 7": the area's rank in words. */
export function peerRankWords(m: { area: { rank: number }; of: number; level: number }): string {
  return `${positionWords(m.area.rank, m.of)}${m.level ? `, level with ${m.level}` : ""}`;
}

/**
 * Decimal places a measure's rates are shown with, in the findings and on the
 * Comparisons sheet: one, or two where the group mean is under 1 per 1,000 (a rare
 * crime), so that the area and its group do not both round to 0.0 or 0.1.
 */
export function peerRateDecimals(m: { mean: number }): 1 | 2 {
  return m.mean < 1 ? 2 : 1;
}

/** The position of the area in one category, for other measures (the priority matrix); null without one. */
export function peerPosition(peers: PeerFigures | null, category: string): PeerPosition | null {
  return peers?.measures.find((m) => m.category === category)?.position ?? null;
}

function peerMeasure(
  ctx: AssessContext,
  category: string,
  rated: { found: FoundMember; member: PeerGroupMember }[],
): PeerMeasure {
  const group = rated.map(({ found, member }) => ({
    name: found.name,
    isArea: found.isArea,
    count: ctx.count(found.districts, category, ctx.lead.months),
    population: member.population!,
  }));
  const comparison = compareWithGroup(group, annualFactor(ctx.lead));
  const rates = group.map((m, i) => ({ ...m, rate: comparison.rates[i], rank: comparison.ranks[i] }));
  const members = rates
    .map(({ name, isArea, count, rate, rank }) => ({ name, isArea, count, rate, rank }))
    .sort((x, y) => x.rank - y.rank);
  const area = members.find((m) => m.isArea)!;
  return {
    category,
    members,
    area,
    mean: comparison.mean,
    sd: comparison.sd,
    limits: comparison.limits,
    position: comparison.position,
    of: members.length,
    level: members.filter((r) => !r.isArea && r.rate === area.rate).length,
  };
}

function areaMember(ctx: AssessContext): FoundMember {
  const unit = ctx.region.units.find((u) => u.isArea);
  return {
    name: ctx.areaName,
    isArea: true,
    districts: ctx.areaDistricts,
    kind: unit?.kind ?? (ctx.areaDistricts.length > 1 ? "partnership" : "district"),
  };
}

/** Residents, and whether the member's data hold every month of the lead period (missing months are not zero). */
function describeMember(ctx: AssessContext, m: FoundMember): PeerGroupMember {
  const parts = m.districts.map((d) => ctx.cube.districts[d]);
  const residents = residentsOf(ctx.settings.population, m.name, m.kind, parts);
  const gaps = missingLeadMonths(ctx, m.districts);
  const problem =
    residents.problem !== null
      ? `no population: ${residents.problem}`
      : gaps.length && !m.isArea
        ? `its data lack ${describeMonthRuns(gaps)}, so its rate would not be for the whole period`
        : null;
  return { name: m.name, isArea: m.isArea, population: residents.value, problem };
}

/** Months of the lead period with no rows for these districts (a quarter's count covers its three months). */
function missingLeadMonths(ctx: AssessContext, districts: readonly number[]): number[] {
  const present = new Set<number>();
  for (const m of monthsWithData(ctx.cube, districts)) {
    for (let k = 0; k < (ctx.quarterly ? 3 : 1); k++) present.add(m + k);
  }
  return ctx.lead.months.filter((m) => !present.has(m));
}

/**
 * Each listed peer found as an area of the data, as the area itself is found
 * (tolerant names, partnerships of several districts); the rest named as missing
 * with their nearest match, or skipped (the area itself, a repeat, an overlap).
 * An error when none is found: a comparison with no peers is no comparison.
 */
function findPeers(ctx: AssessContext, requested: string[]) {
  const found: FoundMember[] = [];
  const missing: PeerFigures["missing"] = [];
  const skipped: PeerFigures["skipped"] = [];
  const taken = new Set(ctx.areaDistricts);
  const places = placesOf(ctx.read.table, partnershipsFirst(ctx.read));
  let choices: string[] | null = null;
  for (const name of requested) {
    const area = findPeerArea(ctx, name);
    if (!area) {
      choices ??= areaChoices(ctx.read);
      missing.push({ name, closest: closestNames(name, choices, 1, foldPlaceName)[0] ?? null });
      continue;
    }
    const reason = skipReason(ctx, area, found, taken);
    if (reason) {
      skipped.push({ name, reason });
      continue;
    }
    area.districts.forEach((d) => taken.add(d));
    const kind = area.partnership ? "partnership" : (places[area.districts[0]]?.kind ?? "district");
    found.push({ name: area.name, isArea: false, districts: area.districts, kind });
  }
  if (found.length === 0 && missing.length > 0) {
    const listed = missing.map((m) => `"${m.name}"${m.closest ? ` (nearest: "${m.closest}")` : ""}`).join(", ");
    throw new AssessmentError(
      `None of the peers listed is in the data: ${listed}.`,
      "Name the peers as the data name their areas (a Home Office table's CSP Name), or load a table that holds them.",
      { column: "peers" },
    );
  }
  return { found, missing, skipped };
}

/** The peer as an area of the data, or null when the data hold no such area. */
function findPeerArea(ctx: AssessContext, name: string): Area | null {
  try {
    return findArea(ctx.read, name);
  } catch (error) {
    if (isAssessmentError(error)) return null;
    throw error;
  }
}

function skipReason(ctx: AssessContext, area: Area, found: FoundMember[], taken: Set<number>): string | null {
  const same = (districts: number[]) =>
    districts.length === area.districts.length && districts.every((d) => area.districts.includes(d));
  if (same(ctx.areaDistricts)) return `it is ${ctx.areaName}, the area itself`;
  if (UNASSIGNED.test(area.name)) return "it holds crimes the force could not place, not an area";
  if (found.some((f) => same(f.districts))) return "it is listed twice";
  if (area.districts.some((d) => taken.has(d))) return `it overlaps ${ctx.areaName} or another peer`;
  return null;
}
