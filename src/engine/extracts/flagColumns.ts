/**
 * The flag columns of one mapped source: each cell's reading becomes a bit of the
 * row's flags, and values that are not flag spellings are settled per column.
 *
 * A column whose only non-blank value is one that is not a flag spelling ("DA",
 * "X") is "marked vs blank": the mark sets the flag. Until a second non-blank value
 * appears that cannot be known, so rows holding the would-be mark are kept with the
 * flag set and noted; when the column turns out to hold other values too, those
 * rows are set aside after the fact, and from then on such rows are set aside as
 * they are read. Either way each value not recognised is listed with its rows.
 *
 * Why a warning rather than an error: a few mistyped cells should not stop an
 * assessment, and the rows are accounted for (set aside, with a reason, listed on
 * the data-quality page and warned of on the first page). But a column in which
 * such values outnumber the flag spellings is the wrong column, or a different
 * coding (hate crime strands, say): that stops the run, with the values listed.
 */
import { AssessmentError } from "../errors";
import { MAX_EXAMPLES } from "./duplicates";
import { FLAG_BLANK, FLAG_OTHER, FLAG_YES, FlagReader } from "./fieldReaders";
import type { ReadingSession } from "./readingSession";
import { SET_ASIDE } from "./setAsideReasons";
import type { FlagColumn, UnrecognisedFlagValues } from "./types";

/** What is known of one value of a column that is not a flag spelling. */
interface OtherValue {
  count: number;
  rows: number[];
}

class FlagColumnState {
  readonly reader = new FlagReader();
  /** Rows with a spelling (Y/N, Yes/No, 1/0, TRUE/FALSE), not blanks. */
  spelled = 0;
  /** By other value id: rows set aside for it. */
  readonly unrecognised: OtherValue[] = [];
  /** Kept rows holding the would-be mark: [table row, row number, value id] triples. */
  pending: number[] = [];

  constructor(
    readonly flag: FlagColumn,
    readonly bit: number,
  ) {}

  noteUnrecognised(id: number, row: number): void {
    const value = (this.unrecognised[id] ??= { count: 0, rows: [] });
    value.count++;
    if (value.rows.length < MAX_EXAMPLES) value.rows.push(row);
  }

  get unrecognisedRows(): number {
    return this.unrecognised.reduce((sum, v) => sum + (v?.count ?? 0), 0);
  }
}

export class FlagColumns {
  readonly columns: number[];
  readonly readers: FlagReader[];
  private readonly states: FlagColumnState[];
  /** Columns of the row just read that hold the would-be mark (their ids), noted once the row is kept. */
  private readonly marked: number[] = [];

  /** `firstSlot`: where the flag values start in the plan's values. */
  constructor(
    private readonly session: ReadingSession,
    flags: readonly FlagColumn[],
    private readonly firstSlot: number,
  ) {
    this.states = flags.map((flag) => new FlagColumnState(flag, session.flagBit(flag.name)));
    this.columns = flags.map((f) => f.column);
    this.readers = this.states.map((s) => s.reader);
    if (flags.length > 0) session.noteSourceFlags(flags.map((f) => f.name));
  }

  /** The row's flag bits, or -1 when a value is not recognised (the row is to be set aside). */
  read(values: Float64Array, row: number): number {
    let bits = 0;
    let recognised = true;
    this.marked.length = 0;
    for (let c = 0; c < this.states.length; c++) {
      const state = this.states[c];
      const value = values[this.firstSlot + c];
      if (state.pending.length > 0 && !state.reader.markerPossible) this.setPendingAside(state);
      if (value < FLAG_OTHER) {
        if (value === FLAG_BLANK) continue;
        state.spelled++;
        if (value === FLAG_YES) bits |= 1 << state.bit;
        continue;
      }
      if (state.reader.markerPossible) {
        bits |= 1 << state.bit;
        this.marked.push(c, value - FLAG_OTHER);
      } else {
        state.noteUnrecognised(value - FLAG_OTHER, row);
        recognised = false;
      }
    }
    return recognised ? bits >>> 0 : -1;
  }

  /** The row just read (and accepted by `read`) was kept: note it under each would-be mark it holds. */
  kept(row: number): void {
    const tableRow = this.session.builder.length - 1;
    for (let k = 0; k < this.marked.length; k += 2)
      this.states[this.marked[k]].pending.push(tableRow, row, this.marked[k + 1]);
  }

  /** Settles each column once the source is read: reports values not recognised, or stops on a wrong column. */
  end(): void {
    for (const state of this.states) {
      if (state.pending.length > 0 && !state.reader.markerPossible) this.setPendingAside(state);
      state.pending = [];
      if (state.unrecognisedRows === 0) continue;
      const entry = this.report(state);
      if (state.unrecognisedRows > state.spelled) throw wrongColumnError(entry);
      this.session.noteUnrecognisedFlags(entry);
    }
  }

  private setPendingAside(state: FlagColumnState): void {
    const p = state.pending;
    for (let k = 0; k < p.length; k += 3) {
      state.noteUnrecognised(p[k + 2], p[k + 1]);
      this.session.setKeptRowAside(p[k], p[k + 1], SET_ASIDE.unrecognisedFlag);
    }
    state.pending = [];
  }

  private report(state: FlagColumnState): UnrecognisedFlagValues {
    const values = state.unrecognised
      .map((v, id) => v && { value: state.reader.others[id], count: v.count, rows: [...v.rows].sort((a, b) => a - b) })
      .filter((v): v is UnrecognisedFlagValues["values"][number] => Boolean(v))
      .sort((a, b) => b.count - a.count || a.rows[0] - b.rows[0]);
    return { source: this.session.sourceName, flag: state.flag.name, column: state.flag.header, values };
  }
}

/** "Maybe" (12 rows: 5, 9, 30, 41, 52...), "?" (1 row: 77) */
export function describeFlagValues(entry: UnrecognisedFlagValues): string {
  return entry.values
    .map((v) => {
      const more = v.count > v.rows.length ? "..." : "";
      return `"${v.value}" (${v.count.toLocaleString("en-GB")} row${v.count === 1 ? "" : "s"}: ${v.rows.join(", ")}${more})`;
    })
    .join(", ");
}

export const FLAG_SPELLINGS_TEXT = "Y/N, Yes/No, 1/0 or TRUE/FALSE (any case), or one mark against blanks";

function wrongColumnError(entry: UnrecognisedFlagValues): AssessmentError {
  return new AssessmentError(
    `The flag column for "${entry.flag}" holds more values that are not a flag than values that are: ${describeFlagValues(entry)}.`,
    `A flag column holds ${FLAG_SPELLINGS_TEXT}. Check that the mapping names the right column for "${entry.flag}".`,
    { source: entry.source, column: entry.column },
  );
}
