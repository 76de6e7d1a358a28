/**
 * Share of region (by category and by district) and share within the area. The
 * headline share, rank and rate are for the lead period; the change in share
 * compares the two sides of the year-on-year comparison, like for like.
 */
import { ALL_CRIME, ASB } from "../measures/counts";
import { rankDescending, sharePct } from "../measures/share";
import type { AssessContext } from "./context";
import { annualFactor } from "./population";
import { unitPopulation } from "./rates";
import type { AreaMixRow, DistrictShareRow, ShareRow } from "./types";

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** Count of each of the region's units over some months, and their shares of the region total. */
function sharesOver(ctx: AssessContext, category: string, months: readonly number[] | null) {
  const counts = ctx.region.units.map((u) => (months ? ctx.count(u.districts, category, months) : 0));
  const total = counts.reduce((a, b) => a + b, 0);
  return { counts, shares: counts.map((c) => (months ? sharePct(c, total) : null)) };
}

/**
 * For one category: each of the region's units' (districts', or partnerships')
 * count, share, rank and rate in the lead period, and the change in share.
 */
export function districtShares(ctx: AssessContext, category: string): DistrictShareRow[] {
  const { region, comparison } = ctx;
  const lead = sharesOver(ctx, category, ctx.lead.months);
  const before = sharesOver(ctx, category, comparison?.previous.months ?? null);
  const later = sharesOver(ctx, category, comparison?.current.months ?? null);
  const ranks = rankDescending(lead.counts);
  const populations = region.units.map((u) => unitPopulation(ctx, u));
  const factor = annualFactor(ctx.lead);
  const rates = lead.counts.map((c, i) => (populations[i] ? ((c * factor) / populations[i]!) * 1000 : null));
  const known = rates.filter((r): r is number => r !== null);
  return region.units.map((u, i) => ({
    district: u.name,
    isArea: u.isArea,
    count: lead.counts[i],
    previousCount: before.counts[i],
    windowCount: later.counts[i],
    sharePct: lead.shares[i],
    previousSharePct: before.shares[i],
    windowSharePct: later.shares[i],
    changePp: difference(later.shares[i], before.shares[i]),
    rank: ranks[i],
    population: populations[i],
    ratePer1000: rates[i],
    rateRank: rates[i] === null ? null : 1 + known.filter((r) => r > rates[i]!).length,
  }));
}

export function shareRows(ctx: AssessContext): ShareRow[] {
  return ctx.categories.map((category) => {
    const rows = districtShares(ctx, category);
    const area = rows.find((r) => r.isArea);
    const regionCount = rows.reduce((sum, r) => sum + r.count, 0);
    return {
      category,
      areaCount: area?.count ?? 0,
      regionCount,
      sharePct: area?.sharePct ?? null,
      previousSharePct: area?.previousSharePct ?? null,
      windowSharePct: area?.windowSharePct ?? null,
      changePp: area?.changePp ?? null,
      rank: area?.rank ?? rows.length,
      of: rows.length,
    };
  });
}

/** Each category's share of all the area's rows (recorded crime and ASB incidents together), in the lead period. */
export function areaMixRows(ctx: AssessContext): AreaMixRow[] {
  const area = ctx.areaDistricts;
  const months = ctx.lead.months;
  const total = ctx.count(area, ALL_CRIME, months) + ctx.count(area, ASB, months);
  return ctx.categories.map((category) => {
    const count = ctx.count(area, category, months);
    return { category, count, sharePct: sharePct(count, total) };
  });
}
