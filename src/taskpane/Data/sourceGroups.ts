/**
 * The Data list, kept short: two years of monthly police.uk files make one entry
 * ("police.uk street-level crime: 24 files") with their span, rows and the months
 * absent from the span, instead of 24 entries. Sources that are not extracts (offered
 * for a column mapping) stay listed one by one, as does a format with a single source.
 */
import type { ExtractFormat } from "../../engine/extracts/types";
import type { DiscoveredSource } from "../../workbook/host";
import { rowsLabel } from "./describeSource";

const GROUP_NAMES: Record<ExtractFormat, string> = {
  "police-uk": "police.uk street-level crime",
  "home-office-csp": "Home Office crime by CSP",
  mapped: "Mapped tables",
};

/** Gaps named one by one before the rest are counted ("and 2 more gaps"). */
const GAPS_SHOWN = 3;

export interface SourceGroup {
  format: ExtractFormat;
  /** "police.uk street-level crime: 24 files" */
  label: string;
  /** "files", "sheets", "tables" or "sources": what the group holds, for "Each of the 24 files". */
  noun: string;
  sources: DiscoveredSource[];
  /** "Jan 2024–Dec 2025", or null when no source's months are known. */
  span: string | null;
  /** "18,867 rows" across the group. */
  rows: string;
  /** "May–Dec 2024 not in the files", or null when every month of the span is in a source. */
  absent: string | null;
}

export type DataEntry = { type: "source"; source: DiscoveredSource } | { type: "group"; group: SourceGroup };

/** The list as shown: a group per format with two or more sources, where its first source was. */
export function dataEntries(sources: readonly DiscoveredSource[]): DataEntry[] {
  const byFormat = new Map<ExtractFormat, DiscoveredSource[]>();
  for (const source of sources) {
    if (source.format !== null) byFormat.set(source.format, [...(byFormat.get(source.format) ?? []), source]);
  }
  const entries: DataEntry[] = [];
  for (const source of sources) {
    const members = source.format === null ? [] : (byFormat.get(source.format) ?? []);
    if (members.length < 2) entries.push({ type: "source", source });
    else if (members[0] === source) entries.push({ type: "group", group: sourceGroup(source.format!, members) });
  }
  return entries;
}

function sourceGroup(format: ExtractFormat, sources: DiscoveredSource[]): SourceGroup {
  const kinds = kindCounts(sources);
  const covered = monthsCovered(sources, format === "home-office-csp");
  const first = covered.length ? covered[0] : null;
  const last = covered.length ? covered[covered.length - 1] : null;
  const gaps = first === null || last === null ? [] : absentRuns(covered, first, last);
  return {
    format,
    label: `${GROUP_NAMES[format]}: ${kinds.text}`,
    noun: kinds.noun,
    sources,
    span: first === null || last === null ? null : runLabel([first, last]),
    rows: rowsLabel(sources.reduce((sum, s) => sum + s.rows, 0)),
    absent: gaps.length
      ? `${gapsLabel(gaps)} not in ${kinds.noun === "sources" ? "any of them" : `the ${kinds.noun}`}`
      : null,
  };
}

/** Whether a group's checkbox is ticked: all, none, or "mixed" when some are chosen. */
export function groupChecked(group: SourceGroup, selectedIds: readonly string[]): boolean | "mixed" {
  const chosen = group.sources.filter((s) => selectedIds.includes(s.id)).length;
  if (chosen === 0) return false;
  return chosen === group.sources.length ? true : "mixed";
}

/** "20 of 24 chosen" when some but not all are chosen; null otherwise. */
export function chosenLabel(group: SourceGroup, selectedIds: readonly string[]): string | null {
  const chosen = group.sources.filter((s) => selectedIds.includes(s.id)).length;
  return chosen > 0 && chosen < group.sources.length ? `${chosen} of ${group.sources.length} chosen` : null;
}

const KINDS: { kind: DiscoveredSource["kind"]; one: string; many: string }[] = [
  { kind: "file", one: "file", many: "files" },
  { kind: "sheet", one: "sheet", many: "sheets" },
  { kind: "table", one: "table", many: "tables" },
];

/** "24 files", "2 sheets and 1 table"; the noun is "sources" when kinds are mixed. */
function kindCounts(sources: readonly DiscoveredSource[]): { text: string; noun: string } {
  const counts = KINDS.map((k) => ({ ...k, count: sources.filter((s) => s.kind === k.kind).length })).filter(
    (k) => k.count > 0,
  );
  const parts = counts.map((k) => `${k.count} ${k.count === 1 ? k.one : k.many}`);
  const text = parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return { text, noun: counts.length === 1 ? counts[0].many : "sources" };
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024-05" -> months since year 0, or null for anything else. */
export function monthNumber(key: string | null): number | null {
  const match = key === null ? null : /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : null;
}

function monthName(month: number): string {
  return `${MONTH_NAMES[month % 12]} ${Math.floor(month / 12)}`;
}

/**
 * Every month some source holds, in order. A source read whole (file mode) lists its
 * months; otherwise (Excel, from its first and last rows) only its span is known, and
 * a gap inside one sheet cannot be seen. A Home Office row stands for its quarter.
 */
export function monthsCovered(sources: readonly DiscoveredSource[], quarterly: boolean): number[] {
  const covered = new Set<number>();
  const add = (month: number) => {
    for (let m = month; m < month + (quarterly ? 3 : 1); m++) covered.add(m);
  };
  for (const source of sources) {
    if (source.months) {
      for (const month of source.months.map(monthNumber)) if (month !== null) add(month);
    } else {
      const first = monthNumber(source.firstMonth) ?? monthNumber(source.lastMonth);
      const last = monthNumber(source.lastMonth) ?? first;
      if (first !== null && last !== null) for (let m = first; m <= last; m++) add(m);
    }
  }
  return [...covered].sort((a, b) => a - b);
}

/** The runs of months between first and last that no source holds, as [from, to]. */
function absentRuns(covered: readonly number[], first: number, last: number): [number, number][] {
  const held = new Set(covered);
  const runs: [number, number][] = [];
  for (let m = first; m <= last; m++) {
    if (held.has(m)) continue;
    const open = runs[runs.length - 1];
    if (open && open[1] === m - 1) open[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}

/** "May 2024", "May–Dec 2024", "Nov 2024–Feb 2025" */
export function runLabel([from, to]: [number, number]): string {
  if (from === to) return monthName(from);
  const sameYear = Math.floor(from / 12) === Math.floor(to / 12);
  return sameYear ? `${MONTH_NAMES[from % 12]}–${monthName(to)}` : `${monthName(from)}–${monthName(to)}`;
}

/** "May–Dec 2024", "Feb 2024 and May–Dec 2024", "A, B, C and 2 more gaps" */
function gapsLabel(runs: [number, number][]): string {
  const named = runs.slice(0, GAPS_SHOWN).map(runLabel);
  const rest = runs.length - named.length;
  if (rest > 0) return `${named.join(", ")} and ${rest} more ${rest === 1 ? "gap" : "gaps"}`;
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}
