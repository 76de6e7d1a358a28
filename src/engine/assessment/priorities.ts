/**
 * Priorities (themes) checked against the data and compiled into a membership
 * test the count cube applies once per distinct kind of row, so that a priority is
 * counted like a category: every measure that sums a category by name sums it.
 *
 * A row belongs to a priority when it matches any of its offence rules (category,
 * Home Office offence group, subgroup or code), or it has none, AND has any of its
 * flags, or it has none. A row in two priorities counts in both.
 */
import type { ReadResult } from "../extracts";
import { foldText, POLICE_UK_CRIME_TYPES } from "../extracts/crimeTypes";
import { AssessmentError, type ErrorPlace } from "../errors";
import { ALL_CRIME, type CubePriority } from "../measures/counts";
import { closestName } from "./context";
import type { Polarity, PriorityDefinition, PriorityRule, PriorityRuleKind } from "./settings";

export interface ResolvedPriority extends CubePriority {
  polarity: Polarity;
  /** The rules with their values as the data spells them. */
  rules: PriorityRule[];
}

/** The priorities checked against the data (an AssessmentError for the first problem), in the order given. */
export function resolvePriorities(read: ReadResult, definitions: readonly PriorityDefinition[]): ResolvedPriority[] {
  const names = new Set<string>();
  return definitions.map((definition, index) => {
    const at = (column: string): ErrorPlace => ({
      source: definition.place?.source ?? "Settings",
      row: definition.place?.row ?? index + 1,
      column,
    });
    const name = definition.name.trim().replace(/\s+/g, " ");
    checkName(read, name, names, at("priority"));
    names.add(foldText(name));
    if (definition.rules.length === 0) {
      throw new AssessmentError(
        `The priority "${name}" has no rules.`,
        "Give it at least one category, group, subgroup, code or flag.",
        at("kind"),
      );
    }
    const rules = definition.rules.map((rule) => ({ kind: rule.kind, value: knownValue(read, name, rule, at) }));
    return compile(read, name, definition.polarity, rules);
  });
}

function checkName(read: ReadResult, name: string, taken: Set<string>, place: ErrorPlace): void {
  if (name === "") throw new AssessmentError("A priority has no name.", "Name every priority.", place);
  const category = [ALL_CRIME, ...read.table.categories].find((c) => foldText(c) === foldText(name));
  if (category !== undefined) {
    throw new AssessmentError(
      `The priority "${name}" is named like the category "${category}".`,
      "Give the priority a name of its own (a priority of one category reports the same figures as the category).",
      place,
    );
  }
  if (taken.has(foldText(name))) {
    throw new AssessmentError(`Two priorities are named "${name}".`, "Give each priority its own name.", place);
  }
}

/** What a rule's kind is checked against in the data, and where such values come from when the data has none. */
function valuesOf(read: ReadResult, kind: PriorityRuleKind): { known: readonly string[]; none: string | null } {
  const { table, sources } = read;
  switch (kind) {
    case "category":
      return { known: table.categories, none: null };
    case "group":
      return {
        known: sources.some((s) => s.format === "home-office-csp") ? table.categories : [],
        none: "Offence groups are in the Home Office police recorded crime by CSP tables (their Offence Group column)",
      };
    case "subgroup":
      return {
        known: table.subgroup ? (table.subgroups ?? []) : [],
        none: "Offence subgroups are in the Home Office police recorded crime by CSP tables (their Offence Subgroup column), or a mapped table with a subgroup column",
      };
    case "code":
      return {
        known: table.code ? (table.codes ?? []) : [],
        none: "Offence codes are in the Home Office police recorded crime by CSP tables (their Offence Code column), or a mapped table with a code column",
      };
    case "flag":
      return {
        known: table.flagNames ?? [],
        none: "Flags (such as a domestic abuse or hate crime flag) come from a mapped table's flag columns (map them as flag:NAME=COLUMN); police.uk and the Home Office tables have none",
      };
  }
}

/** The rule's value as the data spells it, or an AssessmentError listing the values known, with the closest. */
function knownValue(read: ReadResult, name: string, rule: PriorityRule, at: (column: string) => ErrorPlace): string {
  const value = rule.value.trim().replace(/\s+/g, " ");
  const { known, none } = valuesOf(read, rule.kind);
  const found = known.find((k) => foldText(k) === foldText(value));
  if (found !== undefined) return found;
  if (known.length === 0 && none) {
    throw new AssessmentError(
      `The priority "${name}" takes in the ${rule.kind} "${value}", but the data read has no ${rule.kind === "flag" ? "flags" : `offence ${rule.kind}s`}.`,
      `${none}.`,
      at("kind"),
    );
  }
  const closest = closestName(value, known);
  const listed = [...known].sort((a, b) => a.localeCompare(b)).join(", ");
  throw new AssessmentError(
    `The priority "${name}" takes in the ${rule.kind} "${value}", which is not in the data.`,
    `${closest ? `Did you mean "${closest}"? ` : ""}The ${rule.kind === "category" ? "categories" : `${rule.kind}s`} in the data: ${listed}.`,
    at("value"),
  );
}

function idsOf(rules: PriorityRule[], kind: PriorityRuleKind, dictionary: readonly string[] | undefined): Set<number> {
  const wanted = new Set(rules.filter((r) => r.kind === kind).map((r) => r.value));
  const ids = new Set<number>();
  (dictionary ?? []).forEach((value, id) => wanted.has(value) && ids.add(id));
  return ids;
}

function compile(read: ReadResult, name: string, polarity: Polarity, rules: PriorityRule[]): ResolvedPriority {
  const { table } = read;
  const categories = idsOf(
    rules.filter((r) => r.kind === "category" || r.kind === "group").map((r) => ({ ...r, kind: "category" })),
    "category",
    table.categories,
  );
  const subgroups = idsOf(rules, "subgroup", table.subgroups);
  const codes = idsOf(rules, "code", table.codes);
  const flagMask = [...idsOf(rules, "flag", table.flagNames)].reduce((mask, bit) => (mask | (1 << bit)) >>> 0, 0);
  const anyOffence = rules.some((r) => r.kind !== "flag");
  return {
    name,
    polarity,
    rules,
    includes(category, subgroup, code, flags) {
      const offence = !anyOffence || categories.has(category) || subgroups.has(subgroup) || codes.has(code);
      return offence && (flagMask === 0 || (flags & flagMask) !== 0);
    },
  };
}

const KIND_WORDS: Record<PriorityRuleKind, [string, string]> = {
  category: ["category", "categories"],
  group: ["offence group", "offence groups"],
  subgroup: ["offence subgroup", "offence subgroups"],
  code: ["offence code", "offence codes"],
  flag: ["flag", "flags"],
};

/** "subgroups Homicide and Violence with injury; group Robbery; rows flagged Domestic abuse" */
export function describeRules(rules: readonly PriorityRule[]): string {
  const offence = (["category", "group", "subgroup", "code"] as const)
    .map((kind) => {
      const values = rules.filter((r) => r.kind === kind).map((r) => r.value);
      if (values.length === 0) return null;
      return `${KIND_WORDS[kind][values.length === 1 ? 0 : 1]} ${listOf(values)}`;
    })
    .filter((part): part is string => part !== null);
  const flags = rules.filter((r) => r.kind === "flag").map((r) => r.value);
  const offences = offence.length ? `the ${offence.join("; or the ")}` : "";
  const flagged = flags.length ? `rows flagged ${listOf(flags, "or")}` : "";
  return offence.length && flags.length ? `${flagged} in ${offences}` : offences || flagged;
}

function listOf(items: readonly string[], last = "and"): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

/** The method page's lines on priorities: how membership works, each definition, and what the data limits. */
export function priorityMethodLines(read: ReadResult, priorities: readonly ResolvedPriority[]): string[] {
  if (priorities.length === 0) return [];
  const lines = [
    "Priorities: a row counts in a priority when it matches any of its categories, offence groups, subgroups or codes (or it names none) and has any of its flags (or it names none). A row in two priorities counts in both, so priorities overlap and do not add up to All crime. Each is reported like a category: counts, change and significance, share of region, rates, monthly counts and targets.",
  ];
  const policeUk = read.sources.some((s) => s.format === "police-uk");
  for (const p of priorities) {
    const reading = p.polarity === "higherIsBetter" ? "a rise is read as good" : "a fall is read as good";
    const notes = [flagSourcesNote(read, p), policeUk ? broadTypesNote(p) : null].filter(Boolean);
    lines.push(`${p.name}: ${describeRules(p.rules)} (${reading}).${notes.map((n) => ` ${n}`).join("")}`);
  }
  return lines;
}

/** Rows of sources without the priority's flags are never in it: say which sources carry them. */
function flagSourcesNote(read: ReadResult, p: ResolvedPriority): string | null {
  const flags = p.rules.filter((r) => r.kind === "flag").map((r) => foldText(r.value));
  if (flags.length === 0) return null;
  const carrying = read.sources.filter((s) => (s.flags ?? []).some((f) => flags.includes(foldText(f))));
  if (carrying.length === read.sources.length) return null;
  return `Only ${listOf(carrying.map((s) => `"${s.name}"`))} ${carrying.length === 1 ? "carries" : "carry"} the flag: rows of the other sources are never counted in it.`;
}

/** police.uk's broad types stand in for a local definition: say so. */
function broadTypesNote(p: ResolvedPriority): string | null {
  const types = p.rules
    .filter((r) => r.kind === "category" && (POLICE_UK_CRIME_TYPES as readonly string[]).includes(r.value))
    .map((r) => r.value);
  if (types.length === 0) return null;
  return `It is built from police.uk's broad crime types (${listOf(types)}): police.uk has no offence subgroups, so it cannot follow a local definition (such as serious violence's) more closely.`;
}
