/** Data quality & method: sources, rows set aside, gaps, and what each measure means. */
import { monthKey } from "../../engine/extracts/crimeTable";
import { describeMonthRuns } from "../../engine/measures/periods";
import type { Assessment } from "../../engine/assessment/types";
import { formatCount } from "../../engine/assessment/format";
import { SheetLayout } from "../layout";
import type { CellValue, SheetPlan } from "../plan";
import { basisDescription } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

const FORMAT_NAMES = {
  "police-uk": "police.uk street-level",
  "home-office-csp": "Home Office by CSP",
  mapped: "Mapped columns",
};

export const METHOD = [
  "Counts: one police.uk row is one crime or one ASB incident. All crime is every crime type except anti-social behaviour.",
  "Periods: financial years run April to March (2023/24). A period with months in brackets is partial: it is compared only with the same months of the earlier year (year to date), never with a full year.",
  'Change: number change and % change = (current - previous) / previous x 100. Where the earlier count is 0 there is no percentage: the row says "new".',
  "Significance: an exact Poisson means test (the current count out of current + previous against a binomial with p = 0.5), two-sided at the 5% level. Small counts rarely show a significant change.",
  "Share of region: the area's count / the sum over the force's districts x 100; change in share is in percentage points; rank 1 is the largest share.",
  "Share within the area: a category's count / all the area's recorded crime and ASB incidents x 100.",
  "Trend: the change a year across all months present, from a least-squares fit of the monthly counts on time with a term for each calendar month (so seasons are not read as a trend); it is called rising or falling when the slope is at least twice its standard error.",
  "Seasonal index: a calendar month's average count / the average month x 100, over the months present.",
  "Targets: linear milestones are baseline x (1 + r t / T), compound ones baseline x (1 + r)^(t / T). A partial year's milestone is pro-rated by the seasonal profile. Colours follow each measure's polarity.",
];

type Quality = Assessment["quality"];

/** "118,204 rows read = 109,870 counted + 8,334 set aside": the identity every source satisfies. */
export function accountsLine(q: Quality): string {
  const line = `${formatCount(q.rowsRead)} rows read = ${formatCount(q.rowsKept)} counted + ${formatCount(q.rowsSetAside)} set aside`;
  return `${line}, and for each source likewise: no row is lost, doubled or invented.`;
}

function sourceRow(s: Quality["sources"][number]): CellValue[] {
  const reasons = (s.setAside ?? []).map((r) => `${r.reason}: ${formatCount(r.count)}`).join("; ");
  return [
    s.name,
    FORMAT_NAMES[s.format],
    s.rowsRead,
    s.rowsKept,
    s.rowsRead - s.rowsKept,
    reasons,
    s.firstMonth === null ? null : monthKey(s.firstMonth),
    s.lastMonth === null ? null : monthKey(s.lastMonth),
  ];
}

function totalRow(q: Quality): CellValue[] {
  return ["All sources", "", q.rowsRead, q.rowsKept, q.rowsSetAside, "", null, null];
}

export function qualitySheet(a: Assessment): SheetPlan {
  const q = a.quality;
  const layout = new SheetLayout("quality", SHEET_NAMES.quality, TAB_COLOURS.quality);
  layout.text("Data quality and method", "title");
  layout.text(`${a.sourceDescription}. ${basisDescription(a)}.`, "subtitle").gap();
  for (const note of q.notes) layout.text(note, "body", true);
  layout.gap();
  layout.table({
    name: "SA_Sources",
    caption: "Sources read (the source sheets and files are never changed).",
    note: accountsLine(q),
    columns: [
      { header: "Source", format: "text" },
      { header: "Format", format: "text" },
      { header: "Rows read", format: "integer" },
      { header: "Rows counted", format: "integer" },
      { header: "Rows set aside", format: "integer" },
      { header: "Why set aside", format: "text" },
      { header: "First month", format: "text" },
      { header: "Last month", format: "text" },
    ],
    rows: [...q.sources.map(sourceRow), ...(q.sources.length > 1 ? [totalRow(q)] : [])],
  });
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
          ? `${q.duplicateCrimeIds.count} (first: ${q.duplicateCrimeIds.examples.map((e) => `${e.source} row ${e.row}`).join("; ")})`
          : "None",
      ],
    ],
  });
  layout.table({
    name: "SA_SetAside",
    caption: "Rows set aside: not counted anywhere.",
    columns: [
      { header: "Reason", format: "text" },
      { header: "Rows", format: "integer" },
      { header: "First rows", format: "text" },
    ],
    rows: q.setAside.length
      ? q.setAside.map((s) => [s.reason, s.count, s.examples.map((e) => `${e.source} row ${e.row}`).join("; ")])
      : [["None", 0, ""]],
  });
  layout.text("Method", "heading");
  for (const line of METHOD) layout.text(line, "body", true);
  return layout.build("Data quality and method");
}
