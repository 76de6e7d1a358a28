/**
 * ExcelJS cell values -> the engine's plain cells. ExcelJS gives rich text, formulas,
 * hyperlinks and errors as objects; the engine wants the value a person sees.
 */
import type { Cell } from "../../engine/extracts/types";

export function cellFromExcelJs(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return v.richText.map((run) => (run as { text?: unknown }).text ?? "").join("");
  }
  if ("formula" in v || "sharedFormula" in v) return cellFromExcelJs(v.result);
  if ("hyperlink" in v && "text" in v) return cellFromExcelJs(v.text);
  // An error value such as #N/A: keep its text so the engine reports the row as unreadable.
  if (typeof v.error === "string") return v.error;
  if ("text" in v) return cellFromExcelJs(v.text);
  return null;
}

/** ExcelJS's row.values is 1-based and sparse; this gives a dense 0-based row. */
export function rowFromExcelJs(values: unknown): Cell[] {
  if (!Array.isArray(values)) return [];
  const row: Cell[] = [];
  for (let i = 1; i < values.length; i++) row.push(cellFromExcelJs(values[i]));
  return row;
}
