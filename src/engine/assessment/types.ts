/** Every figure of an assessment: what the report plan lays out and the CLI exports. */
import type { DuplicateCrimeIds } from "../extracts";
import type { SetAside, SourceSummary } from "../extracts/types";
import type { BasisDecision } from "../measures/basis";
import type { Change } from "../measures/change";
import type { Comparison } from "../measures/comparison";
import type { Period } from "../measures/periods";
import type { Region } from "../measures/region";
import type { Significance } from "../measures/significance";
import type { ControlLimits, PeerPosition } from "../measures/peers";
import type { MonthlyTrend } from "../measures/trend";
import type { Rag } from "../measures/trajectory";
import type { AssessmentSettings, Polarity, PriorityRule, TargetSetting } from "./settings";

export interface ChangeFigures extends Change {
  significance: Significance;
  pValue: number;
}

export interface TrendRow {
  category: string;
  polarity: Polarity;
  /** True for a priority (a theme: rows that also count in their categories); absent for categories. */
  priority?: boolean;
  /** Count in each of Assessment.periods (the months present in each, partial ones included). */
  counts: number[];
  /** Count in each complete period (Assessment.yearly): the yearly series. */
  yearly: number[];
  /** Count in the lead period (Assessment.lead). */
  lead: number;
  /** Year on year, like for like, on the months compared (Assessment.comparison). */
  yearOnYear: ChangeFigures | null;
  /** Latest period against three years before (Assessment.threeYear). */
  threeYear: ChangeFigures | null;
  /** Trend across all months present, seasons allowed for (null under two years or for quarterly data). */
  trend: MonthlyTrend | null;
}

/**
 * The area's share of the region for one category: in the lead period (count,
 * share, rank), and on both sides of the year-on-year comparison (window*).
 */
export interface ShareRow {
  category: string;
  areaCount: number;
  regionCount: number;
  /** Share in the lead period. */
  sharePct: number | null;
  /** Share on the earlier side of the comparison. */
  previousSharePct: number | null;
  /** Share on the later side of the comparison (the lead share when it is the lead period). */
  windowSharePct: number | null;
  /** windowSharePct - previousSharePct, percentage points. */
  changePp: number | null;
  /** 1 = the largest share in the region, in the lead period. */
  rank: number;
  of: number;
}

export interface DistrictShareRow {
  district: string;
  isArea: boolean;
  /** Count in the lead period. */
  count: number;
  /** Counts on the two sides of the comparison (0 without one). */
  previousCount: number;
  windowCount: number;
  sharePct: number | null;
  previousSharePct: number | null;
  windowSharePct: number | null;
  changePp: number | null;
  rank: number;
  /** Residents, when a population table was given and names the district. */
  population: number | null;
  /** Per 1,000 residents in the lead period (annualised when it is partial); null without a population. */
  ratePer1000: number | null;
  /** 1 = the highest rate among districts with a population. */
  rateRank: number | null;
}

export interface AreaMixRow {
  category: string;
  /** Count in the lead period. */
  count: number;
  /** Share of all the area's rows (crime and ASB). */
  sharePct: number | null;
}

/** Rates per 1,000 residents for every district of the region and every category, in the lead period. */
export interface RateFigures {
  /** Where the population comes from, e.g. "Census 2021". */
  populationYear: string;
  /** The lead period's label. */
  period: string;
  /** For a partial lead period, the months the rates are annualised from ("Apr–Dec"); null when complete. */
  annualisedFrom: string | null;
  /** Same order as Assessment.categories. */
  categories: string[];
  districts: { district: string; isArea: boolean; population: number | null; rates: (number | null)[] }[];
  /** The region as a whole; null rates when a district has no population. */
  region: { population: number | null; rates: (number | null)[] };
  /** Districts of the region the population table does not name (shown as n/a). */
  missing: string[];
}

/** The first page in the partnership's own voice. */
export interface SummaryFigures {
  /** "Strategic assessment: Middlesbrough, 2025" */
  title: string;
  /** "Produced 15 January 2026", when the caller gave the date. */
  produced: string | null;
  /** "police.uk street-level crime, Jan 2024 to Dec 2025; Cleveland Police" */
  data: string;
  /** Coverage warnings, most important first: few months compared, partial lead, missing months, quality. */
  warnings: string[];
  /** 3 to 6 short sentences with whole-number percentages; every number is in a table. */
  sentences: string[];
}

/** The area's highest month in a single complete year, when there is no seasonal index to give. */
export interface HighestMonth {
  /** "2025" */
  period: string;
  category: string;
  /** "October" */
  month: string;
  /** "Oct 2025", as the Monthly table labels it. */
  label: string;
  count: number;
}

export interface MonthlyRow {
  month: number;
  /** "Apr 2024" */
  label: string;
  /** Null where the month is missing from the data (never zero). */
  allCrime: number | null;
  asb: number | null;
  /** Each priority's count (in the order of Assessment.priorities); null where the month is missing. */
  priorities?: (number | null)[];
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

export type SheetKeyOfFinding = "summary" | "trends" | "share" | "monthly" | "targets" | "quality" | "comparisons";

export interface Finding {
  text: string;
  sheetKey: SheetKeyOfFinding;
}

/** One member of the most similar group in one category, in the lead period. */
export interface PeerRate {
  name: string;
  isArea: boolean;
  count: number;
  /** Per 1,000 residents (annualised for a partial lead period). */
  rate: number;
  /** 1 = the highest rate in the group; ties ranked alphabetically (a permutation of 1..of). */
  rank: number;
}

/** The area against its most similar group in one category (or priority). */
export interface PeerMeasure {
  category: string;
  /** Members with a rate, highest rate first (the ranked chart's order), the area among them. */
  members: PeerRate[];
  area: PeerRate;
  /** Mean of the members' rates, the area's included (as iQuanta's group average). */
  mean: number;
  /** Sample standard deviation of the members' rates; null with one member. */
  sd: number | null;
  /** Null with fewer than MIN_RATED_MEMBERS (six) members with a rate (measures/peers.ts). */
  limits: ControlLimits | null;
  position: PeerPosition | null;
  /** Members ranked. */
  of: number;
  /** Other members with exactly the area's rate (ranked beside it alphabetically). */
  level: number;
}

/** A member of the group as found in the data, with its residents or why it has none. */
export interface PeerGroupMember {
  name: string;
  isArea: boolean;
  population: number | null;
  /** Why it has no rate: no population (and why), or months of the lead period missing from its data. */
  problem: string | null;
}

/** The most similar group comparison (settings.peers), in the lead period. */
export interface PeerFigures {
  /** The peers as the user listed them. */
  requested: string[];
  /** The area first, then each peer found, in the order listed. */
  members: PeerGroupMember[];
  /** Peers not in the data, each with the nearest name that is. */
  missing: { name: string; closest: string | null }[];
  /** Peers listed but left out: the area itself, a repeat, or one overlapping the area or another peer. */
  skipped: { name: string; reason: string }[];
  /** The lead period's label. */
  period: string;
  /** For a partial lead period, the months the rates are annualised from; null when complete. */
  annualisedFrom: string | null;
  populationYear: string | null;
  /** Why no comparison could be made at all (no population table, none for the area); null otherwise. */
  problem: string | null;
  /** One per category, in Assessment.categories order; empty when `problem` is set. */
  measures: PeerMeasure[];
}

/** The area's rate beside its force's and England and Wales', for one category. */
export interface ContextRateRow {
  category: string;
  area: number | null;
  force: number | null;
  nation: number | null;
}

/** Force and national context: given only where the data hold (nearly) every area of England and Wales. */
export interface ForceAndNationFigures {
  /** The data hold at least NATIONAL_COVERAGE of the lookup's partnerships. */
  holdsEveryArea: boolean;
  /** Partnerships of the ONS lookup that the data's areas stand for, and how many the lookup has. */
  partnershipsPresent: number;
  partnershipsInLookup: number;
  force: string;
  period: string;
  annualisedFrom: string | null;
  populationYear: string | null;
  /** Areas in each denominator (those with a population), and those left out of it for want of one. */
  forceAreas: string[];
  forceWithoutPopulation: { name: string; problem: string }[];
  nationAreas: string[];
  nationWithoutPopulation: { name: string; problem: string }[];
  forcePopulation: number | null;
  nationPopulation: number | null;
  /** Areas in the data that are no place (Home Office "Unassigned" crimes): in no rate. */
  leftOut: string[];
  /** Why no rates are given (the data do not hold every area, or no population table); null when they are. */
  problem: string | null;
  /** One per category; empty when `problem` is set. */
  rows: ContextRateRow[];
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

/** A priority as the report describes it. */
export interface PrioritySummary {
  name: string;
  polarity: Polarity;
  /** With values as the data spells them. */
  rules: PriorityRule[];
  /** "the offence subgroups Homicide and Violence with injury", "rows flagged Domestic abuse" */
  description: string;
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
  /** As given: basis may be "auto" (see `basis` for the one used). */
  settings: AssessmentSettings;
  /** The basis used, whether it was chosen or automatic, and the months each basis compares. */
  basis: BasisDecision;
  /** "police.uk street-level crime, Apr 2022 to Mar 2025" */
  sourceDescription: string;
  firstMonth: number;
  lastMonth: number;
  periods: Period[];
  /** Label of each period: bare when complete, with its months when partial. */
  periodLabels: string[];
  /** The complete periods, oldest first: the yearly series (never a partial period). */
  yearly: Period[];
  /** The headline period: the latest complete one, else the latest, flagged partial. */
  lead: { period: Period; label: string; complete: boolean };
  /** Year on year, like for like (see chooseComparison); null when no months can be compared. */
  comparison: Comparison | null;
  threeYear: Comparison | null;
  /** "All crime" first, crime types, then "Anti-social behaviour", then the priorities. */
  categories: string[];
  /** The priorities (themes), reported like categories (in `categories` after ASB); absent or empty when none. */
  priorities?: PrioritySummary[];
  trends: TrendRow[];
  share: ShareRow[];
  districts: DistrictShareRow[];
  areaMix: AreaMixRow[];
  monthly: MonthlyRow[];
  /** Seasonal index by calendar month: only from two or more complete years, else empty. */
  seasonal: SeasonalRow[];
  /** Labels of the complete periods the seasonal index was taken from (empty without an index). */
  seasonalFrom: string[];
  /** With exactly one complete year: its highest month for ASB and for All crime, instead of an index. */
  highestMonths: HighestMonth[];
  targets: TargetResult[];
  /** Rates per 1,000 residents, when a population table is given. */
  rates: RateFigures | null;
  /** The most similar group comparison, when peers are listed in the settings. */
  peers: PeerFigures | null;
  /** The area's rates beside its force's and England and Wales'. */
  forceAndNation: ForceAndNationFigures;
  /** Longer findings, for the Trends, Share, Monthly and Targets sheets and the pane. */
  findings: Finding[];
  /** Page 1: title, date, coverage warnings and 3 to 6 short sentences. */
  summary: SummaryFigures;
  /** The method as this run applied it: basis, months, measures and their denominators, limits. */
  method: string[];
  quality: DataQuality;
  measures: TidyMeasure[];
}
