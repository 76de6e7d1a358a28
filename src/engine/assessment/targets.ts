/** Target trajectories: yearly milestones, actuals, variance and RAG status. */
import { labelMonths, periodName, type Period } from "../measures/periods";
import { seasonalFraction } from "../measures/seasonality";
import { milestones, ragStatus } from "../measures/trajectory";
import type { AssessContext } from "./context";
import { seasonalIndexFor } from "./monthly";
import type { TargetSetting } from "./settings";
import type { TargetResult, TrajectoryRow } from "./types";

export function targetResults(ctx: AssessContext): TargetResult[] {
  return ctx.settings.targets.map((target) => assessTarget(ctx, target));
}

export function describeTarget(target: TargetSetting): string {
  const verb = target.changePct < 0 ? "Reduce" : "Increase";
  return `${verb} ${target.category} by ${Math.abs(target.changePct)}% by ${target.targetYear} against ${target.baselineYear} (${target.method})`;
}

function assessTarget(ctx: AssessContext, target: TargetSetting): TargetResult {
  const description = describeTarget(target);
  const empty = { target, description, baseline: null, targetValue: null, rows: [], latest: null };
  if (ctx.settings.basis === "rolling12") {
    return { ...empty, problem: "Targets are set by financial or calendar year: choose one of those bases." };
  }
  const base = ctx.periods.find((p) => p.name === target.baselineYear);
  const startOf = (name: string) => ctx.periods.find((p) => p.name === name)?.start ?? parseStart(ctx, name);
  const baseStart = base?.start ?? null;
  const endStart = startOf(target.targetYear);
  if (!base || base.months.length < 12 || baseStart === null) {
    return { ...empty, problem: `The baseline ${target.baselineYear} is not a complete period in the data.` };
  }
  if (endStart === null || endStart <= baseStart) {
    return {
      ...empty,
      problem: `The target year ${target.targetYear} must come after the baseline ${target.baselineYear}.`,
    };
  }
  const years = (endStart - baseStart) / 12;
  const baseline = ctx.count([ctx.area], target.category, base.months);
  const path = milestones(baseline, years, target.changePct, target.method);
  const profile = seasonalIndexFor(ctx, target.category);
  const rows = path.map((milestone, t) => trajectoryRow(ctx, target, milestone, t, baseStart + 12 * t, profile));
  const withActual = rows.filter((r) => r.actual !== null && r.t > 0);
  return {
    target,
    description,
    baseline,
    targetValue: path[path.length - 1],
    rows,
    latest: withActual.length ? withActual[withActual.length - 1] : null,
  };
}

function trajectoryRow(
  ctx: AssessContext,
  target: TargetSetting,
  fullMilestone: number,
  t: number,
  start: number,
  profile: (number | null)[],
): TrajectoryRow {
  const period: Period | undefined = ctx.periods.find((p) => p.start === start);
  const name = period?.name ?? periodName(ctx.settings.basis, start);
  if (!period) {
    return {
      period: name,
      t,
      milestone: fullMilestone,
      fullYearMilestone: fullMilestone,
      actual: null,
      variance: null,
      variancePct: null,
      status: null,
      proRated: false,
    };
  }
  const proRated = period.months.length < 12;
  const milestone = proRated ? fullMilestone * seasonalFraction(profile, period.months) : fullMilestone;
  const actual = ctx.count([ctx.area], target.category, period.months);
  const variance = actual - milestone;
  return {
    period: labelMonths(period, period.months),
    t,
    milestone,
    fullYearMilestone: fullMilestone,
    actual,
    variance,
    variancePct: milestone === 0 ? null : (variance / milestone) * 100,
    status: t === 0 ? null : ragStatus(actual, milestone, target.tolerancePct, target.polarity),
    proRated,
  };
}

/** Start month of a period named on the settings' basis, for years the data does not reach yet. */
function parseStart(ctx: AssessContext, name: string): number | null {
  const financial = /^(\d{4})\/(\d{2})$/.exec(name);
  if (ctx.settings.basis === "financial" && financial) return Number(financial[1]) * 12 + 3;
  const calendar = /^(\d{4})$/.exec(name);
  if (ctx.settings.basis === "calendar" && calendar) return Number(calendar[1]) * 12;
  return null;
}
