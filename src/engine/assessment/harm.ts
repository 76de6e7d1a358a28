/**
 * Harm: counts weighted by a harm index the user supplies (ONS Crime Severity
 * Score, Cambridge Crime Harm Index). A row's weight is its offence code's when
 * the weights table gives one (Home Office and mapped extracts), else its
 * category's; rows with neither are left out of harm and listed. harm = sum of
 * count x weight, built as a second count cube whose counts are the weighted ones,
 * so priorities and every category sum exactly as the crime counts do.
 */
import type { ReadResult } from "../extracts";
import { foldText } from "../extracts/crimeTypes";
import { AssessmentError } from "../errors";
import { change } from "../measures/change";
import { ALL_CRIME, ASB, buildCountCube, sumCounts, type CountCube } from "../measures/counts";
import { periodLabel } from "../measures/periods";
import { rankDescending, sharePct } from "../measures/share";
import { closestName, type AssessContext } from "./context";
import { formatCount } from "./format";
import type { HarmWeight, HarmWeights } from "./settings";
import type { HarmFigures, HarmRow, TrendRow } from "./types";

/** Weights by category and by code index of the crime table; NaN where none is given. */
interface ResolvedWeights {
  byCategory: Float64Array;
  byCode: Float64Array;
  /** Codes the weights table gives that no row of the data has: they weigh nothing. */
  codesNotInData: string[];
}

/**
 * The weights checked against the data. A category the data does not hold is an
 * error (a misspelt one would silently leave a category out of harm), listing every
 * such category with its closest match. Codes are looked up too, but a national
 * table names every offence code and an area's data only some: codes with no rows
 * are listed, not refused, unless none of the table's codes is in the data.
 */
export function resolveWeights(read: ReadResult, weights: HarmWeights): ResolvedWeights {
  const { table } = read;
  const byCategory = new Float64Array(table.categories.length).fill(NaN);
  const codes = table.code ? (table.codes ?? []) : [];
  const byCode = new Float64Array(codes.length).fill(NaN);
  const categoryIndex = new Map(table.categories.map((c, i) => [foldText(c), i]));
  const codeIndex = new Map(codes.map((c, i) => [foldText(c), i]));
  const unknownCategories: HarmWeight[] = [];
  const codeWeights = weights.weights.filter((w) => w.kind === "code");
  const missingCodes: HarmWeight[] = [];
  for (const w of weights.weights) {
    const index = (w.kind === "code" ? codeIndex : categoryIndex).get(foldText(w.key));
    if (index === undefined) (w.kind === "code" ? missingCodes : unknownCategories).push(w);
    else (w.kind === "code" ? byCode : byCategory)[index] = w.weight;
  }
  if (unknownCategories.length > 0) throw unknownCategoriesError(read, weights, unknownCategories);
  if (codeWeights.length > 0 && missingCodes.length === codeWeights.length) {
    throw unknownCodesError(weights, codeWeights, codes);
  }
  return { byCategory, byCode, codesNotInData: missingCodes.map((w) => w.key) };
}

function placeOf(weights: HarmWeights, first: HarmWeight) {
  return { source: weights.source, row: first.place?.row, column: first.place?.column };
}

function unknownCategoriesError(read: ReadResult, weights: HarmWeights, unknown: HarmWeight[]): AssessmentError {
  const known = read.table.categories;
  const listed = unknown.map((w) => {
    const closest = closestName(w.key, known);
    const row = w.place ? `row ${w.place.row}` : null;
    const near = closest ? `closest: "${closest}"` : null;
    const about = [row, near].filter(Boolean).join("; ");
    return `"${w.key}"${about ? ` (${about})` : ""}`;
  });
  const plural = unknown.length === 1 ? "a category" : `${unknown.length} categories`;
  const allCrime = unknown.some((w) => foldText(w.key) === foldText(ALL_CRIME))
    ? ` "${ALL_CRIME}" is every category but ASB: weigh its categories instead.`
    : "";
  return new AssessmentError(
    `The harm weights name ${plural} not in the data: ${listed.join(", ")}.`,
    `Correct or remove ${unknown.length === 1 ? "it" : "them"}: the categories in the data are ${[...known].sort((a, b) => a.localeCompare(b)).join(", ")}.${allCrime}`,
    placeOf(weights, unknown[0]),
  );
}

function unknownCodesError(weights: HarmWeights, codeWeights: HarmWeight[], codes: readonly string[]): AssessmentError {
  if (codes.length === 0) {
    return new AssessmentError(
      "The harm weights are by offence code, but the data read has no offence codes.",
      "Offence codes are in the Home Office police recorded crime by CSP tables (their Offence Code column) or a mapped table with a code column; for police.uk extracts give weights by category.",
      placeOf(weights, codeWeights[0]),
    );
  }
  const shown = codeWeights.slice(0, 5).map((w) => {
    const closest = closestName(w.key, codes);
    return `"${w.key}"${closest ? ` (closest: "${closest}")` : ""}`;
  });
  const more = codeWeights.length > shown.length ? ` and ${codeWeights.length - shown.length} more` : "";
  return new AssessmentError(
    `None of the offence codes in the harm weights is in the data: ${shown.join(", ")}${more}.`,
    "Check that the weights are for the offence codes the extracts use (Home Office offence codes such as 8N).",
    placeOf(weights, codeWeights[0]),
  );
}

/** Weighted counts and the counts left unweighted, by district x category (and priority) x month. */
interface HarmCubes {
  harm: CountCube;
  unweighted: CountCube;
}

/** One pass over the rows: each row's count times its weight, or into the unweighted cube when it has none. */
function harmCubes(ctx: AssessContext, resolved: ResolvedWeights): HarmCubes {
  const { table } = ctx.read;
  const weighted = new Float64Array(table.length);
  const unweighted = new Float64Array(table.length);
  const code = table.code ?? null;
  for (let i = 0; i < table.length; i++) {
    const n = table.count === null ? 1 : table.count[i];
    const k = code === null ? -1 : code[i];
    const byCode = k >= 0 ? resolved.byCode[k] : NaN;
    const weight = Number.isNaN(byCode) ? resolved.byCategory[table.category[i]] : byCode;
    if (Number.isNaN(weight)) unweighted[i] = n;
    else weighted[i] = n * weight;
  }
  return {
    harm: buildCountCube({ ...table, count: weighted }, ctx.priorities),
    unweighted: buildCountCube({ ...table, count: unweighted }, ctx.priorities),
  };
}

/** Harm figures for the area in the lead period, with like-for-like change; null without weights. */
export function harmFigures(ctx: AssessContext, trends: readonly TrendRow[]): HarmFigures | null {
  const weights = ctx.settings.weights;
  if (!weights) return null;
  const resolved = resolveWeights(ctx.read, weights);
  const cubes = harmCubes(ctx, resolved);
  const hasWeight = weightedCategories(ctx, resolved, cubes);
  const priorities = new Set(ctx.priorities.map((p) => p.name));
  const build = (category: string) => {
    const row = harmRow(ctx, cubes, category, hasWeight(category), trends);
    return { ...row, weightedBy: weightedBy(ctx, resolved, row, priorities.has(category)) };
  };
  const allCrime = build(ALL_CRIME);
  const rows = ctx.categories.filter((c) => c !== ALL_CRIME).map(build);
  const volumeRanks = rankDescending(rows.map((r) => r.count));
  const weighed = rows.filter((r) => r.harm !== null).map((r) => r.harm!);
  const ranked = rows.map((r, i): HarmRow => {
    const shares = r.category === ASB ? {} : shareOfAllCrime(r, allCrime);
    return {
      ...r,
      ...(priorities.has(r.category) && { priority: true }),
      ...shares,
      volumeRank: volumeRanks[i],
      harmRank: r.harm === null ? null : 1 + weighed.filter((h) => h > r.harm!).length,
    };
  });
  const ownCategories = ctx.categories.filter((c) => c !== ALL_CRIME && !priorities.has(c));
  return {
    name: weights.name,
    source: weights.source,
    period: periodLabel(ctx.lead),
    comparison: ctx.comparison?.label ?? null,
    allCrime,
    rows: ranked,
    candidates: rows.length,
    weighed: weighed.length,
    withoutWeight: ownCategories.filter((c) => !hasWeight(c)),
    partlyWeighted: ranked.filter((r) => !r.priority && r.harm !== null && r.unweighted > 0).map((r) => r.category),
    codesNotInData: resolved.codesNotInData,
  };
}

function shareOfAllCrime(r: HarmRow, allCrime: HarmRow): Pick<HarmRow, "volumeSharePct" | "harmSharePct"> {
  return {
    volumeSharePct: sharePct(r.count, allCrime.count),
    harmSharePct: r.harm === null || allCrime.harm === null ? null : sharePct(r.harm, allCrime.harm),
  };
}

/**
 * Whether any of a category's (or priority's) rows has a weight, anywhere in the
 * data: a category with a weight of its own always has; one weighed only by its
 * codes has when some of its rows carry a weighted code.
 */
function weightedCategories(ctx: AssessContext, resolved: ResolvedWeights, cubes: HarmCubes) {
  const all = ctx.cube.districts.map((_, i) => i);
  const months = ctx.cube.monthsPresent;
  const own = ctx.read.table.categories;
  return (category: string): boolean => {
    const index = own.indexOf(category);
    if (index >= 0 && !Number.isNaN(resolved.byCategory[index])) return true;
    const rows = sumCounts(ctx.cube, all, category, months);
    return rows - sumCounts(cubes.unweighted, all, category, months) > 0;
  };
}

/** "161.5 a crime", "by offence code, else 40", "by offence code", "its rows' weights", "no weight"; "; 12 without". */
function weightedBy(ctx: AssessContext, resolved: ResolvedWeights, row: HarmRow, priority: boolean): string {
  if (row.harm === null) return "no weight";
  const own = resolved.byCategory[ctx.read.table.categories.indexOf(row.category)] ?? NaN;
  const byCodes = resolved.byCode.some((w) => !Number.isNaN(w));
  let how: string;
  if (row.category === ALL_CRIME) how = "its categories' weights";
  else if (priority) how = "its rows' weights";
  else if (Number.isNaN(own)) how = "by offence code";
  else how = byCodes ? `by offence code, else ${own}` : `${own} a ${row.category === ASB ? "incident" : "crime"}`;
  return row.unweighted > 0 ? `${how}; ${formatCount(row.unweighted)} without` : how;
}

function harmRow(
  ctx: AssessContext,
  cubes: HarmCubes,
  category: string,
  weighted: boolean,
  trends: readonly TrendRow[],
): HarmRow {
  const area = ctx.areaDistricts;
  const harmOver = (months: readonly number[]) => sumCounts(cubes.harm, area, category, months);
  const c = ctx.comparison;
  return {
    category,
    count: ctx.count(area, category, ctx.lead.months),
    harm: weighted ? harmOver(ctx.lead.months) : null,
    unweighted: sumCounts(cubes.unweighted, area, category, ctx.lead.months),
    weightedBy: "",
    volumeSharePct: null,
    harmSharePct: null,
    volumeChange: trends.find((t) => t.category === category)?.yearOnYear ?? null,
    harmChange: weighted && c ? change(harmOver(c.previous.months), harmOver(c.current.months)) : null,
    volumeRank: null,
    harmRank: null,
  };
}
