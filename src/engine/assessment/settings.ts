/** What the user chooses; saved in the workbook so that a refresh next year repeats it. */

export type PeriodBasis = "financial" | "calendar" | "rolling12";

/**
 * What the user asks for: one basis, or "auto", the basis that compares the most
 * months with a year earlier (ties: financial, then calendar, then rolling).
 */
export type BasisChoice = PeriodBasis | "auto";

/** Whether a fall (most crime) or a rise (e.g. reports of domestic abuse) is read as good. */
export type Polarity = "lowerIsBetter" | "higherIsBetter";

export type TrajectoryMethod = "linear" | "compound";

/** "Reduce <category> by 6% by the end of 2026/27 against a 2023/24 baseline." */
export interface TargetSetting {
  category: string;
  /** Period label on the settings' basis, e.g. "2023/24" or "2023". */
  baselineYear: string;
  targetYear: string;
  /** Signed: -6 means reduce by 6%, +10 increase by 10%. */
  changePct: number;
  method: TrajectoryMethod;
  /** Amber band beyond the milestone, in % of the milestone. */
  tolerancePct: number;
  polarity: Polarity;
  /** Where the target was read from (a targets file and its row), for messages; absent for the pane's Settings. */
  place?: { source: string; row: number };
}

/**
 * What a priority's rule matches: a category as the data names it; a Home Office
 * offence group (the category of a Home Office table's rows), subgroup or offence
 * code; or a flag of a mapped table.
 */
export type PriorityRuleKind = "category" | "group" | "subgroup" | "code" | "flag";

export interface PriorityRule {
  kind: PriorityRuleKind;
  value: string;
}

/**
 * A priority (theme): a named set of rows, reported like a category. A row belongs
 * to it when it matches any of its offence rules (category, group, subgroup, code),
 * or it has none, and has any of its flags, or it has none. "Serious violence" is
 * a set of subgroups; "Domestic abuse" the rows with the DA flag.
 */
export interface PriorityDefinition {
  name: string;
  rules: PriorityRule[];
  /** Whether a rise (more reporting) or a fall is read as good. */
  polarity: Polarity;
  /** Where it was read from (a priorities file and its first row), for messages; absent for the pane's Settings. */
  place?: { source: string; row: number };
}

export interface RegionOptions {
  /**
   * Count districts that hold only a few rows snapped across the force boundary
   * in the region total. Default false: they are listed as out-of-area instead.
   */
  includeOutOfArea: boolean;
}

export interface AssessmentSettings {
  /** The focus district (CSP area), as named in the data. */
  area: string;
  basis: BasisChoice;
  region: RegionOptions;
  targets: TargetSetting[];
  /** Polarity overrides by category (or priority) name; others default to lowerIsBetter (a priority: its own). */
  polarity: Record<string, Polarity>;
  /** Priorities reported like categories (after them and ASB); none when absent. */
  priorities?: PriorityDefinition[];
  /** Optional resident population by district, for rates per 1,000 (e.g. Census 2021). */
  population?: Population;
  /**
   * Optional. The area's most similar group (peers), by name as the data or the ONS
   * lookup name them, for rates per 1,000 against the group (needs a population).
   */
  peers?: string[];
  /**
   * The date the assessment is produced, "YYYY-MM-DD", shown on the Summary. The caller
   * supplies it (the CLI and the pane pass today): the engine reads no clock.
   */
  producedOn?: string;
}

export interface Population {
  /** Where the figures come from, e.g. "Census 2021". */
  year: string;
  /** District name (as in the data, any case) -> usual residents. */
  byDistrict: Record<string, number>;
  /** Places the table lists with a population of 0 or blank: shown as n/a, with a note. */
  unusable?: string[];
}

export function defaultSettings(area: string): AssessmentSettings {
  return {
    area,
    basis: "auto",
    region: { includeOutOfArea: false },
    targets: [],
    polarity: {},
    priorities: [],
  };
}
