/** Summary: headline findings and the headline table. */
import { ALL_CRIME, ASB } from "../../engine/measures/counts";
import type { Assessment } from "../../engine/assessment/types";
import { polarityHighlights } from "../highlights";
import { SheetLayout } from "../layout";
import type { SheetPlan } from "../plan";
import { changePctCell, pctCell, significanceCell } from "../values";
import { SHEET_NAMES, TAB_COLOURS } from "./names";
import { basisDescription } from "./describe";

/** Short enough to share the first printed page with the findings. */
const SUMMARY_CHART_ROWS = 12;

export function summarySheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("summary", SHEET_NAMES.summary, TAB_COLOURS.summary);
  layout
    .text(`Strategic assessment: ${a.area}`, "title")
    .text(`${a.sourceDescription}. Region: ${a.region.force}. ${basisDescription(a)}.`, "subtitle")
    .gap()
    .text("Headline findings", "heading");
  for (const finding of a.findings) layout.text(`• ${finding.text}`, "finding", true);
  layout.gap();
  const c = a.comparison;
  const previous = c?.previous.label ?? "Previous";
  const current = c?.current.label ?? a.periodLabels[a.periodLabels.length - 1];
  const rows = [ALL_CRIME, ASB]
    .map((category) => ({
      trend: a.trends.find((t) => t.category === category),
      share: a.share.find((s) => s.category === category),
    }))
    .filter((r) => r.trend && r.share);
  const headline = layout.table({
    name: "SA_Headline",
    caption: `Headline figures, ${current} compared with ${previous}. Source: ${a.sourceDescription}.`,
    note: "All crime excludes anti-social behaviour, which police.uk records as incidents. Significance: exact Poisson means test at the 5% level.",
    columns: [
      { header: "Measure", format: "text" },
      { header: previous, format: "integer" },
      { header: current, format: "integer" },
      { header: "Change", format: "signedInteger" },
      { header: "Change %", format: "signedPercent1" },
      { header: "Significance", format: "text" },
      { header: `Share of ${a.region.force}`, format: "percent1" },
      { header: "Rank in region", format: "integer" },
      { header: "Districts", format: "integer" },
    ],
    rows: rows.map(({ trend, share }) => [
      trend!.category,
      trend!.yearOnYear?.previous ?? null,
      trend!.yearOnYear?.current ?? trend!.counts[trend!.counts.length - 1],
      trend!.yearOnYear?.change ?? null,
      changePctCell(trend!.yearOnYear),
      significanceCell(trend!.yearOnYear),
      pctCell(share!.sharePct),
      share!.rank,
      share!.of,
    ]),
    highlights: [
      ...polarityHighlights(
        rows.map((r) => r.trend!.polarity),
        3,
      ),
      ...polarityHighlights(
        rows.map((r) => r.trend!.polarity),
        4,
      ),
    ],
  });
  if (c) {
    layout.chart(
      {
        name: "SA_HeadlineChart",
        type: "columnClustered",
        title: `All crime and ASB in ${a.area}: ${previous} and ${current}`,
        categories: headline.column(0),
        series: headline.series(1, 2),
        valueFormat: "integer",
      },
      SUMMARY_CHART_ROWS,
    );
  }
  return layout.build(`Strategic assessment: ${a.area}`);
}
