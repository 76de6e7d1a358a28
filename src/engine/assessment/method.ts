/**
 * The method page as this run applied it: the basis and months actually used,
 * how each measure is computed and on what denominator, and what the data
 * cannot show. Written from the figures, so it never describes another run.
 */
import { BASES, basisName } from "../measures/basis";
import { describeMonthRuns, describeMonthSpans } from "../measures/periods";
import { LOOKUP_NAME, OGL_ATTRIBUTION } from "../lookups/onsLookup";
import { MIN_RATED_MEMBERS, SMALL_EXPECTED_COUNT } from "../measures/peers";
import type { AssessContext } from "./context";
import type { Figures } from "./findings";
import { formatCount } from "./format";
import { unitCount } from "./regionWords";
import { placeMethodLines } from "./places";
import { priorityMethodLines } from "./priorities";
import { THEME_METHOD_LINE } from "./themes";

export function methodLines(ctx: AssessContext, a: Figures): string[] {
  return [
    basisLine(a),
    leadLine(a),
    comparisonLine(a),
    yearlyLine(a),
    countsLine(ctx),
    ...priorityMethodLines(ctx.read, ctx.priorities),
    'Change: % change = (later - earlier) / earlier x 100, with both counts shown beside it. Where the earlier count is 0 there is no percentage: the table says "new". Page 1 and the "What changed" words give whole-number percentages; the other columns one decimal place.',
    'Significance: an exact Poisson means test (the later count out of the two together, against a binomial with p = 0.5), two-sided at the 5% level. "A real rise" or "a real fall" means significant at that level; "may be chance" or "could be chance" means not. Small counts rarely show a real change.',
    colourLine(a),
    "Trend: the change a year across all months present, from a least-squares fit of the monthly counts on time with a term for each calendar month (so seasons are not read as a trend); it is called rising or falling when the slope is at least twice its standard error, and needs 24 months.",
    shareLine(a),
    "Share within the area: a category's count / all the area's recorded crime and ASB incidents x 100, in the headline period.",
    rateLine(a),
    peersLine(a),
    forceAndNationLine(a),
    seasonalLine(ctx, a),
    missingLine(a),
    a.targets.length
      ? "Targets: linear milestones are baseline x (1 + r t / T), compound ones baseline x (1 + r)^(t / T). A partial year's milestone is pro-rated by the area's monthly pattern over the complete years, and its year end projected as the year to date / the share of a year that pattern expects in the months present (a complete year's projection is its actual); the projection is given a status against the full-year milestone, which, as the same pattern pro-rates the milestone, is always the year to date's status. Status follows each measure's polarity."
      : null,
    harmLine(a),
    ...(a.matrix?.method ?? []),
    ...(a.themes.length ? [THEME_METHOD_LINE] : []),
    ...placeMethodLines(a),
    limitsLine(ctx),
  ].filter((line): line is string => line !== null);
}

function basisLine(a: Figures): string {
  const { used, how, monthsCompared } = a.basis;
  const what =
    used === "financial"
      ? "financial years (April to March, e.g. 2024/25)"
      : used === "calendar"
        ? "calendar years (January to December)"
        : "rolling 12-month periods ending at the latest month";
  const compared = BASES.map((b) => `${basisName(b)} ${monthsCompared[b]}`).join(", ");
  const why =
    how === "automatic"
      ? "chosen automatically as the basis that compares the most months with a year earlier (on a tie, the basis whose latest complete year is the more recent; then financial before calendar years)"
      : a.settings.basis === "auto"
        ? "the basis the targets are set in"
        : "as chosen in the settings";
  return `Periods: ${what}, ${why}. Months compared with a year earlier on each basis: ${compared}.`;
}

function leadLine(a: Figures): string {
  const unit = basisName(a.basis.used).replace(/s$/, "");
  return a.lead.complete
    ? `Headline figures (counts, rates, shares and ranks) are for ${a.lead.label}, the latest complete ${unit}.`
    : `No ${unit} in the files supplied is complete, so the headline figures are for the latest one, ${a.lead.label}, marked partial wherever it appears.`;
}

function comparisonLine(a: Figures): string {
  const c = a.comparison;
  if (!c) return "Year on year: no month of the latest period is in the year before, so no change is given.";
  const three = a.threeYear ? ` The three-year change compares ${a.threeYear.label}.` : "";
  return `Year on year, like for like: ${c.label}, the months present in both years (of the latest period and the latest complete period, each against the year before, the pair comparing more months). It sits beside the full-year figures and never replaces them; a partial year is never compared with a full one.${three}`;
}

function yearlyLine(a: Figures): string {
  const partial = a.periods.filter((p) => p.months.length < 12);
  const complete = a.yearly.map((p) => p.name).join(", ");
  const partText = partial.length
    ? ` Partial periods (${partial.map((p) => `${p.name}: ${describeMonthSpans(p.months)}`).join("; ")}) are never joined to them or set beside them as like-for-like columns${a.monthly.length ? "; their months are on the Monthly sheet" : ""}.`
    : "";
  return `Yearly series hold complete periods only${complete ? ` (${complete})` : ": none is complete"}.${partText}`;
}

function countsLine(ctx: AssessContext): string {
  const formats = new Set(ctx.read.sources.map((s) => s.format));
  const homeOffice = formats.has("home-office-csp")
    ? " The Home Office tables count offences recorded by the police, excluding fraud, by quarter."
    : "";
  return `Counts: one police.uk row is one crime or one anti-social behaviour (ASB) incident. All crime is every crime type except ASB: police.uk records ASB as incidents, not crimes, so it is reported beside crime, never in it.${homeOffice}`;
}

function colourLine(a: Figures): string {
  const higher = a.trends.filter((t) => t.polarity === "higherIsBetter").map((t) => t.category);
  const polarity = higher.length
    ? `A fall is read as good for every category except ${higher.join(", ")}, where a rise is read as good (as set in the settings).`
    : "A fall is read as good for every category.";
  return `Colour: only real (significant) changes are coloured, green where the change is good and red where it is bad; other changes are shown with an arrow and words only, and changes in share are never coloured. ${polarity}`;
}

function shareLine(a: Figures): string {
  const r = a.region;
  const out = r.outOfArea.map((o) => o.district).join(", ");
  const strays = out
    ? r.includesOutOfArea
      ? ` Districts outside the region (${out}) are counted in it, as chosen.`
      : ` Districts outside the region (${out}: rows placed just across the force boundary, or crimes the force could not place) are left out of it.`
    : "";
  const members = r.forceArea
    ? ` The region's members are the districts of ${r.forceArea} in ${LOOKUP_NAME}${r.judgedByRule.length ? `, and, for districts it does not hold, those most of whose rows fall within ${r.force}` : ""}. ${OGL_ATTRIBUTION}`
    : ` ${r.force} is not in ${LOOKUP_NAME}, so the region's members were judged from the data: the districts most of whose rows fall within it, less any with fewer than 5% of the median district's rows.`;
  return `Share of region: the area's count / the total of the ${unitCount(r)} of ${r.force} x 100, in the headline period; rank 1 is the largest. The change in share compares the two sides of the year-on-year comparison, in percentage points (pp). Rows without a location are counted for no district.${members}${strays}`;
}

function rateLine(a: Figures): string {
  const rates = a.rates;
  if (!rates) return "Rates per 1,000 residents: not given, as no population table was supplied.";
  const annualised = rates.annualisedFrom
    ? ` ${a.lead.label} is partial, so its rates are annualised: count x 12 / ${a.lead.period.months.length} months (${rates.annualisedFrom}).`
    : "";
  const missing = rates.missing.length
    ? ` The population table has no figure for ${rates.missing.join(", ")}: shown as n/a, and the region has no rate.`
    : "";
  return `Rates per 1,000 residents = count / population x 1,000, for every district and category in ${a.lead.label}. Population: ${rates.populationYear}, the same figure for every year.${annualised}${missing}`;
}

/** How the most similar group was compared, and which limits each measure used. */
function peersLine(a: Figures): string | null {
  const peers = a.peers;
  if (!peers) return null;
  const found = peers.members.filter((m) => !m.isArea).map((m) => m.name);
  const missing = peers.missing.length
    ? ` Not in the data: ${peers.missing.map((m) => `${m.name}${m.closest ? ` (nearest: ${m.closest})` : ""}`).join(", ")}.`
    : "";
  const unrated = peers.members.filter((m) => m.problem !== null);
  const left = unrated.length
    ? ` Left out of the group: ${unrated.map((m) => `${m.name} (${m.problem})`).join("; ")}.`
    : "";
  const head = `Most similar group: ${a.area} and the peers listed (${found.join(", ") || "none found"}).${missing}${left}`;
  if (peers.problem) return `${head} ${peers.problem}`;
  const byMethod = (method: string) => peers.measures.filter((m) => m.limits?.method === method).map((m) => m.category);
  const sd = byMethod("sd");
  const poisson = byMethod("poisson");
  const used = [
    sd.length ? `mean ± 2 SD for ${sd.join(", ")}` : "",
    poisson.length ? `Poisson limits for ${poisson.join(", ")}` : "",
  ].filter((x) => x);
  const none = peers.measures.some((m) => m.limits === null)
    ? ` With fewer than ${MIN_RATED_MEMBERS} members with a rate there are no limits and no position: with the area in the spread, no member of so small a group can lie 2 standard deviations from its mean.`
    : "";
  return `${head} Each member's rate per 1,000 residents in ${peers.period}${peers.annualisedFrom ? ` (annualised from ${peers.annualisedFrom})` : ""}. The group mean is the mean of the members' rates, ${a.area}'s included, as iQuanta's group average is; rank 1 is the highest rate, equal rates ranked alphabetically. Position: above or below the group when the rate is beyond its control limits, in line otherwise. The limits are the mean ± 2 standard deviations (sample, n - 1) of the members' rates (a lower limit below zero is 0), except where ${a.area}'s expected count (the group mean rate x its population) is under ${SMALL_EXPECTED_COUNT}: there they are exact Poisson limits on the expected count, beyond which each tail holds under 2.5%, and the count itself is judged.${none}${used.length ? ` Used: ${used.join("; ")}.` : ""}`;
}

/** Force and England and Wales rates: their denominators, or why they are not given. */
function forceAndNationLine(a: Figures): string | null {
  const f = a.forceAndNation;
  if (f.problem)
    return f.holdsEveryArea || a.rates ? `Force and England and Wales rates: not given. ${f.problem}` : null;
  const lacking = (list: { name: string }[]) =>
    list.length ? ` (less ${list.map((x) => x.name).join(", ")}: no population)` : "";
  const unassigned = f.leftOut.length ? ` Crimes the forces could not place ("Unassigned") are in neither.` : "";
  return `Force and England and Wales rates = count / residents x 1,000 over the areas with a population, in ${f.period}: for ${f.force}, its ${f.forceAreas.length} areas${lacking(f.forceWithoutPopulation)}; for England and Wales, the ${f.nationAreas.length} areas in the data${lacking(f.nationWithoutPopulation)}. The data hold ${f.partnershipsPresent} of the ${f.partnershipsInLookup} partnerships in the ONS lookup.${unassigned}`;
}

function seasonalLine(ctx: AssessContext, a: Figures): string {
  if (ctx.quarterly) return "Seasonal pattern: not given, as the Home Office counts are quarterly.";
  if (a.seasonal.length) {
    return `Seasonal index: a calendar month's average count over the complete years ${a.seasonalFrom.join(" and ")} / the average month x 100 (100 is an average month).`;
  }
  const one = a.highestMonths[0];
  if (one) {
    return `Seasonal index: not given. It needs two complete years and the files supplied hold one (${one.period}), so the Monthly sheet shows monthly counts and names that year's highest month only.`;
  }
  return "Seasonal index: not given, as no complete year is in the files supplied.";
}

function missingLine(a: Figures): string | null {
  const missing = a.quality.missingMonths;
  if (!missing.length) return null;
  const list =
    missing.length === 1
      ? `${describeMonthRuns(missing)} is`
      : `${describeMonthRuns(missing)} (${formatCount(missing.length)} months) are`;
  return `Missing months: ${list} not in the files supplied, and treated as missing, not as zero: every comparison uses only months present in both years.`;
}

function limitsLine(ctx: AssessContext): string {
  const policeUk = ctx.read.sources.some((s) => s.format === "police-uk");
  const locations = policeUk
    ? " police.uk locations are approximate (snapped to nearby map points) and its 14 crime types are broad: there is no local definition of serious violence, and no domestic abuse or hate crime flag."
    : "";
  return `What the data cannot show: these are crimes and incidents recorded by the police, not all that happened, so changes in reporting and recording practice move them as much as changes in crime.${locations} A rate per resident takes no account of visitors, commuters or the night-time economy.`;
}

function harmLine(a: Figures): string | null {
  const h = a.harm;
  if (!h) return null;
  const without = h.withoutWeight.length
    ? ` Categories without a weight, left out of harm: ${h.withoutWeight.join(", ")}.`
    : "";
  return `Harm: each crime counts as its weight ("${h.name}" from ${h.source}, supplied by the user: the tool ships none), by its offence code where the weights give that code, else by its category; harm is the sum of count x weight. Rows with no weight are left out of the harm totals.${without} The change in harm is a like-for-like % change only: a weighted total is not a count of events, so the Poisson test does not apply to it.`;
}
