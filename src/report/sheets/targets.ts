/** Targets: each trajectory with milestones, actuals, variance and RAG status. */
import type { Assessment, TargetResult, TrajectoryRow } from "../../engine/assessment/types";
import { formatCount } from "../../engine/assessment/format";
import { ragHighlights } from "../highlights";
import { SheetLayout } from "../layout";
import type { CellValue, ColumnPlan, SheetPlan } from "../plan";
import { pctCell } from "../values";
import { findingsFor } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

export function targetsSheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("targets", SHEET_NAMES.targets, TAB_COLOURS.targets);
  layout.text(`Targets: ${a.area}`, "title");
  layout
    .text("Green: at or better than the milestone. Amber: worse, within the tolerance. Red: beyond it.", "subtitle")
    .gap();
  const findings = findingsFor(a, "targets");
  for (const text of findings) layout.text(`• ${text}`, "finding", true);
  if (findings.length) layout.gap();
  a.targets.forEach((t, i) => {
    layout.heading(t.description);
    if (t.problem) {
      layout.text(`Not assessed: ${t.problem}`, "note").gap();
      return;
    }
    const proRated = t.rows.some((r) => r.proRated);
    const projected = t.rows.some((r) => r.proRated && r.projection !== null);
    const table = layout.table({
      name: `SA_Target${i + 1}`,
      caption: `${t.description}: baseline ${Math.round(t.baseline ?? 0)}, amber tolerance ${t.target.tolerancePct}%. Source: ${a.sourceDescription}.`,
      note: proRated ? proRatedNote(t, projected) : undefined,
      columns: [
        { header: "Year", format: "text" },
        { header: "Milestone", format: "integer" },
        { header: "Actual", format: "integer" },
        { header: "Variance", format: "signedInteger" },
        { header: "Variance %", format: "signedPercent1" },
        { header: "Status", format: "text" },
        ...(proRated ? [FULL_YEAR_COLUMN] : []),
        ...(projected ? PROJECTION_COLUMNS : []),
      ],
      rows: t.rows.map((r) => [
        r.period,
        r.milestone,
        r.actual,
        r.variance,
        pctCell(r.variancePct),
        r.status ?? (r.t === 0 ? "Baseline" : "Not yet"),
        ...(proRated ? [r.fullYearMilestone] : []),
        ...(projected ? projectionCells(r) : []),
      ]),
      // Only the statuses are coloured: they already say whether the variance matters.
      highlights: [...ragHighlights(5, t.rows.length), ...(projected ? ragHighlights(8, t.rows.length) : [])],
    });
    layout.chart({
      name: `SA_TargetChart${i + 1}`,
      type: "line",
      title: `${t.target.category}: trajectory against actual`,
      categories: table.column(0),
      series: table.series(1, 2),
      valueFormat: "integer",
      yAxisTitle: "Count",
      xAxisTitle: "Year",
      altText: targetAltText(a, t),
    });
  });
  return layout.build(`Targets: ${a.area}`);
}

/** Its message with its numbers, each as the table shows it. */
function targetAltText(a: Assessment, t: TargetResult): string {
  const latest = t.latest;
  const start = `${t.target.category} in ${a.area} against its target: baseline ${formatCount(t.baseline ?? 0)}`;
  if (latest?.actual == null) return `${start}.`;
  const projected =
    latest.proRated && latest.projection !== null
      ? `; projected to end ${latest.year} at ${formatCount(latest.projection)} against a full-year milestone of ${formatCount(latest.fullYearMilestone)} (${latest.projectionStatus})`
      : "";
  return `${start}; ${formatCount(latest.actual)} in ${latest.period} against a milestone of ${formatCount(latest.milestone)} (${latest.status})${projected}.`;
}

const FULL_YEAR_COLUMN: ColumnPlan = { header: "Full-year milestone", format: "integer" };

/** The year under way: its projected year end and the projection's status against the full-year milestone. */
const PROJECTION_COLUMNS: ColumnPlan[] = [
  { header: "Projected year end", format: "integer" },
  { header: "Projected status", format: "text" },
];

function projectionCells(r: TrajectoryRow): CellValue[] {
  return r.proRated ? [r.projection, r.projectionStatus] : [null, null];
}

function proRatedNote(t: TargetResult, projected: boolean): string {
  const profile = t.profile ? ` (${t.profile})` : "";
  const projection = projected
    ? "; the year under way is projected to its end as the actual / the share of a year that profile expects in its months, with a status against the full-year milestone (the same profile makes it the same as the year to date's: the projection says where that course ends the year)"
    : "";
  return `A partial year's milestone is its full-year milestone pro-rated to the months present by the seasonal profile${profile}${projection}.`;
}

export function hasTargets(a: Assessment): boolean {
  return a.targets.length > 0;
}
