/**
 * The priorities editor's rules: which kinds of rule the chosen data can have and their
 * values, the edits (a reducer), each priority's problems as the engine words them, and
 * the usual themes a partnership starts from, where the data allows them.
 *
 * It brings the engine's priority checks (and what they import) with it, so the pane
 * loads it lazily (PrioritiesEditor, usePriorityProblems), keeping the first load small.
 */
import { priorityProblems, type DataDescription } from "../../engine/assessment/dataDescription";
import { describeRules } from "../../engine/assessment/priorities";
import type { Polarity, PriorityDefinition, PriorityRule, PriorityRuleKind } from "../../engine/assessment/settings";
import { foldText, POLICE_UK_CRIME_TYPES } from "../../engine/extracts/crimeTypes";

export const POLARITY_CHOICES: { value: Polarity; label: string }[] = [
  { value: "lowerIsBetter", label: "Lower is better" },
  { value: "higherIsBetter", label: "Higher is better, e.g. reports where confidence to report is growing" },
];

export const KIND_LABELS: Record<PriorityRuleKind, { one: string; many: string }> = {
  category: { one: "Category", many: "Categories" },
  group: { one: "Offence group", many: "Offence groups" },
  subgroup: { one: "Offence subgroup", many: "Offence subgroups" },
  code: { one: "Offence code", many: "Offence codes" },
  flag: { one: "Flag", many: "Flags" },
};

export interface RuleChoice {
  kind: PriorityRuleKind;
  /** Sorted, as the data spell them. */
  values: string[];
}

const sorted = (values: readonly string[]) => [...values].sort((a, b) => a.localeCompare(b));
const same = (a: string, b: string) => foldText(a) === foldText(b);

/**
 * The kinds of rule the chosen data can have, each with its values; kinds it cannot have
 * are left out (police.uk: categories only). A Home Office table's categories are its
 * offence groups, offered once, as groups.
 */
export function ruleChoices(data: DataDescription | null): RuleChoice[] {
  if (!data) return [];
  const categories = data.categories.filter((c) => !data.groups.some((g) => same(g, c)));
  const lists: [PriorityRuleKind, readonly string[]][] = [
    ["category", categories],
    ["group", data.groups],
    ["subgroup", data.subgroups],
    ["code", data.codes],
    ["flag", data.flags],
  ];
  return lists.filter(([, values]) => values.length > 0).map(([kind, values]) => ({ kind, values: sorted(values) }));
}

/** "Add a category, offence subgroup or flag": the words of the rule picker for the kinds on offer. */
export function ruleLabel(choices: readonly RuleChoice[]): string {
  const names = choices.map((c) => KIND_LABELS[c.kind].one.toLowerCase());
  if (names.length === 0) return "Add a rule";
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return `Add ${/^[aeiou]/.test(list) ? "an" : "a"} ${list}`;
}

/** Whether the chosen data holds the rule's value (any case); unknown while there is no data. */
export function inData(rule: PriorityRule, choices: readonly RuleChoice[]): boolean {
  const kind = rule.kind === "category" ? ["category", "group"] : [rule.kind];
  return choices.some((c) => kind.includes(c.kind) && c.values.some((v) => same(v, rule.value)));
}

export type PrioritiesAction =
  | { type: "add" }
  | { type: "remove"; index: number }
  | { type: "rename"; index: number; name: string }
  | { type: "setPolarity"; index: number; polarity: Polarity }
  | { type: "addRule"; index: number; rule: PriorityRule }
  | { type: "removeRule"; index: number; rule: PriorityRule }
  | { type: "addSuggested"; definition: PriorityDefinition };

export function prioritiesReducer(list: PriorityDefinition[], action: PrioritiesAction): PriorityDefinition[] {
  const edit = (index: number, change: (p: PriorityDefinition) => PriorityDefinition) =>
    list.map((p, i) => (i === index ? change(p) : p));
  switch (action.type) {
    case "add":
      return [...list, { name: "", rules: [], polarity: "lowerIsBetter" }];
    case "remove":
      return list.filter((_, i) => i !== action.index);
    case "rename":
      return edit(action.index, (p) => ({ ...p, name: action.name }));
    case "setPolarity":
      return edit(action.index, (p) => ({ ...p, polarity: action.polarity }));
    case "addRule":
      return edit(action.index, (p) =>
        p.rules.some((r) => r.kind === action.rule.kind && same(r.value, action.rule.value))
          ? p
          : { ...p, rules: [...p.rules, action.rule] },
      );
    case "removeRule":
      return edit(action.index, (p) => ({
        ...p,
        rules: p.rules.filter((r) => !(r.kind === action.rule.kind && r.value === action.rule.value)),
      }));
    case "addSuggested":
      return list.some((p) => same(p.name, action.definition.name)) ? list : [...list, action.definition];
  }
}

export interface PriorityProblem {
  /** The engine's words: the problem, then what to do. */
  text: string;
  /** Whether it is about the priority's name or its rules. */
  about: "name" | "rules";
}

/**
 * Each priority's problem, as the engine would stop a run with it ("... which is not in the
 * data. Did you mean ...? The flags in the data: ..."); null when it has none, or while no data is chosen.
 */
export function problemsOf(
  list: readonly PriorityDefinition[],
  data: DataDescription | null,
): (PriorityProblem | null)[] {
  if (!data) return list.map(() => null);
  return priorityProblems(data, list).map((error) =>
    error ? { text: `${error.message} ${error.advice}`, about: error.column === "priority" ? "name" : "rules" } : null,
  );
}

/** "Takes in rows flagged Domestic abuse." */
export function describePriority(priority: PriorityDefinition): string {
  return priority.rules.length ? `Takes in ${describeRules(priority.rules)}.` : "Takes in nothing yet.";
}

/** police.uk's broad types stand in for a local definition: say so, as the method page does. */
export function coarseNote(priority: PriorityDefinition, data: DataDescription | null): string | null {
  if (!data?.formats.includes("police-uk")) return null;
  const broad = priority.rules.filter(
    (r) => r.kind === "category" && POLICE_UK_CRIME_TYPES.some((t) => same(t, r.value)),
  );
  if (broad.length === 0) return null;
  return `Coarse: built from police.uk's broad crime types (${broad.map((r) => r.value).join(", ")}). police.uk has no offence subgroups, so it cannot follow a local definition more closely.`;
}

export interface Suggestion {
  name: string;
  /** Null when the data does not allow it; `why` then says what it needs. */
  definition: PriorityDefinition | null;
  /** What it is built from, or what it needs. */
  why: string;
}

/** The Home Office offence subgroups of the usual local definitions of serious violence. */
const SERIOUS_VIOLENCE_SUBGROUPS = [
  "Homicide",
  "Violence with injury",
  "Robbery of personal property",
  "Possession of weapons offences",
];
/** police.uk's nearest (broad) types. */
const SERIOUS_VIOLENCE_TYPES = ["Violence and sexual offences", "Robbery", "Possession of weapons"];

/** The values of `wanted` that the data holds, as the data spell them. */
const present = (wanted: readonly string[], have: readonly string[]) =>
  wanted.flatMap((w) => have.filter((h) => same(h, w)).slice(0, 1));

const listed = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

function seriousViolence(data: DataDescription): Suggestion {
  const name = "Serious violence";
  const subgroups = present(SERIOUS_VIOLENCE_SUBGROUPS, data.subgroups);
  if (subgroups.length > 0) {
    return {
      name,
      definition: { name, polarity: "lowerIsBetter", rules: subgroups.map((value) => ({ kind: "subgroup", value })) },
      why: `The offence subgroups ${listed(subgroups)}. Check it against your partnership's own definition.`,
    };
  }
  const types = present(SERIOUS_VIOLENCE_TYPES, data.categories);
  if (types.length > 0) {
    return {
      name,
      definition: { name, polarity: "lowerIsBetter", rules: types.map((value) => ({ kind: "category", value })) },
      why: `Coarse: police.uk's broad types ${listed(types)}, which take in much more than serious violence (police.uk has no offence subgroups).`,
    };
  }
  return {
    name,
    definition: null,
    why: `Needs the Home Office offence subgroups (${listed(SERIOUS_VIOLENCE_SUBGROUPS)}) or police.uk crime types.`,
  };
}

function flagged(data: DataDescription, name: string, pattern: RegExp, polarity: Polarity): Suggestion {
  const flags = data.flags.filter((f) => pattern.test(f));
  if (flags.length === 0) {
    return {
      name,
      definition: null,
      why: `Needs a flag whose name mentions ${pattern.source}: map a table's flag column under Data. police.uk and the Home Office tables have no flags.`,
    };
  }
  return {
    name,
    definition: { name, polarity, rules: flags.map((value) => ({ kind: "flag", value })) },
    why: `Rows flagged ${listed(flags)}; a rise is read as good (more confidence to report).`,
  };
}

/** The partnerships' usual themes, each built from what the data holds, or why it cannot be. */
export function suggestPriorities(data: DataDescription | null): Suggestion[] {
  if (!data) return [];
  return [
    seriousViolence(data),
    flagged(data, "Domestic abuse", /domestic/i, "higherIsBetter"),
    flagged(data, "Hate crime", /hate/i, "higherIsBetter"),
  ];
}

/** Whether a priority of that name (any case) is defined. */
export function isDefined(list: readonly PriorityDefinition[], name: string): boolean {
  return list.some((p) => same(p.name, name));
}
