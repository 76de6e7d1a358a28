/**
 * What is known of one source as it is read: rows read, kept and set aside (by
 * reason, with example row numbers), kept rows by month (with examples, so a
 * month found to be a typo later can still be listed), where its rows sit in the
 * table, and a fingerprint of its kept rows.
 */
import { MAX_EXAMPLES, mix } from "./duplicates";
import type { ExtractFormat, SetAside, SourceSummary } from "./types";

interface MonthTally {
  rows: number;
  /** Row numbers (as the user sees them) of the month's first rows. */
  examples: number[];
}

interface ReasonTally {
  count: number;
  examples: number[];
}

// Two lanes of hashing with different seeds and multipliers make the fingerprint 64 bits.
const SEED_1 = 0x2545f491;
const SEED_2 = 0x6a09e667;
const PRIME_1 = 0x01000193;
const PRIME_2 = 0x5bd1e995 | 0;

/** A count as an integer key: whole counts as they are, decimals to three places. */
function countKey(count: number): number {
  return count === 1 ? 1 : Math.round(count * 1000) | 0;
}

export class SourceTally {
  rowsRead = 0;
  rowsKept = 0;
  /** The source's rows are table rows [rowStart, rowEnd). */
  rowEnd: number;
  /** Why the whole source was left out, when it was. */
  leftOut: string | null = null;
  /** The flags a mapped source carries, by name. */
  flags: string[] = [];
  /** How a CSV file was read, when not as UTF-8 with commas (for the data-quality page). */
  readonly csv: Pick<SourceSummary, "encoding" | "delimiter"> = {};
  /** Order-independent sums of the kept rows' hashes: equal sums mean the same rows in any order. */
  private sum1 = 0;
  private sum2 = 0;
  readonly byMonth = new Map<number, MonthTally>();
  private readonly byReason = new Map<string, ReasonTally>();
  /** Rows set aside as dated out of range, by month. */
  readonly outOfRange = new Map<number, number>();
  /** The first row numbers read, kept or not: examples when the whole source is set aside. */
  private readonly firstRows: number[] = [];
  // Neighbouring rows share their month: the last month's tally saves a Map lookup.
  private lastMonth = Number.NaN;
  private lastMonthTally: MonthTally | null = null;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly kind: "sheet" | "file",
    readonly format: ExtractFormat,
    readonly rowStart: number,
  ) {
    this.rowEnd = rowStart;
  }

  /** `extra` folds the optional columns (LSOA, offence subgroup and code, flags) into the row's hash. */
  kept(month: number, district: number, force: number, category: number, count: number, row: number, extra = 0): void {
    this.rowsRead++;
    this.rowsKept++;
    if (this.firstRows.length < MAX_EXAMPLES) this.firstRows.push(row);
    const key = countKey(count);
    let h1 = SEED_1;
    h1 = Math.imul(h1 ^ month, PRIME_1);
    h1 = Math.imul(h1 ^ district, PRIME_1);
    h1 = Math.imul(h1 ^ force, PRIME_1);
    h1 = Math.imul(h1 ^ category, PRIME_1);
    h1 = Math.imul(h1 ^ key, PRIME_1);
    h1 = Math.imul(h1 ^ extra, PRIME_1);
    let h2 = SEED_2;
    h2 = Math.imul(h2 ^ month, PRIME_2);
    h2 = Math.imul(h2 ^ district, PRIME_2);
    h2 = Math.imul(h2 ^ force, PRIME_2);
    h2 = Math.imul(h2 ^ category, PRIME_2);
    h2 = Math.imul(h2 ^ key, PRIME_2);
    h2 = Math.imul(h2 ^ extra, PRIME_2);
    this.sum1 = (this.sum1 + mix(h1)) | 0;
    this.sum2 = (this.sum2 + mix(h2)) | 0;
    let tally = this.lastMonthTally;
    if (month !== this.lastMonth || tally === null) {
      tally = this.byMonth.get(month) ?? null;
      if (tally === null) {
        tally = { rows: 0, examples: [] };
        this.byMonth.set(month, tally);
      }
      this.lastMonth = month;
      this.lastMonthTally = tally;
    }
    tally.rows++;
    if (tally.examples.length < MAX_EXAMPLES) tally.examples.push(row);
  }

  setAside(reason: string, row: number): void {
    this.rowsRead++;
    if (this.firstRows.length < MAX_EXAMPLES) this.firstRows.push(row);
    this.countReason(reason, row);
  }

  private countReason(reason: string, row: number): void {
    let tally = this.byReason.get(reason);
    if (!tally) {
      tally = { count: 0, examples: [] };
      this.byReason.set(reason, tally);
    }
    tally.count++;
    const examples = tally.examples;
    // Rows set aside after the fact may come before the examples so far: keep the first rows, in order.
    if (examples.length < MAX_EXAMPLES) examples.push(row);
    else if (row < examples[examples.length - 1]) examples[examples.length - 1] = row;
    else return;
    if (examples.length > 1 && examples[examples.length - 2] > row) examples.sort((a, b) => a - b);
  }

  /** Sets aside a row already counted as kept (in `month`), for `reason`: read = kept + set aside still holds. */
  unkeep(month: number, row: number, reason: string): void {
    this.rowsKept--;
    this.countReason(reason, row);
    const monthTally = this.byMonth.get(month);
    if (!monthTally) return;
    monthTally.rows--;
    monthTally.examples = monthTally.examples.filter((r) => r !== row);
    if (monthTally.rows === 0) this.byMonth.delete(month);
    // The month cached for the next kept row may be the one just deleted.
    this.lastMonthTally = null;
  }

  /** Sets a row aside for its month (before 2000, after today), noting the month for the data-quality notes. */
  setAsideMonth(reason: string, month: number, row: number): void {
    this.setAside(reason, row);
    this.outOfRange.set(month, (this.outOfRange.get(month) ?? 0) + 1);
  }

  get rowsSetAside(): number {
    let sum = 0;
    for (const tally of this.byReason.values()) sum += tally.count;
    return sum;
  }

  /** Equal for two sources with the same rows read, kept and set aside (by reason), and the same kept rows. */
  fingerprint(idFingerprint: [number, number]): string {
    const reasons = [...this.byReason].map(([reason, t]) => `${reason}=${t.count}`).sort();
    return [this.rowsRead, this.rowsKept, this.sum1, this.sum2, ...idFingerprint, ...reasons].join("|");
  }

  /** Sets every row of the source aside for `reason` (it is left out whole). */
  leaveOut(reason: string): void {
    this.byReason.clear();
    this.byReason.set(reason, { count: this.rowsRead, examples: [...this.firstRows] });
    this.byMonth.clear();
    this.rowsKept = 0;
    this.leftOut = reason;
  }

  /** Kept rows by month. */
  rowsByMonth(): Map<number, number> {
    return new Map([...this.byMonth].map(([month, t]) => [month, t.rows]));
  }

  /** Sets the kept rows of `months` aside for `reason`, with the months' first rows as examples. */
  setMonthsAside(months: number[], reason: string): void {
    if (months.length === 0) return;
    let tally = this.byReason.get(reason);
    if (!tally) {
      tally = { count: 0, examples: [] };
      this.byReason.set(reason, tally);
    }
    const examples = [...tally.examples];
    for (const month of months) {
      const monthTally = this.byMonth.get(month);
      if (!monthTally) continue;
      tally.count += monthTally.rows;
      this.rowsKept -= monthTally.rows;
      this.outOfRange.set(month, (this.outOfRange.get(month) ?? 0) + monthTally.rows);
      examples.push(...monthTally.examples);
      this.byMonth.delete(month);
    }
    tally.examples = examples.sort((a, b) => a - b).slice(0, MAX_EXAMPLES);
  }

  /** The reasons rows were set aside, in the order first met, with examples naming this source. */
  reasons(): SetAside[] {
    return [...this.byReason].map(([reason, t]) => ({
      reason,
      count: t.count,
      examples: t.examples.map((row) => ({ source: this.name, row })),
    }));
  }

  summary(): SourceSummary {
    const months = [...this.byMonth.keys()];
    const summary: SourceSummary = {
      name: this.name,
      kind: this.kind,
      format: this.format,
      rowsRead: this.rowsRead,
      rowsKept: this.rowsKept,
      firstMonth: months.length ? Math.min(...months) : null,
      lastMonth: months.length ? Math.max(...months) : null,
      setAside: [...this.byReason].map(([reason, t]) => ({ reason, count: t.count })),
    };
    if (this.format === "home-office-csp") summary.quarterly = true;
    if (this.flags.length > 0) summary.flags = [...this.flags];
    if (this.leftOut !== null) summary.leftOut = this.leftOut;
    return { ...summary, ...this.csv };
  }
}
