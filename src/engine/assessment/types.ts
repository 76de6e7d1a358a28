/** Every figure of an assessment: what the report plan lays out and the CLI exports. */
import type { DuplicateCrimeIds } from "../extracts";
import type { SetAside, SourceSummary } from "../extracts/types";
import type { Change } from "../measures/change";
import type { Comparison } from "../measures/comparison";
import type { Period } from "../measures/periods";
import type { Region } from "../measures/region";
import type { Significance } from "../measures/significance";
import type { MonthlyTrend } from "../measures/trend";
import type { Rag } from "../measures/trajectory";
import type { AssessmentSettings, Polarity, TargetSetting } from "./settings";

export interface ChangeFigures extends Change {
  significance: Significance;
  pValue: number;
}

export interface TrendRow {
  category: string;
  polarity: Polarity;
  /** Count in each of Assessment.periods (the months present in each). */
  counts: number[];
  /** Latest period against the one before, on the months compared (Assessment.comparison). */
  yearOnYear: ChangeFigures | null;
  /** Latest period against three years before (Assessment.threeYear). */
  threeYear: ChangeFigures | null;
  /** Trend across all months present, seasons allowed for (null under two years or for quarterly data). */
  trend: MonthlyTrend | null;
}

export interface ShareRow {
  category: string;
  areaCount: number;
  regionCount: number;
  sharePct: number | null;
  previousSharePct: number | null;
  /** Change in share, percentage points. */
  changePp: number | null;
  /** 1 = the largest share in the region. */
  rank: number;
  of: number;
}

export interface DistrictShareRow {
  district: string;
  isArea: boolean;
  count: number;
  previousCount: number;
  sharePct: number | null;
  previousSharePct: number | null;
  changePp: number | null;
  rank: number;
  /** Residents, when a population table was given. */
  population: number | null;
  /** Crimes per 1,000 residents over the current months; null without a population. */
  ratePer1000: number | null;
  /** 1 = the highest rate among districts with a population. */
  rateRank: number | null;
}

export interface AreaMixRow {
  category: string;
  count: number;
  /** Share of all the area's rows (crime and ASB). */
  sharePct: number | null;
}

export interface MonthlyRow {
  month: number;
  /** "Apr 2024" */
  label: string;
  /** Null where the month is missing from the data (never zero). */
  allCrime: number | null;
  asb: number | null;
}

export interface SeasonalRow {
  /** "Jan" */
  month: string;
  allCrimeIndex: number | null;
  asbIndex: number | null;
}

export interface TrajectoryRow {
  /** Period label, with months when partial: "2025/26 (Apr-Dec)". */
  period: string;
  /** Years since the baseline. */
  t: number;
  /** The milestone for the months present (pro-rated when the year is partial). */
  milestone: number;
  /** The milestone for the whole year. */
  fullYearMilestone: number;
  /** Null where the data does not reach this year yet. */
  actual: number | null;
  variance: number | null;
  variancePct: number | null;
  status: Rag | null;
  /** True when the milestone was pro-rated to the months present by the seasonal profile. */
  proRated: boolean;
}

export interface TargetResult {
  target: TargetSetting;
  /** "Reduce Anti-social behaviour by 6% by 2026/27 against 2023/24 (linear)" */
  description: string;
  baseline: number | null;
  targetValue: number | null;
  rows: TrajectoryRow[];
  /** The latest row with an actual. */
  latest: TrajectoryRow | null;
  /** Why the target could not be assessed, if it could not. */
  problem?: string;
}

export type SheetKeyOfFinding = "summary" | "trends" | "share" | "monthly" | "targets" | "quality";

export interface Finding {
  text: string;
  sheetKey: SheetKeyOfFinding;
}

export interface DataQuality {
  sources: SourceSummary[];
  rowsRead: number;
  rowsKept: number;
  /** rowsRead = rowsKept + rowsSetAside, for every source and in total. */
  rowsSetAside: number;
  setAside: SetAside[];
  duplicateCrimeIds: DuplicateCrimeIds;
  /** Months inside the covered span with no rows: missing data, not zero crime. */
  missingMonths: number[];
  outOfArea: Region["outOfArea"];
  /** Plain-English notes: partial periods, like-for-like comparisons, denominators. */
  notes: string[];
  /** Short warnings for the first page: sources counted once or left out, repeated Crime IDs, dates out of range. */
  warnings: string[];
}

export interface TidyMeasure {
  area: string;
  category: string;
  period: string;
  measure: string;
  value: number | string;
}

export interface Assessment {
  area: string;
  region: Region;
  settings: AssessmentSettings;
  /** "police.uk street-level crime, Apr 2022 to Mar 2025" */
  sourceDescription: string;
  firstMonth: number;
  lastMonth: number;
  periods: Period[];
  /** Label of each period: bare when complete, with its months when partial. */
  periodLabels: string[];
  comparison: Comparison | null;
  threeYear: Comparison | null;
  /** "All crime" first, crime types, then "Anti-social behaviour". */
  categories: string[];
  trends: TrendRow[];
  share: ShareRow[];
  districts: DistrictShareRow[];
  areaMix: AreaMixRow[];
  monthly: MonthlyRow[];
  seasonal: SeasonalRow[];
  /** Labels of the periods the seasonal profile was taken from (the complete ones, when any). */
  seasonalFrom: string[];
  targets: TargetResult[];
  /** Rate per 1,000 residents for each category on the latest compared months, when a population is given. */
  rates: { category: string; ratePer1000: number }[] | null;
  findings: Finding[];
  quality: DataQuality;
  measures: TidyMeasure[];
}
