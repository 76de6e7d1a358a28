/**
 * Reading a harm weights table (a CSV or a sheet): a category or offence code
 * column and a weight column, e.g.
 *   Offence code,Offence,CSS weight
 *   8N,Assault with injury,161.5
 * Each bad cell raises an AssessmentError naming the table, the row and the column.
 * Whether the categories and codes are in the data is checked when the assessment
 * runs (harm.ts). No weights are shipped: the user brings a table they may use.
 */
import { AssessmentError } from "../errors";
import type { Cell } from "../extracts/types";
import type { HarmWeight, HarmWeights } from "./settings";

/** Header aliases, compared folded (any case, spaces, underscores or hyphens). */
const CODE_HEADERS = ["offence code", "code", "ho code", "home office code", "home office offence code"];
const CATEGORY_HEADERS = ["category", "crime type", "offence group", "offence category"];
const WEIGHT_HEADERS = [
  "weight",
  "harm",
  "harm weight",
  "harm index",
  "crime harm index",
  "severity",
  "severity weight",
  "severity score",
  "crime severity score",
  "css",
  "css weight",
  "cchi",
  "cchi weight",
];

function fold(cell: Cell): string {
  return cellText(cell).toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell)
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/\s+/g, " ");
}

interface Columns {
  code: number;
  category: number;
  weight: number;
}

function columnsOf(header: string[]): Columns {
  const find = (aliases: string[]) => header.findIndex((h) => aliases.includes(h));
  return { code: find(CODE_HEADERS), category: find(CATEGORY_HEADERS), weight: find(WEIGHT_HEADERS) };
}

function isWeightsColumns(columns: Columns): boolean {
  return columns.weight >= 0 && (columns.code >= 0 || columns.category >= 0);
}

/** Whether a header row is a harm weights table's (by the rules weightsFromRows reads it with): for the pane's picker. */
export function looksLikeWeightsHeader(header: readonly Cell[]): boolean {
  return isWeightsColumns(columnsOf(header.map(fold)));
}

function findColumns(header: string[], source: string): Columns {
  const columns = columnsOf(header);
  if (!isWeightsColumns(columns)) {
    throw new AssessmentError(
      `"${source}" is not a harm weights table.`,
      `It needs a category or offence code column (one of: ${[...CATEGORY_HEADERS, ...CODE_HEADERS].join(", ")}) and a weight column (one of: ${WEIGHT_HEADERS.join(", ")}); found: ${header.join(", ") || "nothing"}.`,
      { source, row: 1 },
    );
  }
  return columns;
}

/** A weight: a number, zero or more (commas allowed); an AssessmentError otherwise. */
function readWeight(cell: Cell, place: { source: string; row: number; column: string }): number {
  const text = cellText(cell).replace(/,/g, "");
  const value = typeof cell === "number" ? cell : Number(text);
  if (text === "" || !Number.isFinite(value) || value < 0) {
    throw new AssessmentError(
      text === "" ? "The weight is blank." : `The weight "${cellText(cell)}" is not a number of zero or more.`,
      "Give every category or code a weight (a number such as 161.5), or remove its row.",
      place,
    );
  }
  return value;
}

/**
 * The weights in a table's rows (the first row is its header); `source` names the
 * file or sheet in messages. A row with a code is keyed by its code, otherwise by
 * its category; a key given twice is an error, as is a table with no weights.
 */
export function weightsFromRows(rows: Cell[][], source: string): HarmWeights {
  const written = (rows[0] ?? []).map(cellText);
  const columns = findColumns(
    (rows[0] ?? []).map((c) => fold(c)),
    source,
  );
  const weights: HarmWeight[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2; // the header is row 1
    if (cells.every((c) => cellText(c) === "")) return;
    const code = columns.code >= 0 ? cellText(cells[columns.code]) : "";
    const kind = code !== "" ? "code" : "category";
    const keyColumn = kind === "code" ? columns.code : columns.category;
    const key = kind === "code" ? code : columns.category >= 0 ? cellText(cells[columns.category]) : "";
    const at = (column: number) => ({ source, row, column: written[column] });
    if (key === "") {
      throw new AssessmentError(
        "The row names no category or offence code.",
        "Write the category or code the weight is for, or remove the row.",
        at(columns.category >= 0 ? columns.category : columns.code),
      );
    }
    const weight = readWeight(cells[columns.weight], at(columns.weight));
    const id = `${kind}:${key.toLowerCase()}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new AssessmentError(
        `The ${kind === "code" ? "offence code" : "category"} "${key}" has a weight on row ${earlier} already.`,
        "Give each category or code one weight.",
        at(keyColumn),
      );
    }
    seen.set(id, row);
    weights.push({ kind, key, weight, place: { row, column: written[keyColumn] } });
  });
  if (weights.length === 0) {
    throw new AssessmentError(
      `"${source}" holds no weights.`,
      "Give a row for each category or code with its weight.",
      {
        source,
        row: 2,
      },
    );
  }
  return { name: written[columns.weight], source, weights };
}
