/**
 * The columnar crime table: one typed array per field, strings dictionary-encoded.
 * A million rows cost about 16 MB here against hundreds of MB as row objects.
 */
export interface CrimeTable {
  readonly length: number;
  /** Month index: year * 12 + (month - 1). */
  readonly month: Int32Array;
  /** Index into `districts`. */
  readonly district: Int32Array;
  /** Index into `forces`. */
  readonly force: Int32Array;
  /** Index into `categories`. */
  readonly category: Int32Array;
  /** Per-row counts for aggregated extracts (Home Office tables); null when every row is one crime or incident. */
  readonly count: Float64Array | null;
  readonly districts: readonly string[];
  readonly forces: readonly string[];
  readonly categories: readonly string[];
}

/** Month index helpers: months are held as year * 12 + (month - 1). */
export function monthIndex(year: number, month1to12: number): number {
  return year * 12 + (month1to12 - 1);
}
export function yearOf(monthIdx: number): number {
  return Math.floor(monthIdx / 12);
}
/** 1 to 12. */
export function monthOf(monthIdx: number): number {
  return (monthIdx % 12) + 1;
}
/** "2025-01" */
export function monthKey(monthIdx: number): string {
  return `${yearOf(monthIdx)}-${String(monthOf(monthIdx)).padStart(2, "0")}`;
}
