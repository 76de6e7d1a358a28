/**
 * Conditional formats that mean something: a change is filled only where it is
 * statistically significant, green or red by the measure's polarity; every other
 * change stays neutral (its arrow and words say which way it went). RAG colours.
 */
import type { Polarity } from "../engine/assessment/settings";
import type { ChangeFigures } from "../engine/assessment/types";
import type { HighlightRule, Tone } from "./plan";

/** One row of a table's changes: its polarity and its change (null for none). */
export interface ChangeRow {
  polarity: Polarity;
  change: ChangeFigures | null;
}

function isReal(c: ChangeFigures | null): c is ChangeFigures {
  return c !== null && c.significance !== "no significant change" && c.change !== 0;
}

/** Good or bad for a significant change, by polarity. */
export function changeTone(c: ChangeFigures, polarity: Polarity): Tone {
  const rise = c.change > 0;
  return rise === (polarity === "higherIsBetter") ? "good" : "bad";
}

/**
 * Sign rules on a numeric change column, only on the rows whose change is
 * significant; consecutive such rows with the same polarity share one rule.
 */
export function significantSignHighlights(rows: readonly ChangeRow[], column: number): HighlightRule[] {
  const rules: HighlightRule[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const lower = rows[start].polarity === "lowerIsBetter";
    rules.push({
      kind: "sign",
      column,
      fromRow: start,
      toRow: end,
      positive: lower ? "bad" : "good",
      negative: lower ? "good" : "bad",
    });
    start = -1;
  };
  rows.forEach((row, i) => {
    if (!isReal(row.change)) return flush(i - 1);
    if (start >= 0 && rows[start].polarity !== row.polarity) flush(i - 1);
    if (start < 0) start = i;
  });
  flush(rows.length - 1);
  return rules;
}

/** Fills the plain-words change cell ("▼ down 15% (a real fall)") of each significant row. */
export function significantTextHighlights(
  rows: readonly ChangeRow[],
  column: number,
  words: (row: ChangeRow, index: number) => string,
): HighlightRule[] {
  return rows.flatMap((row, i): HighlightRule[] =>
    isReal(row.change)
      ? [
          {
            kind: "text",
            column,
            fromRow: i,
            toRow: i,
            equals: words(row, i),
            tone: changeTone(row.change, row.polarity),
          },
        ]
      : [],
  );
}

export function ragHighlights(column: number, rowCount: number): HighlightRule[] {
  if (rowCount === 0) return [];
  const span = { column, fromRow: 0, toRow: rowCount - 1 };
  return [
    { kind: "text", ...span, equals: "Green", tone: "green" },
    { kind: "text", ...span, equals: "Amber", tone: "amber" },
    { kind: "text", ...span, equals: "Red", tone: "red" },
  ];
}

/** "A fall is read as good for every category except ...", said once instead of a column on every row. */
export function polarityNote(rows: readonly { category: string; polarity: Polarity }[]): string {
  const higher = rows.filter((r) => r.polarity === "higherIsBetter").map((r) => r.category);
  return higher.length
    ? `A fall is read as good for every category except ${higher.join(", ")}, where a rise is read as good.`
    : "A fall is read as good for every category.";
}
