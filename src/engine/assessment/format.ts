/**
 * Numbers in sentences, rounded exactly as the tables display them
 * (NUMBER_FORMATS in src/report/plan.ts), so every number in a finding can be
 * found in a table.
 */
import { FULL_MONTH_NAMES } from "../measures/periods";
import type { Significance } from "../measures/significance";

/** Half away from zero, as Excel rounds for display; never -0, so nothing shows as "-0.0". */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return rounded === 0 ? 0 : rounded;
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

/** 7.94 (a percentage) -> "8%": whole numbers, as a partnership's press release gives them. */
export function formatWholePct(valuePct: number): string {
  return `${roundTo(valuePct, 0)}%`;
}

/** A change as the summary states it: direction, size and whether it is more than chance. */
export interface ChangeLike {
  change: number;
  changePct: number | null;
  isNew: boolean;
  significance: Significance;
}

/**
 * "▲ up 3% (may be chance)", "▼ down 15% (a real fall)": the plain-words change
 * column. Whole-number percentages; the sign is decided on the rounded figure.
 */
export function changeWords(c: ChangeLike): string {
  if (c.isNew) return "new (none a year earlier)";
  if (c.change === 0 || c.changePct === null) return "unchanged";
  const real = c.significance !== "no significant change";
  const pct = roundTo(Math.abs(c.changePct), 0);
  const size = pct === 0 ? "under 1%" : `${pct}%`;
  const arrow = c.change > 0 ? "▲ up" : "▼ down";
  const reading = real ? (c.change > 0 ? "a real rise" : "a real fall") : "may be chance";
  return `${arrow} ${size} (${reading})`;
}

/** "2026-01-15" -> "15 January 2026"; null when it is not such a date. */
export function formatDate(iso: string | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${day} ${FULL_MONTH_NAMES[month - 1]} ${year}`;
}

/** "highest of 4", "2nd highest of 4", "lowest of 4"; rank 1 is the largest. */
export function positionWords(rank: number, of: number): string {
  if (of <= 1) return "the only district";
  if (rank === 1) return `highest of ${of}`;
  if (rank === of) return `lowest of ${of}`;
  return `${ordinalNumber(rank)} highest of ${of}`;
}

/** 2 -> "2nd", 11 -> "11th" */
export function ordinalNumber(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
