/**
 * Priorities: the priority-setting matrix ranked, with colour, arrow and words for
 * each band (never colour alone), every score's reason, a chart of the scores,
 * volume and harm side by side when weights are given, and how the scores are made.
 */
import { formatCount, roundTo } from "../../engine/assessment/format";
import type { MatrixCriterion } from "../../engine/assessment/settings";
import type { Assessment, HarmFigures, HarmRow, MatrixFigures, PriorityBand } from "../../engine/assessment/types";
import { significantSignHighlights, type ChangeRow } from "../highlights";
import { CHART_ROWS, SheetLayout } from "../layout";
import type { CellValue, ColumnPlan, HighlightRule, SheetPlan, Tone } from "../plan";
import { changePctCell, pctCell } from "../values";
import { findingsFor } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

const CRITERION_HEADERS: Record<MatrixCriterion, string> = {
  volume: "Volume",
  trend: "Trend",
  rate: "Rate",
  harm: "Harm",
};

/** The band in words with its arrow, so that it reads without colour. */
export const BAND_WORDS: Record<PriorityBand, string> = {
  High: "▲ High",
  Medium: "► Medium",
  Low: "▼ Low",
  "Not scored": "Not scored",
};

const BAND_TONES: Partial<Record<PriorityBand, Tone>> = { High: "red", Medium: "amber", Low: "green" };

export function prioritiesSheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("priorities", SHEET_NAMES.priorities, TAB_COLOURS.priorities);
  layout.text(`Priority-setting matrix: ${a.area}`, "title");
  layout.text(`${a.sourceDescription}. Headline period: ${a.lead.label}.`, "subtitle").gap();
  const findings = findingsFor(a, "priorities");
  if (findings.length) {
    layout.heading("Findings");
    for (const text of findings) layout.text(`• ${text}`, "finding", true);
    layout.gap();
  }
  const matrix = a.matrix;
  if (matrix) {
    layout.heading("Candidates ranked");
    matrixTableAndChart(layout, a, matrix);
    layout.heading("Why each score");
    reasonsTable(layout, a, matrix);
  }
  if (a.harm) {
    layout.heading("Volume and harm");
    harmTable(layout, a, a.harm);
  }
  if (matrix) {
    layout.heading("How the scores are made");
    for (const line of matrix.method) layout.text(line, "body", true);
  }
  return layout.build(`Priorities: ${a.area}`);
}

function scoreCell(value: number | null): CellValue {
  return value === null ? null : roundTo(value, 2);
}

/**
 * Columns are ordered so that the long texts share columns across the page's tables
 * (names in the first, the band, the reasons and the weights in the fourth), keeping
 * the page narrow enough to print at a readable scale.
 */
function matrixTableAndChart(layout: SheetLayout, a: Assessment, m: MatrixFigures): void {
  const columns: ColumnPlan[] = [
    { header: "Category or priority", format: "text" },
    { header: "Rank", format: "integer" },
    { header: "Score (1-4)", format: "decimal2" },
    { header: "Priority", format: "text" },
    ...m.criteria.map((c): ColumnPlan => ({ header: CRITERION_HEADERS[c], format: "integer" })),
  ];
  const table = layout.table({
    name: "SA_Matrix",
    caption: `Priority-setting matrix, ${a.lead.label}: scores from 1 (low) to 4 (high). Source: ${a.sourceDescription}.`,
    note: matrixNote(m),
    columns,
    rows: m.rows.map((r) => [
      r.category,
      r.rank,
      scoreCell(r.total),
      BAND_WORDS[r.band],
      ...m.criteria.map((c) => r.scores[c].score),
    ]),
    highlights: bandHighlights(m, 3),
  });
  const scored = m.rows.filter((r) => r.total !== null);
  layout.chart(
    {
      name: "SA_MatrixChart",
      type: "barClustered",
      title: `Priority-setting scores, ${a.area}, ${a.lead.label}`,
      categories: table.column(0),
      series: table.series(2),
      valueFormat: "decimal1",
      legend: false,
      // The whole scale: bars read against the highest score there can be, not the highest given.
      valueAxisMin: 0,
      valueAxisMax: 4,
      yAxisTitle: "Score (1 to 4)",
      xAxisTitle: "Category or priority",
      altText: `Priority-setting scores in ${a.area}, ${a.lead.label}, highest first: ${scored
        .slice(0, 5)
        .map((r) => `${r.category} ${roundTo(r.total!, 2).toFixed(2)}`)
        .join(", ")}${scored.length > 5 ? `, and ${scored.length - 5} more` : ""}.`,
    },
    Math.max(CHART_ROWS, Math.ceil(m.rows.length * 1.2) + 4),
  );
}

function matrixNote(m: MatrixFigures): string {
  const weights = m.criteria.map((c) => `${CRITERION_HEADERS[c].toLowerCase()} ${m.weights[c]}`).join(", ");
  const left = m.leftOut.map((l) => ` ${CRITERION_HEADERS[l.criterion]} is not scored: ${l.why}.`).join("");
  return `Score: the weighted mean of the criteria scored (weights: ${weights}); a blank criterion is not scored for that row and is left out of its mean. Priority: the top third of ranks High (▲), the next third Medium (►), the rest Low (▼); equal scores share a band. Equal scores are ranked by volume, then name.${left}`;
}

function bandHighlights(m: MatrixFigures, column: number): HighlightRule[] {
  return m.rows.flatMap((r, i): HighlightRule[] => {
    const tone = BAND_TONES[r.band];
    return tone ? [{ kind: "text", column, fromRow: i, toRow: i, equals: BAND_WORDS[r.band], tone }] : [];
  });
}

function reasonsTable(layout: SheetLayout, a: Assessment, m: MatrixFigures): void {
  layout.table({
    name: "SA_MatrixReasons",
    caption: `Why each score, in rank order (${a.lead.label}).`,
    columns: [
      { header: "Category or priority", format: "text" },
      { header: "Criterion", format: "text" },
      { header: "Score", format: "integer" },
      { header: "Reason", format: "text" },
    ],
    rows: m.rows.flatMap((r) =>
      m.criteria.map((c): CellValue[] => [r.category, CRITERION_HEADERS[c], r.scores[c].score, r.scores[c].reason]),
    ),
  });
}

/** Harm first by its rank (rows without a weight last, by volume), All crime on top as the total. */
function harmOrder(rows: readonly HarmRow[]): HarmRow[] {
  const rank = (r: HarmRow) => r.harmRank ?? Infinity;
  return [...rows].sort((x, y) => rank(x) - rank(y) || (x.volumeRank ?? 0) - (y.volumeRank ?? 0));
}

function harmTable(layout: SheetLayout, a: Assessment, h: HarmFigures): void {
  const hasChange = h.comparison !== null;
  const columns: ColumnPlan[] = [
    { header: "Category or priority", format: "text" },
    { header: "Count", format: "integer" },
    { header: "Harm", format: "integer" },
    { header: "Weighted by", format: "text" },
    { header: "Volume rank", format: "integer" },
    { header: "Harm rank", format: "integer" },
    { header: "% of crime", format: "percent1" },
    { header: "% of harm", format: "percent1" },
    ...(hasChange
      ? ([
          { header: "Count change", format: "signedPercent1" },
          { header: "Harm change", format: "signedPercent1" },
        ] as ColumnPlan[])
      : []),
  ];
  const rows = [h.allCrime, ...harmOrder(h.rows)];
  const changeRows: ChangeRow[] = rows.map((r) => ({
    polarity: a.trends.find((t) => t.category === r.category)?.polarity ?? "lowerIsBetter",
    change: r.volumeChange,
  }));
  layout.table({
    name: "SA_Harm",
    caption: `Volume and harm, ${h.period}: ranked by count and by harm ("${h.name}" from ${h.source}).`,
    note: harmNote(h),
    columns,
    rows: rows.map((r) => [
      r.category,
      r.count,
      r.harm === null ? "no weight" : r.harm,
      r.weightedBy,
      r.volumeRank,
      r.harmRank,
      pctCell(r.volumeSharePct),
      pctCell(r.harmSharePct),
      ...(hasChange ? [changePctCell(r.volumeChange), harmChangeCell(r)] : []),
    ]),
    // Only a count's real (significant) change is coloured: no test applies to harm.
    highlights: hasChange ? significantSignHighlights(changeRows, 8) : [],
  });
}

function harmChangeCell(r: HarmRow): CellValue {
  const c = r.harmChange;
  if (!c) return null;
  if (c.isNew) return "new";
  return c.changePct === null ? null : roundTo(c.changePct, 1) / 100;
}

function harmNote(h: HarmFigures): string {
  const change = h.comparison
    ? ` Changes compare ${h.comparison}; a count's change is coloured only where it is statistically significant, and the harm change is a % only: a weighted total is not a count, so no significance test applies to it.`
    : "";
  const without = h.withoutWeight.length
    ? ` Categories without a weight (left out of harm): ${h.withoutWeight.join(", ")}.`
    : " Every category has a weight.";
  const partly = h.partlyWeighted.length
    ? ` Partly weighted (some offence codes have no weight): ${h.partlyWeighted.join(", ")}.`
    : "";
  const codes = h.codesNotInData.length
    ? ` ${formatCount(h.codesNotInData.length)} offence code${h.codesNotInData.length === 1 ? "" : "s"} in the weights ${h.codesNotInData.length === 1 ? "has" : "have"} no rows in the data (first: ${h.codesNotInData.slice(0, 5).join(", ")}).`
    : "";
  return `Harm = count x weight, summed; rows without a weight are left out of harm ("Weighted by" says how many). Rank 1 is the largest; priorities overlap the categories. % of crime and % of harm are shares of All crime's (ASB is not in it).${change}${without}${partly}${codes}`;
}
