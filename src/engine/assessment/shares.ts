/** Share of region (by category and by district) and share within the area. */
import { ALL_CRIME, ASB } from "../measures/counts";
import { rankDescending, sharePct } from "../measures/share";
import type { AssessContext } from "./context";
import { populationOf } from "./population";
import type { AreaMixRow, DistrictShareRow, ShareRow } from "./types";

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** For one category: each region district's count, share and rank on the current (and previous) months. */
export function districtShares(ctx: AssessContext, category: string): DistrictShareRow[] {
  const { region, currentMonths, previousMonths } = ctx;
  const counts = region.districts.map((d) => ctx.count([d], category, currentMonths));
  const before = region.districts.map((d) => (previousMonths ? ctx.count([d], category, previousMonths) : 0));
  const total = counts.reduce((a, b) => a + b, 0);
  const totalBefore = before.reduce((a, b) => a + b, 0);
  const ranks = rankDescending(counts);
  const populations = region.districts.map((d) => populationOf(ctx.settings.population, ctx.cube.districts[d]));
  const rates = counts.map((c, i) => (populations[i] ? (c / populations[i]!) * 1000 : null));
  const known = rates.filter((r): r is number => r !== null);
  return region.districts.map((d, i) => {
    const share = sharePct(counts[i], total);
    const previousShare = previousMonths ? sharePct(before[i], totalBefore) : null;
    return {
      district: ctx.cube.districts[d],
      isArea: d === ctx.area,
      count: counts[i],
      previousCount: before[i],
      sharePct: share,
      previousSharePct: previousShare,
      changePp: difference(share, previousShare),
      rank: ranks[i],
      population: populations[i],
      ratePer1000: rates[i],
      rateRank: rates[i] === null ? null : 1 + known.filter((r) => r > rates[i]!).length,
    };
  });
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
      changePp: area?.changePp ?? null,
      rank: area?.rank ?? rows.length,
      of: rows.length,
    };
  });
}

/** Each category's share of all the area's rows (recorded crime and ASB incidents together). */
export function areaMixRows(ctx: AssessContext): AreaMixRow[] {
  const area = [ctx.area];
  const crime = ctx.count(area, ALL_CRIME, ctx.currentMonths);
  const asb = ctx.count(area, ASB, ctx.currentMonths);
  const total = crime + asb;
  return ctx.categories.map((category) => {
    const count = ctx.count(area, category, ctx.currentMonths);
    return { category, count, sharePct: sharePct(count, total) };
  });
}
