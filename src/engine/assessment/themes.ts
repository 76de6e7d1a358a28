/**
 * Theme pages: one for ASB and one for each priority, for a committee member who
 * reads one theme. The headline figures, yearly and monthly series, targets and
 * places are the assessment's own (by category name); this adds what only a theme
 * page shows: its share of region by district, its seasonal index, and what the
 * data cannot show about it, chosen from the sources and the theme's rules.
 */
import { foldText, POLICE_UK_CRIME_TYPES } from "../extracts/crimeTypes";
import { monthOf } from "../extracts/crimeTable";
import { ASB } from "../measures/counts";
import { during, FULL_MONTH_NAMES, monthLabel, periodLabel } from "../measures/periods";
import type { AssessContext } from "./context";
import { formatCount, formatPct } from "./format";
import { MIN_SEASONAL_YEARS, seasonalIndexFor } from "./monthly";
import { describeRules, type ResolvedPriority } from "./priorities";
import { districtShares } from "./shares";
import type { HighestMonth, PlaceFigures, ThemeFigures, ThemeKey } from "./types";

/** The sheet key of the i-th priority's theme page (0-based). */
export function priorityThemeKey(index: number): ThemeKey {
  return `theme${index + 1}`;
}

export const ASB_THEME_KEY: ThemeKey = "themeAsb";

export function themeFigures(ctx: AssessContext, places: PlaceFigures | null): ThemeFigures[] {
  const asb = hasAsbPage(ctx) ? [themeOf(ctx, ASB_THEME_KEY, ASB, null, places)] : [];
  return [...asb, ...ctx.priorities.map((p, i) => themeOf(ctx, priorityThemeKey(i), p.name, p, places))];
}

/** ASB has a page when the data has it, unless a priority is ASB alone (that page is the priority's). */
function hasAsbPage(ctx: AssessContext): boolean {
  if (!ctx.read.table.categories.includes(ASB)) return false;
  return !ctx.priorities.some(
    (p) => p.rules.length === 1 && p.rules[0].kind === "category" && p.rules[0].value === ASB,
  );
}

function themeOf(
  ctx: AssessContext,
  key: ThemeKey,
  category: string,
  priority: ResolvedPriority | null,
  places: PlaceFigures | null,
): ThemeFigures {
  const polarity = ctx.polarityOf(category);
  const reading = polarity === "higherIsBetter" ? "A rise is read as good." : "A fall is read as good.";
  const description = priority
    ? `Rows counted: ${describeRules(priority.rules)}. A row may also count in other priorities. ${reading}`
    : `Anti-social behaviour incidents recorded by the police: incidents, not crimes, so never in All crime. ${reading}`;
  const seasonal =
    !ctx.quarterly && ctx.completePeriods.length >= MIN_SEASONAL_YEARS ? seasonalIndexFor(ctx, category) : [];
  return {
    key,
    category,
    polarity,
    description,
    districts: districtShares(ctx, category),
    seasonal,
    highestMonth: highestMonth(ctx, category),
    limits: themeLimits(ctx, category, priority, places),
  };
}

/** With exactly one complete year (monthly data): its highest month, the first of any ties; null otherwise. */
function highestMonth(ctx: AssessContext, category: string): HighestMonth | null {
  if (ctx.quarterly || ctx.completePeriods.length !== 1) return null;
  const year = ctx.completePeriods[0];
  const counts = year.months.map((m) => ctx.count(ctx.areaDistricts, category, [m]));
  const top = Math.max(...counts);
  if (!(top > 0)) return null;
  const month = year.months[counts.indexOf(top)];
  return {
    period: year.name,
    category,
    month: FULL_MONTH_NAMES[monthOf(month) - 1],
    label: monthLabel(month),
    count: top,
  };
}

export const THEME_METHOD_LINE =
  "Theme pages: one for ASB and one for each priority, with its counts, change, share of region, rates, targets and places worked out as on the other sheets; its seasonal index follows the Monthly sheet's rule (two complete years), and the box \"What this data cannot show\" is chosen from the sources read and the theme's rules.";

/** "What this data cannot show": the limits that apply to this theme, from the data read. */
export function themeLimits(
  ctx: AssessContext,
  category: string,
  priority: ResolvedPriority | null,
  places: PlaceFigures | null,
): string[] {
  const sources = ctx.read.sources.filter((s) => !s.leftOut);
  const policeUk = sources.some((s) => s.format === "police-uk");
  const homeOffice = sources.some((s) => s.format === "home-office-csp");
  const flags = priority?.rules.filter((r) => r.kind === "flag").map((r) => r.value) ?? [];
  const lower = lowerFirst(category);
  return [
    ctx.polarityOf(category) === "higherIsBetter"
      ? `These are reports the police recorded. A rise is read as good here (more confidence to report), but the data cannot tell more reporting from more ${lower}.`
      : `These are reports the police recorded, not all that happened: a change in reporting or recording moves them as much as a change in ${lower}.`,
    ...(priority === null && policeUk
      ? [
          "police.uk holds only the ASB incidents reported to the police (not those reported to the council or a housing provider), and does not say which kind (personal, nuisance or environmental).",
        ]
      : []),
    ...(priority && policeUk ? broadTypeLimits(priority) : []),
    ...(priority && policeUk && flags.length === 0
      ? [
          "police.uk does not mark domestic abuse or hate crime: to report them, map a force extract with a domestic abuse or hate crime flag.",
        ]
      : []),
    ...(flags.length ? flagLimits(ctx, flags, lower) : []),
    ...(ctx.quarterly ? ["The Home Office tables are quarterly, so there is no monthly pattern."] : []),
    ...placeLimits(ctx, category, places, { policeUk, homeOffice }),
  ];
}

/** police.uk's broad types stand in for a local definition: say so, and what "Violence and sexual offences" holds. */
function broadTypeLimits(priority: ResolvedPriority): string[] {
  const types = priority.rules
    .filter((r) => r.kind === "category" && (POLICE_UK_CRIME_TYPES as readonly string[]).includes(r.value))
    .map((r) => r.value);
  if (types.length === 0) return [];
  const violence = types.includes("Violence and sexual offences")
    ? ' Its "Violence and sexual offences" is one broad type: it cannot separate homicide, violence with injury or sexual offences, so it counts far more than a local serious violence definition.'
    : "";
  return [
    `It is built from police.uk's broad crime types (${types.join(", ")}): police.uk has no offence subgroups, so it cannot follow a local definition more closely.${violence}`,
  ];
}

function flagLimits(ctx: AssessContext, flags: string[], lower: string): string[] {
  const wanted = flags.map(foldText);
  const carrying = ctx.read.sources.filter(
    (s) => !s.leftOut && (s.flags ?? []).some((f) => wanted.includes(foldText(f))),
  );
  const others = ctx.read.sources.filter((s) => !s.leftOut && !carrying.includes(s));
  return [
    `Flags depend on how consistently officers set them: a change in flagging moves this count as much as a change in ${lower}.`,
    ...(others.length
      ? [
          `Only ${carrying.map((s) => `"${s.name}"`).join(", ")} ${carrying.length === 1 ? "carries" : "carry"} the flag: rows of ${others.map((s) => `"${s.name}"`).join(", ")} are never counted here.`,
        ]
      : []),
  ];
}

function placeLimits(
  ctx: AssessContext,
  category: string,
  places: PlaceFigures | null,
  formats: { policeUk: boolean; homeOffice: boolean },
): string[] {
  if (!places) {
    return [
      formats.homeOffice && !formats.policeUk
        ? "The Home Office tables have no locations, so the places where it happens cannot be shown."
        : "The data has no LSOA for the area's rows, so the places where it happens cannot be shown: map an LSOA column to see them.",
    ];
  }
  const measure = places.measures.find((m) => m.category === category);
  const lines: string[] = [];
  if (measure && measure.unlocated > 0) {
    const total = measure.located + measure.unlocated;
    const one = measure.unlocated === 1;
    lines.push(
      `${formatCount(measure.unlocated)} of the area's ${formatCount(total)} reports ${during(periodLabel(ctx.lead))} (${formatPct((measure.unlocated / total) * 100)}) ${one ? "has" : "have"} no location (no LSOA), so ${one ? "is" : "are"} left out of the places.`,
    );
  }
  if (formats.policeUk) {
    lines.push(
      "police.uk places each row at an approximate point (one of a set of map points), so a count near an LSOA's edge may belong next door.",
    );
  }
  return lines;
}

/** "Serious violence" -> "serious violence"; an acronym ("VAWG", "ASB") keeps its capitals. */
export function lowerFirst(name: string): string {
  return /^[A-Z][^A-Z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
