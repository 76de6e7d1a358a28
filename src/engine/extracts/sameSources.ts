/**
 * Never counting a source twice. Two cases, decided when every source has been read
 * (so the order they were read in does not matter):
 * - the same rows as another source (the same file named twice, a copy left in
 *   the folder): counted once (sources without Crime IDs need 20 rows or more,
 *   as a few rows alike may be chance);
 * - almost all of its Crime IDs in one other source (a filtered "my area only"
 *   copy beside the full extract): left out, unless the user names it to keep.
 */
import type { DuplicateRegister } from "./duplicates";
import { copyOf, sameRowsAs } from "./setAsideReasons";
import type { SourceTally } from "./sourceTally";

/** A source is a copy when at least this share of its Crime IDs... */
export const COPY_SHARE = 0.95;
/** ...and at least this many of them are in one other source. */
export const COPY_MIN_IDS = 20;

export interface LeftOutSource {
  index: number;
  /** The reason its rows are set aside, naming the other source. */
  reason: string;
  /** For the data-quality page. */
  note: string;
  /** For the first page. */
  warning: string;
}

const n = (value: number) => value.toLocaleString("en-GB");

/** A share as a percentage with one decimal, never rounded up to 100.0% when not all. */
function percent(part: number, whole: number): string {
  const tenths = Math.floor((part / whole) * 1000);
  return `${(tenths / 10).toFixed(1)}%`;
}

export function sourcesToLeaveOut(
  tallies: readonly SourceTally[],
  ids: DuplicateRegister,
  keep: (name: string) => boolean,
): LeftOutSource[] {
  const leftOut = identicalSources(tallies, ids, keep);
  const out = new Set(leftOut.map((l) => l.index));
  const pairs = sharedIds(ids);
  // A source repeating an ID of the other may share more rows than it has IDs: cap at its own count.
  const shared = (i: number, j: number) => Math.min(pairs(i, j), ids.idsIn(j));
  const isCopy = (j: number, i: number) => {
    const count = shared(i, j);
    return count >= COPY_MIN_IDS && count >= COPY_SHARE * ids.idsIn(j);
  };
  for (const later of tallies) {
    const j = later.index;
    if (out.has(j) || keep(later.name) || later.rowsKept === 0) continue;
    const others = tallies.filter((t) => t.index !== j && !out.has(t.index) && isCopy(j, t.index));
    const full = others.sort((a, b) => shared(b.index, j) - shared(a.index, j))[0];
    if (!full) continue;
    // Each a copy of the other: the later one read goes (unless the user keeps it).
    if (isCopy(full.index, j) && full.index > j && !keep(full.name)) continue;
    const count = shared(full.index, j);
    const total = ids.idsIn(j);
    out.add(j);
    leftOut.push({
      index: j,
      reason: copyOf(full.name),
      note:
        `Left out "${later.name}": ${n(count)} of its ${n(total)} Crime IDs (${percent(count, total)}) are also in "${full.name}", ` +
        `so it looks like a copy or a filtered part of it. To count it as well, keep it (command line: --keep-source "${later.name}").`,
      warning: `"${later.name}" was left out: it looks like a copy or a filtered part of "${full.name}" (${percent(count, total)} of its Crime IDs are there too).`,
    });
  }
  return leftOut.sort((a, b) => a.index - b.index);
}

/** Later sources with exactly the same rows as an earlier one. */
function identicalSources(
  tallies: readonly SourceTally[],
  ids: DuplicateRegister,
  keep: (name: string) => boolean,
): LeftOutSource[] {
  const firstWith = new Map<string, SourceTally>();
  const leftOut: LeftOutSource[] = [];
  for (const tally of tallies) {
    // A handful of rows without Crime IDs may match another source's by chance.
    if (tally.rowsKept === 0 || (ids.idsIn(tally.index) === 0 && tally.rowsKept < COPY_MIN_IDS)) continue;
    const print = tally.fingerprint(ids.idFingerprint(tally.index));
    const first = firstWith.get(print);
    if (!first) firstWith.set(print, tally);
    else if (!keep(tally.name)) {
      const twice = first.name === tally.name;
      const same = twice ? `"${tally.name}" was read twice` : `"${tally.name}" holds the same rows as "${first.name}"`;
      leftOut.push({
        index: tally.index,
        reason: sameRowsAs(first.name),
        note: `Counted once: ${same} (${n(tally.rowsRead)} rows read), so ${twice ? "the second reading's" : "its"} rows are set aside.`,
        warning: `${same}: its rows are counted once.`,
      });
    }
  }
  return leftOut;
}

/** How many Crime IDs two sources share, whichever was read first. */
function sharedIds(ids: DuplicateRegister): (a: number, b: number) => number {
  const pairs = new Map<string, number>();
  for (const o of ids.overlaps()) {
    if (o.first === o.later) continue;
    const key = `${Math.min(o.first, o.later)},${Math.max(o.first, o.later)}`;
    pairs.set(key, (pairs.get(key) ?? 0) + o.count);
  }
  return (a, b) => pairs.get(`${Math.min(a, b)},${Math.max(a, b)}`) ?? 0;
}
