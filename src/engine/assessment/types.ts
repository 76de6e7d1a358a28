/** Every figure of an assessment: what the report plan lays out and the CLI exports. */
import type { DuplicateCrimeIds } from "../extracts";
import type { SetAside, SourceSummary } from "../extracts/types";
import type { BasisDecision } from "../measures/basis";
import type { Change } from "../measures/change";
import type { Comparison } from "../measures/comparison";
import type { Period } from "../measures/periods";
import type { Region } from "../measures/region";
import type { Concentration, ParetoPoint } from "../measures/hotspots";
import type { Significance } from "../measures/significance";
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

/** A theme page's sheet key: "themeAsb" for ASB, "theme1", "theme2"... for the priorities in order. */
export type ThemeKey = "themeAsb" | `theme${number}`;

export type SheetKeyOfFinding =
  "summary" | "trends" | "share" | "monthly" | "targets" | "quality" | "places" | ThemeKey;

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

/** A priority as the report describes it. */
export interface PrioritySummary {
  name: string;
  polarity: Polarity;
  /** With values as the data spells them. */
  rules: PriorityRule[];
  /** "the offence subgroups Homicide and Violence with injury", "rows flagged Domestic abuse" */
  description: string;
}

/** One of the area's places (LSOAs) among the top places of a measure, in the lead period. */
export interface PlaceRow {
  code: string;
  /** As the extract names it; the code when it gives no name. */
  name: string;
  /** 1 = the most among the area's LSOAs; equal counts share a rank. */
  rank: number;
  count: number;
  /** Like for like, on the months compared (Assessment.comparison); null without a comparison. */
  change: ChangeFigures | null;
  /** Share of the measure's count in the area's LSOAs (rows with an LSOA). */
  sharePct: number | null;
}

/** A place in the top places in each of the last three complete periods. */
export interface RepeatPlace {
  code: string;
  name: string;
  /** Its count in each of PlaceFigures.repeatPeriods. */
  counts: number[];
  /** Its rank in each of them. */
  ranks: number[];
}

/** Where one measure (All crime, ASB or a priority) happened in the area, in the lead period. */
export interface PlaceMeasure {
  category: string;
  /** The count on rows with an LSOA: what the places share. */
  located: number;
  /** The count on the area's rows with no LSOA: left out of the places. */
  unlocated: number;
  /** LSOAs with at least one. */
  withAny: number;
  /** The top places (at most PlaceFigures.topCount, only places with any), most first. */
  top: PlaceRow[];
  /** Further places with the same count as the last one shown. */
  tiedBeyond: number;
  /** The fewest LSOAs holding at least half of the located count; null when it is 0. */
  concentration: Concentration | null;
  /** The Pareto curve every 10% of the area's LSOAs (0 to 100); empty when the located count is 0. */
  pareto: ParetoPoint[];
  /** Places in the top places in each of the last three complete periods; null with fewer than three. */
  repeat: RepeatPlace[] | null;
}

/** The places (LSOAs) where crime and each theme concentrate, when rows carry an LSOA. */
export interface PlaceFigures {
  /** The area's LSOAs: those the extract names on the area's rows, in any month and category. */
  lsoaCount: number;
  /** How many top places are listed (the setting hotspotCount, default 10). */
  topCount: number;
  /** Labels of the complete periods repeat places are judged over: the last three, or all there are. */
  repeatPeriods: string[];
  /** All crime, ASB (when the data has it), then the priorities. */
  measures: PlaceMeasure[];
}

/** A theme page: ASB or a priority, for a reader of one theme. */
export interface ThemeFigures {
  key: ThemeKey;
  /** The category (ASB) or priority name, as in Assessment.categories. */
  category: string;
  polarity: Polarity;
  /** What it counts: "the offence subgroups Homicide and Violence with injury", "anti-social behaviour incidents". */
  description: string;
  /** Share of region by district (or partnership) in the lead period, in the region's order. */
  districts: DistrictShareRow[];
  /** Seasonal index by calendar month (Jan..Dec) from two or more complete years; empty otherwise. */
  seasonal: (number | null)[];
  /** With exactly one complete year: its highest month, instead of an index. */
  highestMonth: HighestMonth | null;
  /** What this data cannot show about the theme, chosen from the sources and the theme's rules. */
  limits: string[];
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
  /** One theme page each: ASB (when the data has it and no priority is ASB alone), then the priorities. */
  themes: ThemeFigures[];
  /** Places (LSOAs) where crime concentrates; null when no row of the area has an LSOA. */
  places: PlaceFigures | null;
  /** Rates per 1,000 residents, when a population table is given. */
  rates: RateFigures | null;
  /** Longer findings, for the Trends, Share, Monthly and Targets sheets and the pane. */
  findings: Finding[];
  /** Page 1: title, date, coverage warnings and 3 to 6 short sentences. */
  summary: SummaryFigures;
  /** The method as this run applied it: basis, months, measures and their denominators, limits. */
  method: string[];
  quality: DataQuality;
  measures: TidyMeasure[];
}
