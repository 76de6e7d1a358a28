/**
 * A column mapping written as text: inline (the command line's
 * `--map area=Ward,category=Offence,date=Date,flag:Domestic abuse=DA flag`) or as
 * a small CSV of `field,column` lines (`--mapping FILE`, and what a saved mapping
 * looks like on disk). Field names are read in any case; columns are matched to
 * headers in any case when the table is read. Every problem is an AssessmentError
 * naming where it is.
 */
import Papa from "papaparse";
import { AssessmentError, type ErrorPlace } from "../errors";
import { MAX_FLAGS } from "./crimeTable";
import { foldHeader } from "./formats";
import type { ColumnMapping } from "./types";

/** The fields a mapping may name (flags are `flag:NAME`). */
export const MAPPING_FIELD_NAMES = [
  "date",
  "year",
  "month",
  "area",
  "category",
  "count",
  "force",
  "lsoa",
  "lsoaName",
  "subgroup",
  "code",
] as const;
type MappingFieldName = (typeof MAPPING_FIELD_NAMES)[number];

const FIELDS_TEXT = `${MAPPING_FIELD_NAMES.join(", ")} or flag:NAME`;

/** One `field=column` (or `field,column`) pair as written, with where it was written. */
interface MappingEntry {
  field: string;
  column: string;
  place: ErrorPlace;
}

/** The mapping in `--map`'s text: comma-separated `field=column` pairs (a pair with a comma in it may be quoted). */
export function parseMapOption(text: string, option = "--map"): ColumnMapping {
  const cells = Papa.parse<string[]>(text.trim(), { delimiter: "," }).data[0] ?? [];
  const entries = cells
    .filter((cell) => cell.trim() !== "")
    .map((cell): MappingEntry => {
      const equals = cell.indexOf("=");
      if (equals < 0) {
        throw new AssessmentError(
          `"${cell.trim()}" is not a field=column pair.`,
          `Write the mapping as field=column pairs separated by commas, e.g. ${option} "date=Date,area=Ward,category=Offence" (fields: ${FIELDS_TEXT}).`,
          { column: option },
        );
      }
      return { field: cell.slice(0, equals), column: cell.slice(equals + 1), place: { column: option } };
    });
  return mappingOf(entries, { column: option });
}

/** The mapping in a mapping file: `field,column` lines, with or without a `field,column` header row. */
export function parseMappingCsv(text: string, source: string): ColumnMapping {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const quotes = parsed.errors.find((e) => e.type === "Quotes");
  if (quotes) {
    throw new AssessmentError(`A quoted value is not closed (${quotes.message}).`, "Check the quotation marks.", {
      source,
      row: (quotes.row ?? 0) + 1,
    });
  }
  const rows = parsed.data.map((cells, index) => ({ cells, row: index + 1 }));
  const hasHeader = rows.length > 0 && foldHeader(rows[0].cells[0]) === "field";
  const entries = (hasHeader ? rows.slice(1) : rows).map(({ cells, row }): MappingEntry => {
    if (cells.length < 2 || cells.slice(2).some((c) => c.trim() !== "")) {
      throw new AssessmentError(
        `The line "${cells.join(",")}" is not a field and a column.`,
        `Write one field,column pair a line, e.g. "flag:Domestic abuse,DA flag" (fields: ${FIELDS_TEXT}).`,
        { source, row },
      );
    }
    return { field: cells[0], column: cells[1], place: { source, row } };
  });
  return mappingOf(entries, { source });
}

function mappingOf(entries: MappingEntry[], where: ErrorPlace): ColumnMapping {
  const fields: Partial<Record<MappingFieldName, string>> = {};
  const flags: Record<string, string> = {};
  const named = new Map<string, string>();
  for (const { field, column, place } of entries) {
    const key = foldHeader(field);
    const header = column.trim();
    if (header === "") {
      throw new AssessmentError(`The ${field.trim()} column is blank.`, "Name the column's header.", place);
    }
    const flag = /^flag\s*:\s*(.+)$/.exec(key);
    const label = flag ? `flag "${field.trim().replace(/^flag\s*:\s*/i, "")}"` : key;
    if (named.has(label.toLowerCase())) {
      throw new AssessmentError(`The ${label} is mapped twice.`, "Name each field once.", place);
    }
    named.set(label.toLowerCase(), header);
    if (flag) {
      flags[field.trim().replace(/^flag\s*:\s*/i, "")] = header;
    } else if (fieldNamed(key)) {
      fields[fieldNamed(key)!] = header;
    } else {
      throw new AssessmentError(`"${field.trim()}" is not a field a mapping can name.`, `Use ${FIELDS_TEXT}.`, place);
    }
  }
  const mapping: ColumnMapping = { ...fields, area: fields.area ?? "", category: fields.category ?? "" };
  if (Object.keys(flags).length > 0) mapping.flags = flags;
  const problems = mappingProblems(mapping);
  if (problems.length > 0) {
    throw new AssessmentError(
      `The column mapping is not complete: ${problems.join(" ")}`,
      "Name a date (or a year and a month), an area and a category column.",
      where,
    );
  }
  return mapping;
}

/** The field a key names, in any case and with or without spaces ("lsoa name" is lsoaName). */
function fieldNamed(key: string): MappingFieldName | undefined {
  const bare = key.replace(/[\s_]+/g, "").toLowerCase();
  return MAPPING_FIELD_NAMES.find((f) => f.toLowerCase() === bare);
}

/**
 * What is wrong with a mapping, as sentences (empty when nothing is): a date or a
 * year and a month (not both), an area and a category, no column twice, at most
 * MAX_FLAGS flags with names.
 */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const given = (header: string | undefined) => header !== undefined && header.trim() !== "";
  const byYear = given(mapping.year) || given(mapping.month);
  if (given(mapping.date) && byYear) problems.push("Map a date column, or a year and a month column, not both.");
  else if (!given(mapping.date) && !byYear) problems.push("Map the date (or month) column.");
  else if (byYear && !given(mapping.year)) problems.push("Map the year column as well as the month.");
  else if (byYear && !given(mapping.month)) problems.push("Map the month column as well as the year.");
  if (!given(mapping.area)) problems.push("Map the area column.");
  if (!given(mapping.category)) problems.push("Map the category column.");
  if (given(mapping.lsoaName) && !given(mapping.lsoa)) problems.push("Map the LSOA code column as well as the name.");
  const flags = Object.entries(mapping.flags ?? {});
  if (flags.some(([name]) => name.trim() === "")) problems.push("Give every flag a name.");
  if (flags.length > MAX_FLAGS) problems.push(`Map at most ${MAX_FLAGS} flags.`);
  const columns = [...MAPPING_FIELD_NAMES.map((f) => mapping[f]), ...flags.map(([, column]) => column)].filter(
    (c): c is string => given(c),
  );
  const repeated = columns.find((c, i) => columns.findIndex((d) => foldHeader(d) === foldHeader(c)) !== i);
  if (repeated) problems.push(`The column "${repeated.trim()}" is mapped twice; each field needs its own column.`);
  return problems;
}
