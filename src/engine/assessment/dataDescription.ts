/**
 * What the chosen data holds, for the pane to offer: the areas, and what a priority's
 * rules can name (categories, Home Office offence groups, subgroups, codes and flags).
 * Both hosts answer the pane from this one function over a read.
 *
 * A priority is checked here against a description with the engine's own check
 * (resolvePriorities), so the pane shows the very message a run would give.
 */
import type { CrimeTable, ExtractFormat, ReadResult, SourceSummary } from "../extracts";
import { foldText, HOME_OFFICE_OFFENCE_GROUPS } from "../extracts/crimeTypes";
import { AssessmentError } from "../errors";
import { areaChoices } from "../measures/area";
import { resolvePriorities } from "./priorities";
import type { PriorityDefinition } from "./settings";

export interface DataDescription {
  /** The areas to offer: districts, and partnerships of several of them (areaChoices). */
  areas: string[];
  /** The formats of the sources read, each once, in the order first met. */
  formats: ExtractFormat[];
  /** Every category, as the data spell them, in the table's order. */
  categories: string[];
  /**
   * The categories that are Home Office offence groups: all of them when every source is a
   * Home Office table, else those named like an offence group; none without a Home Office table.
   */
  groups: string[];
  /** Offence subgroups and codes (Home Office tables, or a mapped table's columns); none when no source has them. */
  subgroups: string[];
  codes: string[];
  /** A mapped table's flag names (domestic abuse, hate crime); police.uk and Home Office tables have none. */
  flags: string[];
  /** True when the rows carry an LSOA, so top places can be listed; absent otherwise. */
  places?: boolean;
}

export function describeData(read: ReadResult): DataDescription {
  const { table } = read;
  const formats = [...new Set(read.sources.map((s) => s.format))];
  return {
    areas: areaChoices(read),
    formats,
    categories: [...table.categories],
    groups: offenceGroups(formats, table.categories),
    subgroups: table.subgroup ? [...(table.subgroups ?? [])] : [],
    codes: table.code ? [...(table.codes ?? [])] : [],
    flags: [...(table.flagNames ?? [])],
    ...(table.lsoa && { places: true }),
  };
}

/** A Home Office table's categories are its offence groups; beside other formats, only those named like one are. */
function offenceGroups(formats: readonly ExtractFormat[], categories: readonly string[]): string[] {
  if (!formats.includes("home-office-csp")) return [];
  if (formats.every((f) => f === "home-office-csp")) return [...categories];
  const named = new Set<string>(HOME_OFFICE_OFFENCE_GROUPS.map(foldText));
  return categories.filter((c) => named.has(foldText(c)));
}

/**
 * Each priority's first problem against the data described (null when it has none), as
 * the engine words it on a run: an unknown category, subgroup or flag lists the known
 * ones with the closest; a name used twice is named.
 */
export function priorityProblems(
  data: DataDescription,
  definitions: readonly PriorityDefinition[],
): (AssessmentError | null)[] {
  const read = readLike(data);
  return definitions.map((definition, index) => {
    const alone = problemOf(read, [definition]);
    if (alone) return alone;
    // A priority named like an earlier one: the engine's message for two of that name.
    const earlier = definitions.slice(0, index).some((d) => foldText(d.name) === foldText(definition.name));
    return earlier ? problemOf(read, [definition, definition]) : null;
  });
}

function problemOf(read: ReadResult, definitions: PriorityDefinition[]): AssessmentError | null {
  try {
    resolvePriorities(read, definitions);
    return null;
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
}

/**
 * A read with no rows holding the description's dictionaries: all that checking a
 * priority looks at (the categories, subgroups, codes, flag names and the formats).
 * A test checks that it gives the same messages as the real read.
 */
function readLike(data: DataDescription): ReadResult {
  const none = new Int32Array(0);
  const table: CrimeTable = {
    length: 0,
    month: none,
    district: none,
    force: none,
    category: none,
    count: null,
    districts: [],
    forces: [],
    categories: data.categories,
    subgroup: data.subgroups.length ? none : null,
    subgroups: data.subgroups,
    code: data.codes.length ? none : null,
    codes: data.codes,
    flags: data.flags.length ? new Uint32Array(0) : null,
    flagNames: data.flags,
  };
  const sources: SourceSummary[] = data.formats.map((format) => ({
    name: format,
    kind: "file",
    format,
    rowsRead: 0,
    rowsKept: 0,
    firstMonth: null,
    lastMonth: null,
  }));
  return { table, sources, setAside: [], duplicateCrimeIds: { count: 0, examples: [] } };
}
