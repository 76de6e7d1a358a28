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
import type { ControlLimits, PeerPosition } from "../measures/peers";
import type { MonthlyTrend } from "../measures/trend";
import type { Rag } from "../measures/trajectory";
import type {
  AssessmentSettings,
  MatrixCriterion,
  MatrixWeights,
  Polarity,
  PriorityRule,
  TargetSetting,
} from "./settings";

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
  /** The year's own name: "2025/26". */
  year: string;
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
  /**
   * The year-end figure projected from the months present: actual / the share of a
   * year the seasonal profile expects in them, for the year still under way (the
   * data's latest period); the actual itself when the year is complete; null without
   * an actual, and for an earlier year with months missing (it has ended).
   */
  projection: number | null;
  /** The projection against the full-year milestone (null for the baseline and without an actual). */
  projectionStatus: Rag | null;
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
  /**
   * The seasonal profile a partial year's milestone is pro-rated by and its year end
   * projected from: "the area's monthly pattern for Burglary over 2023/24 and 2024/25".
   */
  profile?: string;
}

/** A theme page's sheet key: "themeAsb" for ASB, "theme1", "theme2"... for the priorities in order. */
export type ThemeKey = "themeAsb" | `theme${number}`;

export type SheetKeyOfFinding =
  | "summary"
  | "trends"
  | "share"
  | "comparisons"
  | "monthly"
  | "priorities"
  | "places"
  | ThemeKey
  | "targets"
  | "quality";

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

/** A category's (or priority's) volume and harm in the lead period, side by side. */
export interface HarmRow {
  category: string;
  /** True for a priority; absent for categories. */
  priority?: boolean;
  /** Count in the lead period. */
  count: number;
  /** Sum of count x weight in the lead period; null when no row of it has a weight. */
  harm: number | null;
  /** Crimes (or incidents) in the lead period with no weight: left out of harm. */
  unweighted: number;
  /** How its rows are weighted: "161.5 a crime", "by offence code", "no weight"; with "; 12 without" when some are not. */
  weightedBy: string;
  /** Share of All crime's count and of its harm (null for ASB, which All crime leaves out, and for All crime). */
  volumeSharePct: number | null;
  harmSharePct: number | null;
  /** The count's like-for-like change, with its significance (as on the Trends sheet). */
  volumeChange: ChangeFigures | null;
  /** The harm's like-for-like change: % only, as no significance test applies to a weighted total. */
  harmChange: Change | null;
  /** 1 = the largest among the candidates (ties share a rank); null for All crime. */
  volumeRank: number | null;
  /** 1 = the most harm among the candidates with a weight; null without one (and for All crime). */
  harmRank: number | null;
}

export interface HarmFigures {
  /** What the weights are, as the weights table heads them ("CSS weight"). */
  name: string;
  /** The weights table's file or sheet. */
  source: string;
  /** The lead period's label. */
  period: string;
  /** The like-for-like comparison the changes are over, or null without one. */
  comparison: string | null;
  allCrime: HarmRow;
  /** Every category but All crime, then the priorities (the matrix's candidates), in Assessment.categories order. */
  rows: HarmRow[];
  /** How many rows are ranked by volume, and how many by harm (those with a weight). */
  candidates: number;
  weighed: number;
  /** The data's categories none of whose rows has a weight: left out of harm. */
  withoutWeight: string[];
  /** Categories some of whose rows in the lead period have no weight (only weights by code can leave some out). */
  partlyWeighted: string[];
  /** Offence codes in the weights table that no row of the data has. */
  codesNotInData: string[];
}

/** A criterion's score (1 to 4, null when it cannot be scored) and why, e.g. "3rd highest of 16 (1,234 crimes)". */
export interface CriterionScore {
  score: number | null;
  reason: string;
}

export type PriorityBand = "High" | "Medium" | "Low" | "Not scored";

export interface MatrixRow {
  category: string;
  /** True for a priority; absent for categories. */
  priority?: boolean;
  polarity: Polarity;
  scores: Record<MatrixCriterion, CriterionScore>;
  /** Weighted mean of the scores it has, 1 to 4; null when none can be given. */
  total: number | null;
  /** 1 to the number of candidates, each once. */
  rank: number;
  band: PriorityBand;
}

/** The priority-setting matrix: candidates scored 1 to 4 on each criterion, ranked by their weighted score. */
export interface MatrixFigures {
  weights: MatrixWeights;
  /** The criteria scored for some candidate and counted (weight above 0), in order. */
  criteria: MatrixCriterion[];
  /** Criteria not scored for any candidate, or weighted 0, and why. */
  leftOut: { criterion: MatrixCriterion; why: string }[];
  /** In rank order. */
  rows: MatrixRow[];
  /** How the scores were made, for the Priorities sheet and the method page. */
  method: string[];
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
  /** Volume and harm side by side, when harm weights are given. */
  harm: HarmFigures | null;
  /** The priority-setting matrix (null with no category to score). */
  matrix: MatrixFigures | null;
  /** One theme page each: ASB (when the data has it and no priority is ASB alone), then the priorities. */
  themes: ThemeFigures[];
  /** Places (LSOAs) where crime concentrates; null when no row of the area has an LSOA. */
  places: PlaceFigures | null;
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
