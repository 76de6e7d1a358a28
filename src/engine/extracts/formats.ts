/**
 * The header names of each recognised extract format, with the aliases that
 * drift between releases. Headers are compared folded (any case, any spacing).
 */
import type { ColumnMapping, CrimeField, ExtractFormat } from "./types";

export interface FieldHeaders {
  field: CrimeField;
  /** Accepted header names, folded, in order of preference. */
  aliases: string[];
  /** How the column is named in messages. */
  label: string;
  required: boolean;
}

export interface FormatHeaders {
  format: ExtractFormat;
  /** What the format is called in messages. */
  title: string;
  fields: FieldHeaders[];
  /** A mapped table's flag columns (all required): the flag's name and its header, folded and as written. */
  flags?: { name: string; alias: string; label: string }[];
}

export const POLICE_UK_HEADERS: FormatHeaders = {
  format: "police-uk",
  title: "data.police.uk street-level crime",
  fields: [
    { field: "month", aliases: ["month"], label: "Month", required: true },
    { field: "force", aliases: ["falls within"], label: "Falls within", required: true },
    { field: "lsoaName", aliases: ["lsoa name"], label: "LSOA name", required: true },
    { field: "crimeType", aliases: ["crime type"], label: "Crime type", required: true },
    { field: "crimeId", aliases: ["crime id"], label: "Crime ID", required: false },
    { field: "lsoa", aliases: ["lsoa code"], label: "LSOA code", required: false },
  ],
};

/**
 * Home Office police recorded crime by Community Safety Partnership. The category
 * read is the offence group when the table has one (nine groups a committee
 * recognises), else the subgroup, else the offence description.
 */
export const HOME_OFFICE_HEADERS: FormatHeaders = {
  format: "home-office-csp",
  title: "Home Office police recorded crime by CSP",
  fields: [
    { field: "financialYear", aliases: ["financial year"], label: "Financial Year", required: true },
    {
      field: "financialQuarter",
      aliases: ["financial quarter", "quarter"],
      label: "Financial Quarter",
      required: true,
    },
    { field: "force", aliases: ["police force", "force name", "force"], label: "Police Force", required: true },
    { field: "area", aliases: ["csp name", "community safety partnership", "csp"], label: "CSP Name", required: true },
    {
      field: "category",
      aliases: ["offence group", "offence subgroup", "offence description"],
      label: "Offence Group",
      required: true,
    },
    { field: "count", aliases: ["offence count", "number of offences"], label: "Offence Count", required: true },
    { field: "subgroup", aliases: ["offence subgroup"], label: "Offence Subgroup", required: false },
    { field: "code", aliases: ["offence code"], label: "Offence Code", required: false },
  ],
};

export const KNOWN_FORMATS: FormatHeaders[] = [POLICE_UK_HEADERS, HOME_OFFICE_HEADERS];

/** A user's mapping as a format: the columns are named by the user, exactly one alias each. */
export function mappedHeaders(mapping: ColumnMapping): FormatHeaders {
  // A blank required choice keeps its place with an alias no header can match, so detection reports it missing.
  const field = (f: CrimeField, header: string | undefined, required: boolean): FieldHeaders[] =>
    header === undefined || (header.trim() === "" && !required)
      ? []
      : [{ field: f, aliases: [foldHeader(header)], label: header.trim() || `(${f} column)`, required }];
  // A named optional column is required: a typo should not silently count 1 a row, or drop a flag.
  const byYearAndMonth = mapping.date === undefined && (mapping.year !== undefined || mapping.month !== undefined);
  return {
    format: "mapped",
    title: "mapped table",
    fields: [
      ...(byYearAndMonth
        ? [...field("year", mapping.year ?? "", true), ...field("monthOfYear", mapping.month ?? "", true)]
        : field("date", mapping.date ?? "", true)),
      ...field("area", mapping.area, true),
      ...field("category", mapping.category, true),
      ...field("count", mapping.count, true),
      ...field("force", mapping.force, true),
      ...field("lsoa", mapping.lsoa, true),
      ...field("lsoaName", mapping.lsoaName, true),
      ...field("subgroup", mapping.subgroup, true),
      ...field("code", mapping.code, true),
    ],
    flags: Object.entries(mapping.flags ?? {}).map(([name, header]) => ({
      name: name.trim(),
      alias: foldHeader(header),
      label: header.trim() || `(${name.trim()} flag column)`,
    })),
  };
}

/** Header text compared without case, surrounding spaces, runs of spaces or a byte-order mark. */
export function foldHeader(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  return String(cell)
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}
