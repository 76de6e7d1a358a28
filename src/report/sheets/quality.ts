/**
 * Data quality & method: every row accounted for (per source and in total), how
 * each source was read when unusual, sources left out and how to keep them, rows
 * set aside with their first row numbers, then the method as this run applied it.
 */
import { monthKey } from "../../engine/extracts/crimeTable";
import { SET_ASIDE } from "../../engine/extracts/setAsideReasons";
import { describeMonthRuns } from "../../engine/measures/periods";
import type { Assessment } from "../../engine/assessment/types";
import { formatCount } from "../../engine/assessment/format";
import { describeRows, howRead, mayBeKept } from "../../engine/assessment/quality";
import { SheetLayout } from "../layout";
import type { CellValue, ColumnPlan, SheetPlan } from "../plan";
import { basisDescription } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

const FORMAT_NAMES = {
  "police-uk": "police.uk street-level",
  "home-office-csp": "Home Office by CSP",
  mapped: "Mapped columns",
};

type Quality = Assessment["quality"];
type Source = Quality["sources"][number];

/** "118,204 rows read = 109,870 counted + 8,334 set aside": the identity every source satisfies. */
export function accountsLine(q: Quality): string {
  const line = `${formatCount(q.rowsRead)} rows read = ${formatCount(q.rowsKept)} counted + ${formatCount(q.rowsSetAside)} set aside`;
  return `${line}, and for each source likewise: no row is lost, doubled or invented.`;
}

export function qualitySheet(a: Assessment): SheetPlan {
  const q = a.quality;
  const layout = new SheetLayout("quality", SHEET_NAMES.quality, TAB_COLOURS.quality);
  layout.text("Data quality and method", "title");
  layout.text(`${a.sourceDescription}. ${basisDescription(a)}.`, "subtitle").gap();
  for (const note of q.notes) layout.text(note, "body", true);
  layout.gap();
  sourcesTable(layout, q);
  leftOutTable(layout, q);
  checksTable(layout, q);
  setAsideTable(layout, q);
  layout.heading("Method");
  for (const line of a.method) layout.text(line, "body", true);
  return layout.build("Data quality and method");
}

/**
 * Columns ordered so that the long texts of the page's tables share columns (the
 * reasons here and the first rows below), keeping the page as narrow as it can be.
 */
function sourcesTable(layout: SheetLayout, q: Quality): void {
  // A column for how files were read only when one was unusual: most runs read UTF-8 with commas.
  const unusual = q.sources.some((s) => howRead(s) !== "");
  const columns: ColumnPlan[] = [
    { header: "Source", format: "text" },
    { header: "Format", format: "text" },
    { header: "Why set aside", format: "text" },
    { header: "Rows read", format: "integer" },
    { header: "Rows counted", format: "integer" },
    { header: "Rows set aside", format: "integer" },
    { header: "First month", format: "text" },
    { header: "Last month", format: "text" },
    ...(unusual ? [{ header: "Read as", format: "text" } as ColumnPlan] : []),
  ];
  const sourceRow = (s: Source): CellValue[] => [
    s.name,
    FORMAT_NAMES[s.format],
    (s.setAside ?? []).map((r) => `${r.reason}: ${formatCount(r.count)}`).join("; "),
    s.rowsRead,
    s.rowsKept,
    s.rowsRead - s.rowsKept,
    s.firstMonth === null ? null : monthKey(s.firstMonth),
    s.lastMonth === null ? null : monthKey(s.lastMonth),
    ...(unusual ? [howRead(s) || "UTF-8, commas"] : []),
  ];
  const total: CellValue[] = ["All sources", "", "", q.rowsRead, q.rowsKept, q.rowsSetAside, null, null];
  layout.table({
    name: "SA_Sources",
    caption: "Sources read (the source sheets and files are never changed).",
    note: accountsLine(q),
    columns,
    rows: [...q.sources.map(sourceRow), ...(q.sources.length > 1 ? [[...total, ...(unusual ? [""] : [])]] : [])],
  });
}

/** Sources whose rows were all set aside as repeats of another, and what to do to count them. */
function leftOutTable(layout: SheetLayout, q: Quality): void {
  const leftOut = q.sources.filter((s) => s.leftOut);
  if (leftOut.length === 0) return;
  layout.table({
    name: "SA_LeftOut",
    caption: "Sources left out: their rows repeat another source's, so they are not counted again.",
    note: "Keeping a source that is a copy counts its crimes twice: keep one only if it is not a copy.",
    columns: [
      { header: "Source", format: "text" },
      { header: "Why left out", format: "text" },
      { header: "To count it as well", format: "text" },
      { header: "Rows", format: "integer" },
    ],
    rows: leftOut.map((s) => [s.name, s.leftOut ?? "", keepAdvice(s, q.sources), s.rowsRead]),
  });
}

/** A source with the very same rows as another is rightly counted once; a likely copy may be kept by name. */
function keepAdvice(s: Source, sources: readonly Source[]): string {
  return mayBeKept(s, sources) ? `Keep it (command line: --keep-source "${s.name}")` : "Nothing to do: counted once";
}

function checksTable(layout: SheetLayout, q: Quality): void {
  const reason = (name: string) => q.setAside.find((s) => s.reason === name);
  const withRows = (found: Quality["setAside"][number] | undefined) =>
    found ? `${formatCount(found.count)} (first: ${describeRows(found.examples)})` : "None";
  const leftOut = q.sources.filter((s) => s.leftOut).map((s) => s.name);
  layout.table({
    name: "SA_Checks",
    caption: "Data-quality checks.",
    columns: [
      { header: "Check", format: "text" },
      { header: "Result", format: "text" },
    ],
    rows: [
      ["Rows read", formatCount(q.rowsRead)],
      ["Rows counted", formatCount(q.rowsKept)],
      ["Rows set aside", formatCount(q.rowsSetAside)],
      [
        "Missing months",
        q.missingMonths.length ? `${q.missingMonths.length}: ${describeMonthRuns(q.missingMonths)}` : "None",
      ],
      [
        "Out-of-area districts",
        q.outOfArea.length
          ? q.outOfArea.map((o) => `${o.district} (${formatCount(o.rows)} row${o.rows === 1 ? "" : "s"})`).join("; ")
          : "None",
      ],
      [
        "Duplicate Crime IDs",
        q.duplicateCrimeIds.count
          ? `${formatCount(q.duplicateCrimeIds.count)} (first: ${describeRows(q.duplicateCrimeIds.examples)})`
          : "None",
      ],
      ["Sources left out", leftOut.length ? `${leftOut.length}: ${leftOut.join("; ")}` : "None"],
      ["Dates out of range", withRows(reason(SET_ASIDE.dateOutOfRange))],
      ["Excel error values", withRows(reason(SET_ASIDE.excelError))],
    ],
  });
}

function setAsideTable(layout: SheetLayout, q: Quality): void {
  layout.table({
    name: "SA_SetAside",
    caption: "Rows set aside: not counted anywhere.",
    columns: [
      { header: "Reason", format: "text" },
      { header: "Rows", format: "integer" },
      { header: "First rows", format: "text" },
    ],
    rows: q.setAside.length ? q.setAside.map((s) => [s.reason, s.count, describeRows(s.examples)]) : [["None", 0, ""]],
  });
}
