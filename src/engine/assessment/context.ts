/** What every part of an assessment reads: the cube, the area, its region and the periods. */
import type { ReadResult } from "../extracts";
import { AssessmentError } from "../errors";
import { decideBasis, type BasisDecision } from "../measures/basis";
import { chooseComparison, comparePeriods, leadPeriod, type Comparison } from "../measures/comparison";
import { ALL_CRIME, ASB, buildCountCube, monthsWithData, sumCounts, type CountCube } from "../measures/counts";
import { buildPeriods, isComplete, periodLabel, type Period } from "../measures/periods";
import { findArea, partnershipsFirst } from "../measures/area";
import { defineRegion, type Region } from "../measures/region";
import { resolvePriorities, type ResolvedPriority } from "./priorities";
import type { AssessmentSettings, PeriodBasis, Polarity, TargetSetting } from "./settings";

/** The settings with the basis decided ("auto" resolved to the basis used). */
export type ResolvedSettings = AssessmentSettings & { basis: PeriodBasis };

export interface AssessContext {
  read: ReadResult;
  settings: ResolvedSettings;
  /** The basis used, whether it was chosen, and the months each basis compares. */
  basis: BasisDecision;
  cube: CountCube;
  /** Quarterly counts (Home Office tables): each sits at its quarter's first month. */
  quarterly: boolean;
  /** Months the data cover (for quarterly data, every month of each quarter present). */
  coveredMonths: number[];
  /** The area's districts (indexes): one, or the districts of a partnership assessed as one area. */
  areaDistricts: number[];
  areaName: string;
  region: Region;
  periods: Period[];
  periodLabels: string[];
  latest: Period;
  /** The periods with all 12 months: the only ones a yearly series holds. */
  completePeriods: Period[];
  /** The headline period: the latest complete one, else the latest (partial) one. */
  lead: Period;
  /** Year on year, like for like: the pair of periods that compares the most months. */
  comparison: Comparison | null;
  /** The comparison's current period against three years before, like for like. */
  threeYear: Comparison | null;
  /** "All crime", the crime types, ASB, then the priorities. */
  categories: string[];
  /** The priorities, checked against the data, in the order given (also at the end of `categories`). */
  priorities: ResolvedPriority[];
  polarityOf(category: string): Polarity;
  count(districts: readonly number[], category: string, months: readonly number[]): number;
}

export function buildContext(read: ReadResult, settings: AssessmentSettings): AssessContext {
  const { table } = read;
  const area = findArea(read, settings.area);
  const priorities = resolvePriorities(read, settings.priorities ?? []);
  const cube = buildCountCube(table, priorities);
  const region = defineRegion(table, area, {
    includeOutOfArea: settings.region.includeOutOfArea,
    partnershipsFirst: partnershipsFirst(read),
  });
  const quarterly = read.sources.some((s) => s.quarterly);
  const coveredMonths = coverage(monthsWithData(cube, region.districts), quarterly);
  const basis = decideBasis(settings.basis, coveredMonths, targetsBasis(settings.targets));
  const periods = buildPeriods(basis.used, coveredMonths);
  if (periods.length === 0) {
    throw new AssessmentError("The extracts hold no rows that could be counted.", "Check the data-quality notes.");
  }
  const latest = periods[periods.length - 1];
  const lead = leadPeriod(periods);
  const comparison = chooseComparison(periods);
  const threeYear = comparePeriods(periods, comparison?.current.period ?? lead, 3);
  return {
    read,
    settings: { ...settings, basis: basis.used },
    basis,
    cube,
    quarterly,
    coveredMonths,
    areaDistricts: area.districts,
    areaName: area.name,
    region,
    periods,
    periodLabels: periods.map(periodLabel),
    latest,
    completePeriods: periods.filter(isComplete),
    lead,
    comparison,
    threeYear,
    categories: [...orderCategories(table.categories), ...priorities.map((p) => p.name)],
    priorities,
    // A polarity set in the settings wins; a priority's own comes next.
    polarityOf: (category) =>
      settings.polarity[category] ?? priorities.find((p) => p.name === category)?.polarity ?? "lowerIsBetter",
    count: (districts, category, months) => sumCounts(cube, districts, category, months),
  };
}

/**
 * Targets name their years on one basis ("2023/24" or "2023"): on "auto", that basis
 * is used, or the targets could not be found. Null without targets.
 */
function targetsBasis(targets: readonly TargetSetting[]): PeriodBasis | null {
  const label = targets[0]?.baselineYear.trim() ?? "";
  if (/^\d{4}\/\d{2}$/.test(label)) return "financial";
  if (/^\d{4}$/.test(label)) return "calendar";
  if (/^12 months to /.test(label)) return "rolling12";
  return null;
}

/** A quarter's count sits at its first month, but the quarter covers all three. */
function coverage(months: number[], quarterly: boolean): number[] {
  if (!quarterly) return months;
  return [...new Set(months.flatMap((m) => [m, m + 1, m + 2]))].sort((a, b) => a - b);
}

/** "All crime", the crime types alphabetically, then ASB (reported beside crime, never in it). */
function orderCategories(categories: readonly string[]): string[] {
  const crimeTypes = categories.filter((c) => c !== ASB).sort((a, b) => a.localeCompare(b));
  return [ALL_CRIME, ...crimeTypes, ...(categories.includes(ASB) ? [ASB] : [])];
}

/** The name nearest by edit distance (case-insensitive); targets.ts takes it from here. */
export { closestName } from "../lookups/placeNames";
