/**
 * Every figure, one per row (area, category, period, measure, value), for
 * analysts who feed Power BI or R, and for checking the workbook's numbers.
 * Each value carries the label of the months it covers.
 */
import { describeSpan } from "../measures/periods";
import type { AssessContext } from "./context";
import type { Figures } from "./findings";
import { districtShares } from "./shares";
import type { TidyMeasure } from "./types";

export function tidyMeasures(ctx: AssessContext, a: Figures): TidyMeasure[] {
  const rows = new Map<string, TidyMeasure>();
  const put = (area: string, category: string, period: string, measure: string, value: number | string | null) => {
    if (value === null) return;
    rows.set(`${area}\u0000${category}\u0000${period}\u0000${measure}`, { area, category, period, measure, value });
  };
  const area = a.area;
  for (const t of a.trends) {
    ctx.periods.forEach((p, i) => put(area, t.category, a.periodLabels[i], "count", t.counts[i]));
    const c = t.yearOnYear;
    if (c && ctx.comparison) {
      const { current, previous } = ctx.comparison;
      put(area, t.category, previous.label, "count", c.previous);
      put(area, t.category, current.label, "count", c.current);
      put(area, t.category, current.label, "change", c.change);
      put(area, t.category, current.label, "change_pct", c.changePct);
      put(area, t.category, current.label, "significance", c.significance);
    }
    const c3 = t.threeYear;
    if (c3 && ctx.threeYear) {
      const { current, previous } = ctx.threeYear;
      put(area, t.category, previous.label, "count", c3.previous);
      put(area, t.category, current.label, "change_3y", c3.change);
      put(area, t.category, current.label, "change_3y_pct", c3.changePct);
      put(area, t.category, current.label, "significance_3y", c3.significance);
    }
  }
  const span = describeSpan(a.firstMonth, a.lastMonth);
  for (const t of a.trends) {
    put(area, t.category, span, "trend_pct_per_year", t.trend?.pctPerYear ?? null);
    put(area, t.category, span, "trend", t.trend?.direction ?? null);
  }
  const lead = a.lead.label;
  const compared = ctx.comparison?.current.label;
  for (const category of ctx.categories) {
    for (const d of districtShares(ctx, category)) {
      put(d.district, category, lead, "count", d.count);
      put(d.district, category, lead, "share_of_region_pct", d.sharePct);
      put(d.district, category, lead, "rank_in_region", d.rank);
      if (compared) put(d.district, category, compared, "share_of_region_change_pp", d.changePp);
    }
  }
  for (const m of a.areaMix) put(area, m.category, lead, "share_of_area_pct", m.sharePct);
  const rates = a.rates;
  const rateMeasure = rates?.annualisedFrom ? "rate_per_1000_annualised" : "rate_per_1000";
  for (const d of rates?.districts ?? []) {
    rates!.categories.forEach((category, i) => put(d.district, category, lead, rateMeasure, d.rates[i]));
  }
  for (const m of a.peers?.measures ?? []) {
    for (const member of m.members) put(member.name, m.category, lead, rateMeasure, member.rate);
    put(area, m.category, lead, "peer_group_mean", m.mean);
    put(area, m.category, lead, "peer_rank", m.area.rank);
    put(area, m.category, lead, "peer_group_size", m.of);
    put(area, m.category, lead, "peer_lower_limit", m.limits?.lower ?? null);
    put(area, m.category, lead, "peer_upper_limit", m.limits?.upper ?? null);
    put(area, m.category, lead, "peer_limits", m.limits?.method ?? null);
    put(area, m.category, lead, "peer_position", m.position);
  }
  for (const row of a.forceAndNation.rows) {
    put(a.forceAndNation.force, row.category, lead, rateMeasure, row.force);
    put("England and Wales", row.category, lead, rateMeasure, row.nation);
  }
  for (const t of a.targets) {
    for (const row of t.rows) {
      put(area, t.target.category, row.period, "target_milestone", row.milestone);
      put(area, t.target.category, row.period, "target_actual", row.actual);
      put(area, t.target.category, row.period, "target_status", row.status);
    }
  }
  return [...rows.values()];
}
