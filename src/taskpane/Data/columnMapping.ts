/**
 * The column-mapping dialog's rules: which fields a table must map, a first guess
 * from its headers, flag columns, and the ColumnMapping it gives once they are
 * chosen. Mappings saved by name can be offered again for a table with their columns.
 */
import { foldHeader } from "../../engine/extracts/formats";
import type { ColumnMapping, SavedMapping } from "../../engine/extracts/types";

export type MappingField =
  "date" | "year" | "month" | "area" | "category" | "count" | "force" | "lsoa" | "lsoaName" | "subgroup" | "code";

export interface MappingFieldInfo {
  field: MappingField;
  label: string;
  hint: string;
  /** Required whatever else is chosen (the date is required unless a year and a month are). */
  required: boolean;
  /** Header words that suggest this field, for a first guess. */
  clues: RegExp;
}

export const MAPPING_FIELDS: readonly MappingFieldInfo[] = [
  {
    field: "date",
    label: "Date or month",
    hint: "When the crime or incident happened: a date, date-time or month (31/03/2024, Mar-24, March 2024).",
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
  {
    field: "year",
    label: "Year, instead of a date (optional)",
    hint: "A calendar year column (2024), used with a month column.",
    required: false,
    clues: /^(calendar )?year$|^yr$/i,
  },
  {
    field: "month",
    label: "Month of the year (optional)",
    hint: "1 to 12 or a month's name, used with the year column.",
    required: false,
    clues: /^month( number| name)?$|^mth$/i,
  },
  {
    field: "force",
    label: "Force (optional)",
    hint: "The police force; the region of the share figures.",
    required: false,
    clues: /^force$|force name|police force/i,
  },
  {
    field: "lsoa",
    label: "LSOA code (optional)",
    hint: "For the Places sheet: the top LSOAs and how concentrated crime is.",
    required: false,
    clues: /lsoa(?!.*name)/i,
  },
  {
    field: "lsoaName",
    label: "LSOA name (optional)",
    hint: "Shown beside each LSOA code in the top places; needs the LSOA code column.",
    required: false,
    clues: /lsoa.*name/i,
  },
  {
    field: "subgroup",
    label: "Offence subgroup (optional)",
    hint: "Lets priorities take in subgroups, e.g. violence with injury.",
    required: false,
    clues: /subgroup/i,
  },
  {
    field: "code",
    label: "Offence code (optional)",
    hint: "Lets priorities take in offence codes.",
    required: false,
    clues: /offence code|ho code|^code$/i,
  },
];

/** The fields every table has a column for, in the order the dialog first shows them. */
const MAIN_FIELDS: MappingField[] = ["date", "area", "category", "count"];

export interface FlagDraft {
  name: string;
  column: string;
}

export type MappingDraft = Partial<Record<MappingField, string>> & { flags?: FlagDraft[] };

/**
 * Guesses a mapping from the headers; each header is used at most once. A table with
 * a year and a month column and no date column is guessed to be dated by them.
 */
export function guessMapping(headers: readonly string[]): MappingDraft {
  const draft: MappingDraft = {};
  const used = new Set<string>();
  const byYear = headers.some((h) => /\byear\b/i.test(h)) && headers.some((h) => /\bmonth\b/i.test(h));
  const dated = headers.some((h) => /date/i.test(h));
  const order: MappingField[] = byYear && !dated ? ["year", "month", "area", "category", "count"] : MAIN_FIELDS;
  for (const field of order) {
    const info = MAPPING_FIELDS.find((i) => i.field === field)!;
    const clues = field === "month" ? /\bmonth\b/i : field === "year" ? /\byear\b/i : info.clues;
    const header = headers.find((h) => !used.has(h) && clues.test(h));
    if (header) {
      draft[field] = header;
      used.add(header);
    }
  }
  return draft;
}

/** The draft a saved mapping gives, for the dialog to show. */
export function draftOf(mapping: ColumnMapping): MappingDraft {
  const { flags, ...fields } = mapping;
  const draft: MappingDraft = { ...fields };
  if (flags && Object.keys(flags).length > 0)
    draft.flags = Object.entries(flags).map(([name, column]) => ({ name, column }));
  return draft;
}

/** Whether the date is by year and month columns (then the date column is not needed). */
export function byYearAndMonth(draft: MappingDraft): boolean {
  return Boolean(draft.year || draft.month);
}

export type MappingCheck = { ok: true; mapping: ColumnMapping } | { ok: false; problems: string[] };

export function checkMapping(draft: MappingDraft): MappingCheck {
  const problems: string[] = [];
  const year = byYearAndMonth(draft);
  if (year && draft.date) problems.push("Choose a date column or a year and a month column, not both.");
  if (!year && !draft.date) problems.push("Choose the date or month column.");
  if (year && !draft.year) problems.push("Choose the year column as well as the month.");
  if (year && !draft.month) problems.push("Choose the month column as well as the year.");
  for (const info of MAPPING_FIELDS) {
    if (info.required && info.field !== "date" && !draft[info.field])
      problems.push(`Choose the ${info.label.toLowerCase()} column.`);
  }
  if (draft.lsoaName && !draft.lsoa) problems.push("Choose the LSOA code column as well as the name.");
  const flags = draft.flags ?? [];
  flags.forEach((flag, i) => {
    if (!flag.name.trim()) problems.push(`Name flag ${i + 1}.`);
    else if (!flag.column) problems.push(`Choose the column of the flag "${flag.name.trim()}".`);
  });
  const names = flags.map((f) => f.name.trim().toLowerCase()).filter(Boolean);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) problems.push(`Two flags are named "${twice}"; give each its own name.`);
  const chosen = [...MAPPING_FIELDS.map((i) => draft[i.field]), ...flags.map((f) => f.column)].filter(
    (h): h is string => Boolean(h),
  );
  const repeated = chosen.find((h, i) => chosen.indexOf(h) !== i);
  if (repeated) problems.push(`The column "${repeated}" is chosen twice; each field needs its own column.`);
  if (problems.length) return { ok: false, problems };
  return { ok: true, mapping: mappingOf(draft) };
}

function mappingOf(draft: MappingDraft): ColumnMapping {
  const mapping: ColumnMapping = { area: draft.area!, category: draft.category! };
  for (const info of MAPPING_FIELDS) {
    const header = draft[info.field];
    if (header) mapping[info.field] = header;
  }
  const flags = draft.flags ?? [];
  if (flags.length > 0) mapping.flags = Object.fromEntries(flags.map((f) => [f.name.trim(), f.column]));
  return mapping;
}

/** The saved mappings whose every column is among the headers (in any case): those that fit this table. */
export function fittingMappings(saved: readonly SavedMapping[], headers: readonly string[]): SavedMapping[] {
  const have = new Set(headers.map(foldHeader));
  return saved.filter(({ mapping }) => {
    const { flags, ...fields } = mapping;
    const columns = [...Object.values(fields), ...Object.values(flags ?? {})].filter(
      (c): c is string => typeof c === "string" && c.trim() !== "",
    );
    return columns.every((c) => have.has(foldHeader(c)));
  });
}
