/** Target trajectories: yearly milestones, actuals, variance and RAG status. */
import { AssessmentError, type ErrorPlace } from "../errors";
import { foldText } from "../extracts/crimeTypes";
import { periodLabel } from "../extracts/targetsCsv";
import { labelMonths, periodName, type Period } from "../measures/periods";
import { proRate } from "../measures/seasonality";
import { milestones, projectYearEnd, ragStatus } from "../measures/trajectory";
import { closestName, type AssessContext } from "./context";
import { profilePeriods, seasonalIndexFor } from "./monthly";
import type { TargetSetting } from "./settings";
import type { TargetResult, TrajectoryRow } from "./types";

/** Target years are refused outside these (a typo such as 2206/07), or further apart than MAX_TARGET_SPAN years. */
const EARLIEST_TARGET_YEAR = 2000;
const LATEST_TARGET_YEAR = 2100;
const MAX_TARGET_SPAN = 20;

export function targetResults(ctx: AssessContext): TargetResult[] {
  return ctx.settings.targets.map((target, index) => assessTarget(ctx, checkedTarget(ctx, target, index)));
}

/**
 * The target with its category as the data spell it and its years tidied, or an
 * AssessmentError naming the targets file (or "Settings") and the row and column:
 * a misspelt category would otherwise be a baseline of 0 that reads as Green.
 */
function checkedTarget(ctx: AssessContext, target: TargetSetting, index: number): TargetSetting {
  const at = (column: string): ErrorPlace => ({
    source: target.place?.source ?? "Settings",
    row: target.place?.row ?? index + 1,
    column,
  });
  const category = ctx.categories.find((c) => foldText(c) === foldText(target.category));
  if (category === undefined) {
    const closest = closestName(target.category, ctx.categories);
    throw new AssessmentError(
      `The target category "${target.category}" is not in the data.`,
      `${closest ? `Did you mean "${closest}"? ` : ""}Use one of the categories in the data: ${ctx.categories.join(", ")}.`,
      at("category"),
    );
  }
  const baselineYear = checkedYear(ctx, target.baselineYear, at("baseline_year"));
  const targetYear = checkedYear(ctx, target.targetYear, at("target_year"));
  const [from, to] = [Number.parseInt(baselineYear, 10), Number.parseInt(targetYear, 10)];
  if (baselineYear.includes("/") !== targetYear.includes("/")) {
    throw new AssessmentError(
      `The target year ${targetYear} and the baseline ${baselineYear} are different kinds of year.`,
      "Use financial years (2023/24) for both or calendar years (2023) for both.",
      at("target_year"),
    );
  }
  if (to <= from) {
    throw new AssessmentError(
      `The target year ${targetYear} is not after the baseline ${baselineYear}.`,
      "Give a target year later than the baseline year.",
      at("target_year"),
    );
  }
  if (to - from > MAX_TARGET_SPAN) {
    throw new AssessmentError(
      `The target year ${targetYear} is ${to - from} years after the baseline ${baselineYear}.`,
      `Give a target year at most ${MAX_TARGET_SPAN} years after the baseline (check the years for a typing error).`,
      at("target_year"),
    );
  }
  return { ...target, category, baselineYear, targetYear };
}

/** A year label tidied ("2023-24" -> "2023/24"), readable, within range and on the run's basis. */
function checkedYear(ctx: AssessContext, text: string, place: ErrorPlace): string {
  const label = periodLabel(text);
  if (label === null) {
    throw new AssessmentError(
      `"${text.trim()}" is not a year.`,
      'Write a financial year as "2023/24" or a calendar year as "2023".',
      place,
    );
  }
  const start = Number.parseInt(label, 10);
  if (start < EARLIEST_TARGET_YEAR || start > LATEST_TARGET_YEAR) {
    throw new AssessmentError(
      `The year ${label} is before ${EARLIEST_TARGET_YEAR} or after ${LATEST_TARGET_YEAR}.`,
      "Check the year for a typing error.",
      place,
    );
  }
  const financial = label.includes("/");
  const basis = ctx.settings.basis;
  if ((basis === "financial" && !financial) || (basis === "calendar" && financial)) {
    const [is, runs, example] = financial
      ? ["a financial year", "calendar years", String(start)]
      : ["a calendar year", "financial years", `${start}/${String((start + 1) % 100).padStart(2, "0")}`];
    throw new AssessmentError(
      `${label} is ${is}, but this assessment runs on ${runs}.`,
      `Write the year as ${example}, or run the assessment on ${financial ? "financial" : "calendar"} years.`,
      place,
    );
  }
  return label;
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
  const baseline = ctx.count(ctx.areaDistricts, target.category, base.months);
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
    profile: describeProfile(ctx, target.category, profile),
  };
}

/** What a partial year is pro-rated and projected by (monthly.ts's profilePeriods: the complete years). */
function describeProfile(ctx: AssessContext, category: string, profile: readonly (number | null)[]): string {
  if (ctx.quarterly) return "equal months (the counts are quarterly, so there is no monthly pattern)";
  if (profile.every((v) => v === null)) return `equal months (no ${category} in the months the pattern is taken from)`;
  const periods = profilePeriods(ctx);
  const names = periods.map((p) => p.name);
  const over = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const one = periods.length === 1 ? " (one year: its pattern may be partly chance)" : "";
  return `the area's monthly pattern for ${category} over ${over}${one}`;
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
      year: name,
      t,
      milestone: fullMilestone,
      fullYearMilestone: fullMilestone,
      actual: null,
      variance: null,
      variancePct: null,
      status: null,
      proRated: false,
      projection: null,
      projectionStatus: null,
    };
  }
  const proRated = period.months.length < 12;
  const milestone = proRate(fullMilestone, profile, period.months);
  const actual = ctx.count(ctx.areaDistricts, target.category, period.months);
  const variance = actual - milestone;
  // Only the year still under way is projected: an earlier year with a month missing has ended.
  const underWay = proRated && period === ctx.latest;
  const projection = !proRated ? actual : underWay ? projectYearEnd(actual, profile, period.months) : null;
  return {
    period: labelMonths(period, period.months),
    year: period.name,
    t,
    milestone,
    fullYearMilestone: fullMilestone,
    actual,
    variance,
    variancePct: milestone === 0 ? null : (variance / milestone) * 100,
    status: t === 0 ? null : ragStatus(actual, milestone, target.tolerancePct, target.polarity),
    proRated,
    projection,
    projectionStatus:
      t === 0 || projection === null
        ? null
        : ragStatus(projection, fullMilestone, target.tolerancePct, target.polarity),
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
