/**
 * Reading a targets file: one target a row,
 *   category,baseline_year,target_year,change_pct,method,tolerance_pct,polarity
 * e.g. "Anti-social behaviour,2023/24,2026/27,-6,linear,2,lowerIsBetter".
 * Parsed with papaparse; each bad cell raises an AssessmentError naming the
 * file, the row and the column.
 *
 * Blank optional cells: method -> linear; tolerance_pct -> 0 (no amber band);
 * polarity -> from the sign of change_pct (a reduction target means lower is better).
 */
import Papa from "papaparse";
import type { Polarity, TargetSetting, TrajectoryMethod } from "../assessment/settings";
import { AssessmentError } from "../errors";
import { canonicalCrimeType } from "./crimeTypes";
import { foldHeader } from "./formats";

export const TARGET_COLUMNS = [
  "category",
  "baseline_year",
  "target_year",
  "change_pct",
  "method",
  "tolerance_pct",
  "polarity",
] as const;
type TargetColumn = (typeof TARGET_COLUMNS)[number];
const REQUIRED: TargetColumn[] = ["category", "baseline_year", "target_year", "change_pct"];

interface CellPlace {
  source: string;
  row: number;
  column: TargetColumn;
}

function problem(place: CellPlace, message: string, advice: string): AssessmentError {
  return new AssessmentError(message, advice, place);
}

/** "2023/24" (financial) or "2023" (calendar); "2023-24" and "2023/2024" are tidied to "2023/24". */
export function periodLabel(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return t;
  const match = /^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/.exec(t);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  const consecutive = match[2].length === 2 ? end === (start + 1) % 100 : end === start + 1;
  return consecutive ? `${start}/${String((start + 1) % 100).padStart(2, "0")}` : null;
}

function readCategory(text: string, place: CellPlace): string {
  const tidy = text.trim().replace(/\s+/g, " ");
  if (tidy === "")
    throw problem(place, "The category is blank.", 'Write a police.uk crime type (e.g. "Burglary") or "All crime".');
  if (tidy.toLowerCase() === "all crime") return "All crime";
  return canonicalCrimeType(tidy) ?? tidy;
}

function readPeriod(text: string, place: CellPlace): string {
  const label = periodLabel(text);
  if (label === null)
    throw problem(
      place,
      `"${text.trim()}" is not a year.`,
      'Write a financial year as "2023/24" or a calendar year as "2023".',
    );
  return label;
}

function readNumber(text: string, place: CellPlace, blankValue: number | null): number {
  const tidy = text.trim().replace(/%$/, "").trim();
  if (tidy === "" && blankValue !== null) return blankValue;
  const value = Number(tidy);
  if (tidy === "" || !Number.isFinite(value))
    throw problem(
      place,
      `"${text.trim()}" is not a number.`,
      "Write a percentage as a number, e.g. -6 for a 6% reduction.",
    );
  return value;
}

function readMethod(text: string, place: CellPlace): TrajectoryMethod {
  const tidy = text.trim().toLowerCase();
  if (tidy === "") return "linear";
  if (tidy === "linear" || tidy === "compound") return tidy;
  throw problem(
    place,
    `"${text.trim()}" is not a trajectory method.`,
    'Write "linear" or "compound" (or leave it blank for linear).',
  );
}

function readPolarity(text: string, changePct: number, place: CellPlace): Polarity {
  const tidy = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, "");
  if (tidy === "") return changePct > 0 ? "higherIsBetter" : "lowerIsBetter";
  if (tidy === "lowerisbetter" || tidy === "lower") return "lowerIsBetter";
  if (tidy === "higherisbetter" || tidy === "higher") return "higherIsBetter";
  throw problem(
    place,
    `"${text.trim()}" is not a polarity.`,
    'Write "lowerIsBetter" (a fall is good) or "higherIsBetter" (a rise is good), or leave it blank.',
  );
}

function checkHeader(fields: string[], source: string): void {
  const found = fields.map(foldHeader);
  const missing = REQUIRED.filter((column) => !found.includes(column));
  if (missing.length > 0) {
    throw new AssessmentError(
      `The targets file has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""}: its header row has ${fields.join(", ") || "nothing"}.`,
      `Give it the header row ${TARGET_COLUMNS.join(",")}.`,
      { source, row: 1 },
    );
  }
}

/** The targets in a targets CSV file's text; `source` names the file in messages. */
export function parseTargetsCsv(text: string, source: string): TargetSetting[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => foldHeader(header),
  });
  checkHeader(parsed.meta.fields ?? [], source);
  const structural = parsed.errors.find((e) => e.type === "Quotes");
  if (structural)
    throw new AssessmentError(
      `A quoted value is not closed (${structural.message}).`,
      "Check the quotation marks in the file.",
      { source, row: (structural.row ?? 0) + 2 },
    );
  return parsed.data.map((record, index) => {
    const row = index + 2; // the header is row 1
    const cell = (column: TargetColumn): string => record[column] ?? "";
    const at = (column: TargetColumn): CellPlace => ({ source, row, column });
    const changePct = readNumber(cell("change_pct"), at("change_pct"), null);
    const target: TargetSetting = {
      category: readCategory(cell("category"), at("category")),
      baselineYear: readPeriod(cell("baseline_year"), at("baseline_year")),
      targetYear: readPeriod(cell("target_year"), at("target_year")),
      changePct,
      method: readMethod(cell("method"), at("method")),
      tolerancePct: readNumber(cell("tolerance_pct"), at("tolerance_pct"), 0),
      polarity: readPolarity(cell("polarity"), changePct, at("polarity")),
      place: { source, row },
    };
    checkTarget(target, at);
    return target;
  });
}

function checkTarget(target: TargetSetting, at: (column: TargetColumn) => CellPlace): void {
  const financial = (label: string) => label.includes("/");
  if (financial(target.baselineYear) !== financial(target.targetYear)) {
    throw problem(
      at("target_year"),
      `The target year ${target.targetYear} and the baseline ${target.baselineYear} are different kinds of year.`,
      "Use financial years (2023/24) for both or calendar years (2023) for both.",
    );
  }
  if (Number.parseInt(target.targetYear, 10) <= Number.parseInt(target.baselineYear, 10)) {
    throw problem(
      at("target_year"),
      `The target year ${target.targetYear} is not after the baseline ${target.baselineYear}.`,
      "Give a target year later than the baseline year.",
    );
  }
  if (target.changePct <= -100) {
    throw problem(
      at("change_pct"),
      `A change of ${target.changePct}% would take the count to zero or below.`,
      "Give a reduction smaller than 100%.",
    );
  }
  if (target.tolerancePct < 0) {
    throw problem(
      at("tolerance_pct"),
      "The tolerance is negative.",
      "Give the amber band as a positive percentage, or 0 for none.",
    );
  }
}
