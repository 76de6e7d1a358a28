/**
 * Numbers in sentences, rounded exactly as the tables display them
 * (NUMBER_FORMATS in src/report/plan.ts), so every number in a finding can be
 * found in a table.
 */

/** Half away from zero, as Excel rounds for display. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

/** 12345.4 -> "12,345" (format #,##0) */
export function formatCount(value: number): string {
  const rounded = Math.abs(roundTo(value, 0));
  const grouped = String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return roundTo(value, 0) < 0 ? `-${grouped}` : grouped;
}

/** 14.23 (a percentage) -> "14.2%" (format 0.0% on the fraction) */
export function formatPct(valuePct: number): string {
  return `${roundTo(valuePct, 1).toFixed(1)}%`;
}

/** 0.43 -> "+0.4 pp" */
export function formatPp(value: number): string {
  const r = roundTo(value, 1);
  return `${r > 0 ? "+" : r < 0 ? "-" : ""}${Math.abs(r).toFixed(1)} pp`;
}

const ORDINALS = ["", "", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** 2 -> "second", 11 -> "11th" */
export function ordinal(n: number): string {
  if (n < ORDINALS.length) return ORDINALS[n];
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
