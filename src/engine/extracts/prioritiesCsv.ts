/**
 * Reading a priorities file: one rule a row,
 *   priority,kind,value,polarity
 * e.g. "Serious violence,subgroup,Violence with injury,lowerIsBetter". The rows of
 * one priority (its name in any case) gather its rules; its polarity may be given
 * on any of them (blank elsewhere), and is lowerIsBetter when given on none.
 * Each bad cell raises an AssessmentError naming the file, the row and the column.
 * Whether the values are in the data is checked when the assessment runs.
 */
import Papa from "papaparse";
import type { Polarity, PriorityDefinition, PriorityRuleKind } from "../assessment/settings";
import { AssessmentError } from "../errors";
import { canonicalCrimeType } from "./crimeTypes";
import { foldHeader } from "./formats";

export const PRIORITY_COLUMNS = ["priority", "kind", "value", "polarity"] as const;
type PriorityColumn = (typeof PRIORITY_COLUMNS)[number];
export const PRIORITY_KINDS: readonly PriorityRuleKind[] = ["category", "group", "subgroup", "code", "flag"];

interface CellPlace {
  source: string;
  row: number;
  column: PriorityColumn;
}

function readKind(text: string, place: CellPlace): PriorityRuleKind {
  const kind = PRIORITY_KINDS.find((k) => k === foldHeader(text));
  if (kind) return kind;
  throw new AssessmentError(
    text.trim() === "" ? "The kind is blank." : `"${text.trim()}" is not a kind of priority rule.`,
    `Write one of ${PRIORITY_KINDS.join(", ")}.`,
    place,
  );
}

/** A polarity, or null for a blank cell. */
function readPolarity(text: string, place: CellPlace): Polarity | null {
  const tidy = foldHeader(text).replace(/[\s_-]/g, "");
  if (tidy === "") return null;
  if (tidy === "lowerisbetter" || tidy === "lower") return "lowerIsBetter";
  if (tidy === "higherisbetter" || tidy === "higher") return "higherIsBetter";
  throw new AssessmentError(
    `"${text.trim()}" is not a polarity.`,
    'Write "lowerIsBetter" (a fall is good) or "higherIsBetter" (a rise is good, e.g. more reporting), or leave it blank.',
    place,
  );
}

function checkHeader(fields: string[], source: string): void {
  const required: PriorityColumn[] = ["priority", "kind", "value"];
  const missing = required.filter((column) => !fields.includes(column));
  if (missing.length > 0) {
    throw new AssessmentError(
      `The priorities file has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""}: its header row has ${fields.join(", ") || "nothing"}.`,
      `Give it the header row ${PRIORITY_COLUMNS.join(",")}.`,
      { source, row: 1 },
    );
  }
}

/** The priorities in a priorities CSV file's text, in the order first named; `source` names the file in messages. */
export function parsePrioritiesCsv(text: string, source: string): PriorityDefinition[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => foldHeader(header),
  });
  checkHeader(parsed.meta.fields ?? [], source);
  const quotes = parsed.errors.find((e) => e.type === "Quotes");
  if (quotes) {
    throw new AssessmentError(`A quoted value is not closed (${quotes.message}).`, "Check the quotation marks.", {
      source,
      row: (quotes.row ?? 0) + 2,
    });
  }
  const byName = new Map<string, PriorityDefinition & { polaritySet: boolean }>();
  parsed.data.forEach((record, index) => {
    const row = index + 2; // the header is row 1
    const cell = (column: PriorityColumn) => (record[column] ?? "").trim().replace(/\s+/g, " ");
    const at = (column: PriorityColumn): CellPlace => ({ source, row, column });
    const name = cell("priority");
    if (name === "") throw new AssessmentError("The priority's name is blank.", "Name the priority.", at("priority"));
    const kind = readKind(cell("kind"), at("kind"));
    const value = cell("value");
    if (value === "")
      throw new AssessmentError(`The ${kind} is blank.`, `Write the ${kind} the priority takes in.`, at("value"));
    const polarity = readPolarity(cell("polarity"), at("polarity"));
    let priority = byName.get(name.toLowerCase());
    if (!priority) {
      priority = { name, rules: [], polarity: "lowerIsBetter", place: { source, row }, polaritySet: false };
      byName.set(name.toLowerCase(), priority);
    }
    if (polarity !== null && priority.polaritySet && polarity !== priority.polarity) {
      throw new AssessmentError(
        `The polarity of "${priority.name}" is ${polarity} here but ${priority.polarity} on an earlier row.`,
        "Give a priority one polarity (or leave it blank on all but one row).",
        at("polarity"),
      );
    }
    if (polarity !== null) [priority.polarity, priority.polaritySet] = [polarity, true];
    priority.rules.push({ kind, value: kind === "category" ? (canonicalCrimeType(value) ?? value) : value });
  });
  return [...byName.values()].map(({ name, rules, polarity, place }) => ({ name, rules, polarity, place }));
}
