/**
 * What every reader of one assessment shares: the table being built, the field
 * readers (with their caches), the Crime IDs seen, and a tally of each source.
 *
 * Rows go into the table as they are read. Some decisions need every source
 * first (a source that is a copy of another, a month far beyond the rest), so
 * `finish` may set rows aside after the fact, compacting the table, and then
 * checks that every source's rows still add up: read = counted + set aside.
 */
import { AssessmentError } from "../errors";
import { MAX_FLAGS, monthKey } from "./crimeTable";
import { EARLIEST_MONTH, monthOfDate, monthsBeyondAnchor } from "./dateRange";
import { DuplicateRegister, MAX_EXAMPLES } from "./duplicates";
import {
  CategoryReader,
  CountReader,
  CrimeTypeReader,
  FinancialYearReader,
  LsoaNameReader,
  MonthReader,
  QuarterReader,
  TextReader,
} from "./fieldReaders";
import { describeFlagValues, FLAG_SPELLINGS_TEXT } from "./flagColumns";
import type { DuplicateCrimeIds, ReadResult } from "./index";
import { sourcesToLeaveOut } from "./sameSources";
import { SET_ASIDE } from "./setAsideReasons";
import { SourceTally } from "./sourceTally";
import { planFor, type SourcePlan } from "./sourcePlans";
import { CrimeTableBuilder } from "./tableBuilder";
import type { Detection, SourceSummary, SetAside, UnrecognisedFlagValues } from "./types";

export const FORCE_NOT_STATED = "Force not stated";
/** Repeated Crime IDs above this share of the crimes counted are flagged on the first page. */
export const REPEATED_IDS_WARNING_SHARE = 0.01;

export interface ExtractReadOptions {
  /** "Today": rows dated after its month are set aside. A Date (its local month) or a month index; default now. */
  asOf?: Date | number;
  /** Sources to count even when they look like a copy of another, by name (any case). */
  keepSources?: readonly string[];
}

const n = (value: number) => value.toLocaleString("en-GB");
const foldName = (name: string) => name.trim().toLowerCase();

export class ReadingSession {
  readonly builder = new CrimeTableBuilder();
  readonly duplicates = new DuplicateRegister(this.builder);
  readonly readers;
  private readonly tallies: SourceTally[] = [];
  private current: SourceTally | null = null;
  private currentPlan: SourcePlan | null = null;
  /** Table rows set aside after they were added (flag values found not to be recognised), to drop when compacting. */
  private readonly rowsSetAsideLater = new Set<number>();
  private readonly unrecognisedFlags: UnrecognisedFlagValues[] = [];
  /** Today's month: rows dated after it are set aside. */
  private readonly latestMonth: number;
  private readonly keepNames: Set<string>;

  constructor(options: ExtractReadOptions = {}) {
    const b = this.builder;
    this.readers = {
      month: new MonthReader(),
      force: new TextReader(b.forces),
      lsoaName: new LsoaNameReader(b.districts),
      lsoa: new TextReader(b.lsoas),
      subgroup: new TextReader(b.subgroups),
      code: new TextReader(b.codes),
      area: new TextReader(b.districts),
      crimeType: new CrimeTypeReader(b.categories),
      category: new CategoryReader(b.categories),
      financialYear: new FinancialYearReader(),
      quarter: new QuarterReader(),
      count: new CountReader(),
    };
    this.latestMonth = monthOfDate(options.asOf ?? new Date());
    this.keepNames = new Set((options.keepSources ?? []).map(foldName));
  }

  /** The force id read, or that of "Force not stated" for a blank cell or a mapped table without a force column. */
  force(read: number): number {
    return read >= 0 ? read : this.builder.forces.intern(FORCE_NOT_STATED);
  }

  startSource(name: string, kind: "sheet" | "file", detection: Detection): SourcePlan {
    this.endSource();
    const tally = new SourceTally(this.tallies.length, name, kind, detection.format, this.builder.length);
    this.tallies.push(tally);
    this.current = tally;
    this.duplicates.startSource(tally.index);
    this.currentPlan = planFor(this, detection);
    return this.currentPlan;
  }

  /** Number of sources started so far. */
  get sourceCount(): number {
    return this.tallies.length;
  }

  /** Rows of the current source read so far, kept or not. */
  get rowsReadInSource(): number {
    return this.requireSource().rowsRead;
  }

  /** The bit of a flag in the table's flag bitmask (flags of the same name share one, across sources). */
  flagBit(name: string): number {
    const known = this.builder.flagNames.values.findIndex((f) => foldName(f) === foldName(name));
    if (known >= 0) return known;
    if (this.builder.flagNames.values.length >= MAX_FLAGS) {
      throw new AssessmentError(
        `The column mappings name more than ${MAX_FLAGS} flags.`,
        `Map at most ${MAX_FLAGS} flag columns across the tables read.`,
        { source: this.sourceName },
      );
    }
    return this.builder.flagNames.intern(name.trim());
  }

  /** The flags the current source carries, for the data-quality page and the method. */
  noteSourceFlags(names: string[]): void {
    this.requireSource().flags = names.map((n) => n.trim());
  }

  /** A flag column's values that were not recognised (their rows already set aside). */
  noteUnrecognisedFlags(entry: UnrecognisedFlagValues): void {
    this.unrecognisedFlags.push(entry);
  }

  /** Sets aside a row of the current source already in the table (row `tableRow`), for `reason`, once. */
  setKeptRowAside(tableRow: number, rowNumber: number, reason: string): void {
    if (this.rowsSetAsideLater.has(tableRow)) return; // two flag columns may both find its values unrecognised
    this.requireSource().unkeep(this.builder.months()[tableRow], rowNumber, reason);
    this.rowsSetAsideLater.add(tableRow);
  }

  /** How the CSV file being read is encoded or separated, when not UTF-8 with commas. */
  get csvOfSource(): Pick<SourceSummary, "encoding" | "delimiter"> {
    return this.requireSource().csv;
  }

  get sourceName(): string {
    return this.requireSource().name;
  }

  /**
   * Adds a row to the table, unless its month is before 2000 or after today
   * (then it is set aside); true when added, so a plan can `return session.keep(...)`.
   * The optional columns are -1 (flags 0) where the source has none.
   */
  keep(
    month: number,
    district: number,
    force: number,
    category: number,
    count: number,
    row: number,
    lsoa = -1,
    subgroup = -1,
    code = -1,
    flags = 0,
  ): boolean {
    const source = this.requireSource();
    if (month < EARLIEST_MONTH || month > this.latestMonth) {
      source.setAsideMonth(SET_ASIDE.dateOutOfRange, month, row);
      return false;
    }
    const extras = lsoa !== -1 || subgroup !== -1 || code !== -1 || flags !== 0;
    source.kept(month, district, force, category, count, row, extras ? hashExtras(lsoa, subgroup, code, flags) : 0);
    this.builder.push(month, district, force, category, count);
    if (extras) this.builder.setLastExtras(lsoa, subgroup, code, flags);
    return true;
  }

  /** Counts a row as set aside for `reason`; always false, so a plan can `return session.setAside(...)`. */
  setAside(reason: string, rowNumber: number): boolean {
    this.requireSource().setAside(reason, rowNumber);
    return false;
  }

  finish(): ReadResult {
    this.endSource();
    if (this.tallies.length === 0) {
      throw new AssessmentError(
        "No crime extract was found to read.",
        "Choose at least one data.police.uk street-level crime file or sheet (or a Home Office recorded crime by CSP table).",
      );
    }
    const leftOut = sourcesToLeaveOut(this.tallies, this.duplicates, (name) => this.keepNames.has(foldName(name)));
    for (const source of leftOut) this.tallies[source.index].leaveOut(source.reason);
    const beyond = this.setAsideMonthsBeyondAnchors();
    const dropped = leftOut.length > 0 || beyond.size > 0 || this.rowsSetAsideLater.size > 0;
    const duplicates = this.compact(dropped, beyond);
    if (this.builder.length === 0) throw this.nothingKeptError();
    const result = duplicates.result();
    const datesNote = this.datesOutOfRangeNote();
    const repeatsWarning = this.repeatedIdsWarning(duplicates, result);
    const flagsNote = this.unrecognisedFlagsNote();
    const read: ReadResult = {
      table: this.builder.finish(),
      sources: this.tallies.map((t) => t.summary()),
      setAside: this.setAsideByReason(),
      duplicateCrimeIds: result,
      notes: [...leftOut.map((l) => l.note), ...(datesNote ? [datesNote.note] : []), ...(flagsNote?.notes ?? [])],
      warnings: [
        ...leftOut.map((l) => l.warning),
        ...(repeatsWarning ? [repeatsWarning] : []),
        ...(datesNote ? [datesNote.warning] : []),
        ...(flagsNote ? [flagsNote.warning] : []),
      ],
    };
    if (flagsNote) read.unrecognisedFlags = flagsNote.listed;
    return read;
  }

  /** A note per flag column with values not recognised (the values, their counts and first rows), and one warning. */
  private unrecognisedFlagsNote(): { listed: UnrecognisedFlagValues[]; notes: string[]; warning: string } | null {
    // Rows of a source left out whole are not listed: the source is not counted at all.
    const listed = this.unrecognisedFlags.filter((e) =>
      this.tallies.every((t) => t.name !== e.source || t.leftOut === null),
    );
    if (listed.length === 0) return null;
    const notes = listed.map(
      (e) =>
        `The flag column "${e.column}" ("${e.flag}") in "${e.source}" holds values that are not ${FLAG_SPELLINGS_TEXT}: ${describeFlagValues(e)}. Those rows were set aside.`,
    );
    // A row with values not recognised in two columns is one row set aside.
    const rows = this.setAsideByReason().find((s) => s.reason === SET_ASIDE.unrecognisedFlag)?.count ?? 0;
    const columns = listed.map((e) => `"${e.column}" in "${e.source}"`);
    return {
      listed,
      notes,
      warning: `${n(rows)} row${rows === 1 ? "" : "s"} with a flag value not recognised (in ${listOf(columns)}) ${rows === 1 ? "was" : "were"} set aside: see the data-quality notes.`,
    };
  }

  /** Sets aside, in every source still counted, the months more than 12 after its anchor month. */
  private setAsideMonthsBeyondAnchors(): Map<number, Set<number>> {
    const beyondBySource = new Map<number, Set<number>>();
    for (const tally of this.tallies) {
      if (tally.leftOut !== null) continue;
      const { beyond } = monthsBeyondAnchor(tally.rowsByMonth());
      if (beyond.length === 0) continue;
      tally.setMonthsAside(beyond, SET_ASIDE.dateOutOfRange);
      beyondBySource.set(tally.index, new Set(beyond));
    }
    return beyondBySource;
  }

  /**
   * Drops from the table the rows set aside after they were added, checks each
   * source's accounts, and returns the Crime ID register for the rows left
   * (recounted when rows were dropped).
   */
  private compact(dropped: boolean, beyond: Map<number, Set<number>>): DuplicateRegister {
    const keep = dropped ? this.rowsToKeep(beyond) : null;
    if (keep) this.builder.compact(keep);
    let from = 0;
    const ranges = this.tallies.map((tally) => {
      const rows = keep ? flagsSet(keep, tally.rowStart, tally.rowEnd) : tally.rowEnd - tally.rowStart;
      const range = { source: tally.index, name: tally.name, from, to: from + rows };
      from += rows;
      return range;
    });
    this.checkAccounts(ranges);
    if (!dropped) return this.duplicates;
    const counted = ranges.filter((r) => this.tallies[r.source].leftOut === null);
    return this.duplicates.recount(counted, this.builder.crimeIdHashes());
  }

  /** A flag per table row: 0 for rows set aside after they were added, and those of sources left out or months beyond their anchor. */
  private rowsToKeep(beyond: Map<number, Set<number>>): Uint8Array {
    const keep = new Uint8Array(this.builder.length).fill(1);
    for (const row of this.rowsSetAsideLater) keep[row] = 0;
    const months = this.builder.months();
    for (const tally of this.tallies) {
      if (tally.leftOut !== null) keep.fill(0, tally.rowStart, tally.rowEnd);
      const out = beyond.get(tally.index);
      if (out) for (let row = tally.rowStart; row < tally.rowEnd; row++) if (out.has(months[row])) keep[row] = 0;
    }
    return keep;
  }

  /** The identity every source must satisfy; a failure is a bug in the reader, not in the data. */
  private checkAccounts(ranges: { name: string; from: number; to: number }[]): void {
    let counted = 0;
    this.tallies.forEach((t, i) => {
      const inTable = ranges[i].to - ranges[i].from;
      if (t.rowsRead !== t.rowsKept + t.rowsSetAside || t.rowsKept !== inTable) {
        throw new Error(
          `Row accounts of "${t.name}" do not add up: ${t.rowsRead} read, ${t.rowsKept} counted (${inTable} in the table), ${t.rowsSetAside} set aside.`,
        );
      }
      counted += t.rowsKept;
    });
    if (counted !== this.builder.length) {
      throw new Error(`The table holds ${this.builder.length} rows but the sources counted ${counted}.`);
    }
  }

  /** Every source's reasons merged, in the order first met, with the first example rows. */
  private setAsideByReason(): SetAside[] {
    const merged = new Map<string, SetAside>();
    for (const tally of this.tallies) {
      for (const entry of tally.reasons()) {
        const known = merged.get(entry.reason);
        if (!known) merged.set(entry.reason, entry);
        else {
          known.count += entry.count;
          known.examples = [...known.examples, ...entry.examples].slice(0, MAX_EXAMPLES);
        }
      }
    }
    return [...merged.values()];
  }

  private datesOutOfRangeNote(): { note: string; warning: string } | null {
    const bySource = this.tallies.filter((t) => t.outOfRange.size > 0);
    if (bySource.length === 0) return null;
    const total = bySource.reduce((sum, t) => sum + [...t.outOfRange.values()].reduce((a, b) => a + b, 0), 0);
    const months = (t: SourceTally) =>
      [...t.outOfRange.keys()]
        .sort((a, b) => a - b)
        .map(monthKey)
        .join(", ");
    const listed = bySource.map((t) => `"${t.name}" (${months(t)})`).join("; ");
    const rows = `${n(total)} row${total === 1 ? "" : "s"}`;
    return {
      note:
        `${rows} dated out of range ${total === 1 ? "was" : "were"} set aside rather than counted as a new period: ${listed}. ` +
        `Months before 2000, after this month (${monthKey(this.latestMonth)}), or more than 12 months after the latest month most of a source's rows share are taken to be typing errors.`,
      warning: `${rows} with a date out of range (${listOfMonths(bySource)}) ${total === 1 ? "was" : "were"} set aside, not counted as a new period.`,
    };
  }

  /** A first-page warning when more than 1% of the crimes counted repeat a Crime ID, naming the sources involved. */
  private repeatedIdsWarning(register: DuplicateRegister, result: DuplicateCrimeIds): string | null {
    const counted = this.tallies.filter((t) => t.leftOut === null);
    const withIds = counted.reduce((sum, t) => sum + register.idsIn(t.index), 0);
    if (withIds === 0 || result.count <= REPEATED_IDS_WARNING_SHARE * withIds) return null;
    const involved = new Set<number>();
    for (const o of register.overlaps()) if (o.count > 0) involved.add(o.first).add(o.later);
    const names = [...involved].sort((a, b) => a - b).map((i) => `"${this.tallies[i].name}"`);
    const share = ((result.count / withIds) * 100).toFixed(1);
    return (
      `${n(result.count)} of the ${n(withIds)} crimes counted (${share}%) repeat a Crime ID already read, in ${listOf(names)}: ` +
      "check that no crimes were read twice (overlapping extracts, or a file named twice)."
    );
  }

  private nothingKeptError(): AssessmentError {
    const names = this.tallies.map((s) => `"${s.name}"`).join(", ");
    const reasons = this.setAsideByReason().map((s) => `${n(s.count)} ${s.reason.toLowerCase()}`);
    const why =
      reasons.length > 0
        ? ` All rows were set aside: ${reasons.join("; ")}.`
        : " They have a header row but no rows below it.";
    return new AssessmentError(
      `No crimes or incidents could be read from ${names}.${why}`,
      "Check that the right sheets or files were chosen and that their rows are filled in.",
    );
  }

  /**
   * Ends the source being read (once): notes where its rows end in the table, and
   * settles what needs all its rows (its plan's end), which may throw an AssessmentError.
   */
  endSource(): void {
    if (this.current) this.current.rowEnd = this.builder.length;
    const plan = this.currentPlan;
    this.currentPlan = null;
    plan?.end?.();
  }

  private requireSource(): SourceTally {
    if (!this.current) throw new Error("A source must be added (addSource) before its rows.");
    return this.current;
  }
}

/** The optional columns of a kept row as one 32-bit value, for the source's fingerprint. */
function hashExtras(lsoa: number, subgroup: number, code: number, flags: number): number {
  let h = Math.imul(lsoa ^ 0x27d4eb2d, 0x01000193);
  h = Math.imul(h ^ subgroup, 0x01000193);
  h = Math.imul(h ^ code, 0x01000193);
  return Math.imul(h ^ flags, 0x01000193) | 0;
}

function flagsSet(flags: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) count += flags[i];
  return count;
}

/** Up to three of the months set aside as out of range, in order. */
function listOfMonths(tallies: SourceTally[]): string {
  const months = [...new Set(tallies.flatMap((t) => [...t.outOfRange.keys()]))].sort((a, b) => a - b);
  return months.slice(0, 3).map(monthKey).join(", ") + (months.length > 3 ? "..." : "");
}

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
