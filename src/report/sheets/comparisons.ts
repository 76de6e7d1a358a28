/**
 * Comparisons: the area against its most similar group (each category's rate per
 * 1,000, the group mean, the control limits, the position and the rank, with a
 * ranked chart of the group's rates drawn with its mean and limits), and beside
 * its force's and England and Wales' rates where the data hold every area.
 */
import { formatCount, roundTo } from "../../engine/assessment/format";
import type { Assessment, ForceAndNationFigures, PeerFigures, PeerMeasure } from "../../engine/assessment/types";
import { peerRankWords, peerRateDecimals } from "../../engine/assessment/peers";
import { ALL_CRIME } from "../../engine/measures/counts";
import { MIN_RATED_MEMBERS, SMALL_EXPECTED_COUNT } from "../../engine/measures/peers";
import { SheetLayout } from "../layout";
import {
  HIGHLIGHT_COLOUR,
  type CellValue,
  type ColumnPlan,
  type HighlightRule,
  type NumberFormatName,
  type SheetPlan,
} from "../plan";
import { rateCell } from "../values";
import { findingsFor } from "./describe";
import { SHEET_NAMES, TAB_COLOURS } from "./names";

/** Priorities each get a ranked chart when there are no more than this; otherwise the summary table holds them. */
const MAX_PRIORITY_CHARTS = 3;
/** Ranked charts on the sheet: All crime's, the priorities' (when few), then the categories above or below their group. */
const MAX_RANKED_CHARTS = 6;

/** Shown: the Comparisons sheet has something to say. */
export function hasComparisons(a: Assessment): boolean {
  return a.peers !== null || a.forceAndNation.holdsEveryArea;
}

export function comparisonsSheet(a: Assessment): SheetPlan {
  const layout = new SheetLayout("comparisons", SHEET_NAMES.comparisons, TAB_COLOURS.comparisons);
  layout.text(`${a.area} compared with similar areas`, "title");
  const population = a.rates ? `; population: ${a.rates.populationYear}` : "";
  layout.text(`${a.sourceDescription}. Rates per 1,000 residents in ${a.lead.label}${population}.`, "subtitle").gap();
  const findings = findingsFor(a, "comparisons");
  if (findings.length) {
    layout.heading("Findings");
    for (const text of findings) layout.text(`• ${text}`, "finding", true);
    layout.gap();
  }
  if (a.peers) peerSection(layout, a, a.peers);
  forceAndNationSection(layout, a, a.forceAndNation);
  return layout.build(`Comparisons: ${a.area}`);
}

function peerSection(layout: SheetLayout, a: Assessment, peers: PeerFigures): void {
  layout.heading("Most similar group");
  for (const line of groupLines(a, peers)) layout.text(line, "body", true);
  layout.gap();
  if (peers.problem) {
    layout.text(peers.problem, "body", true).gap();
    return;
  }
  summaryTable(layout, a, peers);
  rankedMeasures(a, peers).forEach((m, i) => rankedTableAndChart(layout, a, peers, m, i));
}

/** All crime, each priority when there are few, then each category above or below its group, up to MAX_RANKED_CHARTS. */
function rankedMeasures(a: Assessment, peers: PeerFigures): PeerMeasure[] {
  const priorities = (a.priorities ?? []).map((p) => p.name);
  const charted = priorities.length <= MAX_PRIORITY_CHARTS ? priorities : [];
  const rank = (m: PeerMeasure) =>
    m.category === ALL_CRIME
      ? 0
      : charted.includes(m.category)
        ? 1
        : m.position === "above" || m.position === "below"
          ? 2
          : 3;
  return peers.measures
    .filter((m) => rank(m) < 3)
    .sort((x, y) => rank(x) - rank(y))
    .slice(0, MAX_RANKED_CHARTS);
}

/** Who is in the group, who is not and why: every listed peer is accounted for. */
function groupLines(a: Assessment, peers: PeerFigures): string[] {
  const found = peers.members.filter((m) => !m.isArea);
  const lines = [
    `The group: ${a.area} and ${found.length} ${found.length === 1 ? "peer" : "peers"} listed (${found.map((m) => m.name).join(", ") || "none in the data"}).`,
  ];
  if (peers.missing.length) {
    const named = peers.missing.map(
      (m) => `${m.name}${m.closest ? ` (the nearest name in the data: ${m.closest})` : ""}`,
    );
    lines.push(`Peers listed but not in the data: ${named.join("; ")}.`);
  }
  if (peers.skipped.length) {
    lines.push(`Listed but left out: ${peers.skipped.map((s) => `${s.name} (${s.reason})`).join("; ")}.`);
  }
  const unrated = peers.members.filter((m) => m.problem !== null);
  if (unrated.length) {
    lines.push(`No rate (shown nowhere in the group): ${unrated.map((m) => `${m.name}: ${m.problem}`).join("; ")}.`);
  }
  return lines;
}

/** One row per category: the area's rate, the group's mean and limits, its position and rank. */
function summaryTable(layout: SheetLayout, a: Assessment, peers: PeerFigures): void {
  const annualised = peers.annualisedFrom ? " (annualised)" : "";
  const columns: ColumnPlan[] = [
    { header: "Category", format: "text" },
    { header: `${a.area} per 1,000${annualised}`, format: "decimal2" },
    { header: "Group mean", format: "decimal2" },
    { header: "Lower limit", format: "decimal2" },
    { header: "Upper limit", format: "decimal2" },
    { header: "Position", format: "text" },
    { header: "Rank in group", format: "text" },
    { header: "Limits", format: "text" },
    { header: `${a.area} count`, format: "integer" },
  ];
  const rows: CellValue[][] = peers.measures.map((m) => [
    m.category,
    m.area.rate,
    m.mean,
    m.limits?.lower ?? null,
    m.limits?.upper ?? null,
    m.position ?? "no limits",
    peerRankWords(m),
    limitsWords(m),
    m.area.count,
  ]);
  layout.table({
    name: "SA_PeerSummary",
    caption: `${a.area} against its most similar group, per 1,000 residents, ${peers.period}${peers.annualisedFrom ? `, annualised from ${peers.annualisedFrom}` : ""}.`,
    note: summaryNote(a, peers),
    columns,
    rows,
    highlights: positionHighlights(a, peers.measures, 5),
  });
}

function limitsWords(m: PeerMeasure): string {
  if (!m.limits) return `none (under ${MIN_RATED_MEMBERS} members)`;
  if (m.limits.method === "sd") return "mean ± 2 SD";
  return `Poisson (expected ${roundTo(m.limits.expected!, 1).toFixed(1)})`;
}

function summaryNote(a: Assessment, peers: PeerFigures): string {
  const of = peers.measures[0]?.of ?? 0;
  return `The group mean is the mean of the ${of} members' rates, ${a.area}'s included (as iQuanta's group average). Above or below: beyond the limits; in line: within them. Limits: the mean ± 2 standard deviations of the members' rates, or, where ${a.area}'s expected count is under ${SMALL_EXPECTED_COUNT}, exact Poisson limits on it (95%). Rank 1 is the highest rate; equal rates are ranked alphabetically. Coloured by each category's polarity.`;
}

/** "above" or "below" filled by polarity (a higher rate is bad for most crime); "in line" left plain. */
function positionHighlights(a: Assessment, measures: PeerMeasure[], column: number): HighlightRule[] {
  return measures.flatMap((m, row): HighlightRule[] => {
    if (m.position !== "above" && m.position !== "below") return [];
    const higherIsBetter = a.trends.find((t) => t.category === m.category)?.polarity === "higherIsBetter";
    const good = (m.position === "above") === higherIsBetter;
    return [{ kind: "text", column, fromRow: row, toRow: row, equals: m.position, tone: good ? "good" : "bad" }];
  });
}

/** The group's rates highest first, with the mean and limits down their columns for the chart's lines. */
function rankedTableAndChart(
  layout: SheetLayout,
  a: Assessment,
  peers: PeerFigures,
  m: PeerMeasure,
  index: number,
): void {
  const limits = m.limits;
  const format: NumberFormatName = peerRateDecimals(m) === 2 ? "decimal2" : "decimal1";
  const populationOf = (name: string) => peers.members.find((p) => p.name === name)?.population ?? null;
  const table = layout.table({
    name: index === 0 ? "SA_PeerRates" : `SA_PeerRates${index + 1}`,
    caption: `${m.category}: the group's rates per 1,000 residents, ${peers.period}, highest first.`,
    columns: [
      { header: "Area", format: "text" },
      { header: "Per 1,000", format },
      { header: "Group mean", format },
      ...(limits
        ? [
            { header: "Lower limit", format },
            { header: "Upper limit", format },
          ]
        : []),
      { header: "Count", format: "integer" },
      { header: "Population", format: "integer" },
    ],
    rows: m.members.map((r) => [
      r.name,
      r.rate,
      m.mean,
      ...(limits ? [limits.lower, limits.upper] : []),
      r.count,
      populationOf(r.name),
    ]),
  });
  const [bars, mean, lower, upper] = table.series(1, 2, 3, 4);
  layout.chart({
    name: index === 0 ? "SA_PeerChart" : `SA_PeerChart${index + 1}`,
    type: "columnClustered",
    title: `${m.category} per 1,000 residents in the most similar group, ${peers.period}`,
    categories: table.column(0),
    series: [bars],
    lines: limits ? [mean, { ...lower, dashed: true }, { ...upper, dashed: true }] : [mean],
    valueFormat: format,
    yAxisTitle: "Per 1,000 residents",
    highlight: { index: m.members.findIndex((r) => r.isArea), colour: HIGHLIGHT_COLOUR },
    altText: rankedAltText(a, m, peers.period),
  });
}

/**
 * "All crime per 1,000 residents, 2024/25: Ashby 10.2 (highlighted) is above its
 * most similar group (mean 5.8; limits 2.1 to 9.6), highest of 8. Highest first: ..."
 */
function rankedAltText(a: Assessment, m: PeerMeasure, period: string): string {
  const decimals = peerRateDecimals(m);
  const one = (value: number) => roundTo(value, decimals).toFixed(decimals);
  const relation = m.position === null ? "compared with" : m.position === "in line" ? "in line with" : `${m.position}`;
  const limits = m.limits ? `; limits ${one(m.limits.lower)} to ${one(m.limits.upper)}` : "; no limits";
  const list = m.members.map((r) => `${r.name} ${one(r.rate)}${r.isArea ? " (highlighted)" : ""}`).join(", ");
  return `${m.category} per 1,000 residents, ${period}: ${a.area} ${one(m.area.rate)} is ${relation} its most similar group (mean ${one(m.mean)}${limits}), ${peerRankWords(m)}. Highest first: ${list}.`;
}

function forceAndNationSection(layout: SheetLayout, a: Assessment, f: ForceAndNationFigures): void {
  layout.heading(`${f.force} and England and Wales`);
  if (f.problem) {
    layout.text(f.problem, "body", true);
    return;
  }
  const lacking = (list: { name: string }[]) =>
    list.length ? ` Left out for want of a population: ${list.map((x) => x.name).join(", ")}.` : "";
  layout.table({
    name: "SA_ForceNation",
    caption: `${a.area} beside ${f.force} and England and Wales, per 1,000 residents, ${f.period}${f.annualisedFrom ? `, annualised from ${f.annualisedFrom}` : ""}.`,
    note: `Each rate is the count of the areas with a population / their residents x 1,000. ${f.force}: its ${f.forceAreas.length} areas (${formatCount(f.forcePopulation ?? 0)} residents).${lacking(f.forceWithoutPopulation)} England and Wales: the ${f.nationAreas.length} areas in the data (${formatCount(f.nationPopulation ?? 0)} residents).${lacking(f.nationWithoutPopulation)}${f.leftOut.length ? ` Crimes no force could place (${f.leftOut.length} "Unassigned" areas) are in neither.` : ""}`,
    columns: [
      { header: "Category", format: "text" },
      { header: a.area, format: "decimal1" },
      { header: f.force, format: "decimal1" },
      { header: "England and Wales", format: "decimal1" },
    ],
    rows: f.rows.map((r) => [r.category, rateCell(r.area), rateCell(r.force), rateCell(r.nation)]),
  });
}
