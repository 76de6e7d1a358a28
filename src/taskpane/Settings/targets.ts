/** The targets editor's rules: period labels on each basis, defaults, checks and a summary. */
import type { BasisChoice, PeriodBasis, PriorityDefinition, TargetSetting } from "../../engine/assessment/settings";
import { ALL_CRIME } from "../../engine/measures/counts";

const LABEL_PATTERNS: Record<PeriodBasis, { pattern: RegExp; example: string }> = {
  financial: { pattern: /^(\d{4})\/(\d{2})$/, example: "2023/24" },
  calendar: { pattern: /^(\d{4})$/, example: "2023" },
  rolling12: { pattern: /^12 months to (\d{4})-(0[1-9]|1[0-2])$/, example: "12 months to 2024-03" },
};

/** The basis target years are written in: on "auto", financial years (the engine then uses that basis). */
export function targetsBasis(basis: BasisChoice): PeriodBasis {
  return basis === "auto" ? "financial" : basis;
}

export function periodExample(basis: PeriodBasis): string {
  return LABEL_PATTERNS[basis].example;
}

/** A sortable number for a period label on a basis (months since year 0), or null if it is not one. */
export function periodOrder(label: string, basis: PeriodBasis): number | null {
  const match = LABEL_PATTERNS[basis].pattern.exec(label.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (basis === "financial") {
    // "2023/24": the second part must be the next year.
    return (year + 1) % 100 === Number(match[2]) ? year * 12 + 3 : null;
  }
  if (basis === "calendar") return year * 12;
  return year * 12 + Number(match[2]) - 1;
}

/** The period holding a "YYYY-MM" month, labelled on the basis. */
export function periodOfMonth(month: string, basis: PeriodBasis): string | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const [year, m] = [Number(match[1]), Number(match[2])];
  if (basis === "calendar") return String(year);
  if (basis === "rolling12") return `12 months to ${month}`;
  const start = m >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

function addYears(label: string, years: number, basis: PeriodBasis): string {
  const order = periodOrder(label, basis);
  if (order === null) return "";
  const year = Math.floor(order / 12) + years;
  if (basis === "calendar") return String(year);
  if (basis === "financial") return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
  return `12 months to ${year}-${String((order % 12) + 1).padStart(2, "0")}`;
}

/**
 * A new target: "reduce All crime by 5% over three years", from the latest period in
 * the data when it is known.
 */
export function newTarget(basis: PeriodBasis, latestMonth: string | null, category = ALL_CRIME): TargetSetting {
  const baselineYear = (latestMonth && periodOfMonth(latestMonth, basis)) || "";
  return {
    category,
    baselineYear,
    targetYear: baselineYear ? addYears(baselineYear, 3, basis) : "",
    changePct: -5,
    method: "linear",
    tolerancePct: 5,
    polarity: "lowerIsBetter",
  };
}

export type TargetProblems = Partial<Record<keyof TargetSetting, string>>;

export function checkTarget(target: TargetSetting, basis: PeriodBasis): TargetProblems {
  const problems: TargetProblems = {};
  const example = periodExample(basis);
  if (!target.category.trim()) problems.category = "Choose a category.";
  const baseline = periodOrder(target.baselineYear, basis);
  const end = periodOrder(target.targetYear, basis);
  if (baseline === null) problems.baselineYear = `Write the baseline year like ${example}.`;
  if (end === null) problems.targetYear = `Write the target year like ${example}.`;
  if (baseline !== null && end !== null && end <= baseline) {
    problems.targetYear = "The target year must come after the baseline year.";
  }
  if (!Number.isFinite(target.changePct) || target.changePct === 0) {
    problems.changePct = "Enter a change other than 0: -6 reduces by 6%, 10 increases by 10%.";
  } else if (target.changePct <= -100) {
    problems.changePct = "A reduction must be less than 100%.";
  }
  if (!Number.isFinite(target.tolerancePct) || target.tolerancePct < 0) {
    problems.tolerancePct = "Enter a tolerance of 0 or more.";
  }
  return problems;
}

export function hasProblems(problems: TargetProblems): boolean {
  return Object.keys(problems).length > 0;
}

/** "Reduce Anti-social behaviour by 6% by the end of 2026/27 against a 2023/24 baseline (linear)." */
export function describeTarget(target: TargetSetting): string {
  const verb = target.changePct < 0 ? "Reduce" : "Increase";
  const amount = Math.abs(target.changePct).toLocaleString("en-GB", { maximumFractionDigits: 1 });
  const years =
    target.baselineYear && target.targetYear
      ? ` by the end of ${target.targetYear} against a ${target.baselineYear} baseline`
      : "";
  return `${verb} ${target.category || "(no category)"} by ${amount}%${years} (${target.method}).`;
}

/** Targets set on a priority follow it when it is renamed (the same position, a new name that is not blank). */
export function followRenames(
  before: readonly PriorityDefinition[],
  after: readonly PriorityDefinition[],
  targets: TargetSetting[],
): TargetSetting[] {
  if (before.length !== after.length) return targets;
  const renamed = new Map(
    before.flatMap((p, i) =>
      p.name.trim() && after[i].name.trim() && p.name !== after[i].name ? [[p.name, after[i].name] as const] : [],
    ),
  );
  if (renamed.size === 0) return targets;
  return targets.map((t) => (renamed.has(t.category) ? { ...t, category: renamed.get(t.category)! } : t));
}
