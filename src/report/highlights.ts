/** Conditional formats that follow each row's polarity, and RAG colours. */
import type { Polarity } from "../engine/assessment/settings";
import type { HighlightRule } from "./plan";

/**
 * Colour a change column by sign, reading a fall as good for lower-is-better
 * rows and a rise as good for higher-is-better rows. Consecutive rows with the
 * same polarity share one rule.
 */
export function polarityHighlights(polarities: readonly (Polarity | null)[], column: number): HighlightRule[] {
  const rules: HighlightRule[] = [];
  let start = 0;
  for (let i = 1; i <= polarities.length; i++) {
    if (i === polarities.length || polarities[i] !== polarities[start]) {
      const polarity = polarities[start];
      if (polarity) {
        const lower = polarity === "lowerIsBetter";
        rules.push({
          kind: "sign",
          column,
          fromRow: start,
          toRow: i - 1,
          positive: lower ? "bad" : "good",
          negative: lower ? "good" : "bad",
        });
      }
      start = i;
    }
  }
  return rules;
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

export function polarityLabel(polarity: Polarity): string {
  return polarity === "lowerIsBetter" ? "Lower is better" : "Higher is better";
}
