/**
 * The column-mapping dialog's rules: which fields a table must map, and the
 * ColumnMapping it gives once they are chosen.
 */
import type { ColumnMapping } from "../../engine/extracts/types";

export type MappingField = "date" | "area" | "category" | "count";

export interface MappingFieldInfo {
  field: MappingField;
  label: string;
  hint: string;
  required: boolean;
  /** Header words that suggest this field, for a first guess. */
  clues: RegExp;
}

export const MAPPING_FIELDS: readonly MappingFieldInfo[] = [
  {
    field: "date",
    label: "Date or month",
    hint: "When the crime or incident happened.",
    required: true,
    clues: /date|month|period|when/i,
  },
  {
    field: "area",
    label: "Area",
    hint: "The district or CSP the row belongs to.",
    required: true,
    clues: /area|district|csp|ward|beat|neighbourhood/i,
  },
  {
    field: "category",
    label: "Category",
    hint: "Crime type, offence group or incident type.",
    required: true,
    clues: /categor|type|offence|crime|incident/i,
  },
  {
    field: "count",
    label: "Count (optional)",
    hint: "Leave blank when each row is one crime or incident.",
    required: false,
    clues: /count|number|total|offences$/i,
  },
];

export type MappingDraft = Partial<Record<MappingField, string>>;

/** Guesses a mapping from the headers; each header is used at most once. */
export function guessMapping(headers: readonly string[]): MappingDraft {
  const draft: MappingDraft = {};
  const used = new Set<string>();
  for (const info of MAPPING_FIELDS) {
    const header = headers.find((h) => !used.has(h) && info.clues.test(h));
    if (header) {
      draft[info.field] = header;
      used.add(header);
    }
  }
  return draft;
}

export type MappingCheck = { ok: true; mapping: ColumnMapping } | { ok: false; problems: string[] };

export function checkMapping(draft: MappingDraft): MappingCheck {
  const problems: string[] = [];
  for (const info of MAPPING_FIELDS) {
    if (info.required && !draft[info.field]) problems.push(`Choose the ${info.label.toLowerCase()} column.`);
  }
  const chosen = MAPPING_FIELDS.map((i) => draft[i.field]).filter((h): h is string => Boolean(h));
  const repeated = chosen.find((h, i) => chosen.indexOf(h) !== i);
  if (repeated) problems.push(`The column "${repeated}" is chosen twice; each field needs its own column.`);
  if (problems.length) return { ok: false, problems };
  const mapping: ColumnMapping = { date: draft.date!, area: draft.area!, category: draft.category! };
  if (draft.count) mapping.count = draft.count;
  return { ok: true, mapping };
}
