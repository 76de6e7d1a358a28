/** Targets: each trajectory with milestones, actuals, variance and RAG status. */
import type { Assessment } from "../../engine/assessment/types";
import { formatCount } from "../../engine/assessment/format";
import { ragHighlights } from "../highlights";
import { SheetLayout } from "../layout";
import type { ColumnPlan, SheetPlan } from "../plan";
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
    const table = layout.table({
      name: `SA_Target${i + 1}`,
      caption: `${t.description}: baseline ${Math.round(t.baseline ?? 0)}, amber tolerance ${t.target.tolerancePct}%. Source: ${a.sourceDescription}.`,
      note: proRated
        ? "A partial year's milestone is its full-year milestone pro-rated to the months present by the area's seasonal profile."
        : undefined,
      columns: [
        { header: "Year", format: "text" },
        { header: "Milestone", format: "integer" },
        { header: "Actual", format: "integer" },
        { header: "Variance", format: "signedInteger" },
        { header: "Variance %", format: "signedPercent1" },
        { header: "Status", format: "text" },
        ...(proRated ? [{ header: "Full-year milestone", format: "integer" } as ColumnPlan] : []),
      ],
      rows: t.rows.map((r) => [
        r.period,
        r.milestone,
        r.actual,
        r.variance,
        pctCell(r.variancePct),
        r.status ?? (r.t === 0 ? "Baseline" : "Not yet"),
        ...(proRated ? [r.fullYearMilestone] : []),
      ]),
      // Only the status is coloured: it already says whether the variance matters.
      highlights: ragHighlights(5, t.rows.length),
    });
    const latest = t.latest;
    layout.chart({
      name: `SA_TargetChart${i + 1}`,
      type: "line",
      title: `${t.target.category}: trajectory against actual`,
      categories: table.column(0),
      series: table.series(1, 2),
      valueFormat: "integer",
      yAxisTitle: "Count",
      xAxisTitle: "Year",
      altText: `${t.target.category} in ${a.area} against its target: baseline ${formatCount(t.baseline ?? 0)}${latest?.actual != null ? `; ${formatCount(latest.actual)} in ${latest.period} against a milestone of ${formatCount(latest.milestone)} (${latest.status})` : ""}.`,
    });
  });
  return layout.build(`Targets: ${a.area}`);
}

export function hasTargets(a: Assessment): boolean {
  return a.targets.length > 0;
}
