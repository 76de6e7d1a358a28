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
  /*
   * Optional columns, dictionary-encoded like the others: null (or, in tables built
   * by hand, undefined) when no source has them; -1 (0 for flags) on the rows of
   * sources without them.
   */
  /** Index into `subgroups`: the Home Office offence subgroup (or a mapped table's). */
  readonly subgroup?: Int32Array | null;
  readonly subgroups?: readonly string[];
  /** Index into `codes`: the Home Office offence code (or a mapped table's). */
  readonly code?: Int32Array | null;
  readonly codes?: readonly string[];
  /** Index into `lsoas` (LSOA codes); `lsoaNames[i]` is the name of `lsoas[i]` ("" when not given). */
  readonly lsoa?: Int32Array | null;
  readonly lsoas?: readonly string[];
  readonly lsoaNames?: readonly string[];
  /** Bit i set when the row has flag `flagNames[i]` (at most 32 flags). */
  readonly flags?: Uint32Array | null;
  readonly flagNames?: readonly string[];
}

/** At most this many flags fit a row's bitmask. */
export const MAX_FLAGS = 32;

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
