/**
 * The region in words: where it comes from (the ONS lookup, or the rule where the
 * lookup cannot say), what it holds, and what it leaves out, for the data-quality
 * page; and, for page 1, what makes the share of region differ from the lookup's
 * region: districts it does not hold counted in, its districts with no rows.
 */
import { LOOKUP_NAME, OGL_ATTRIBUTION } from "../lookups/onsLookup";
import { FORCE_NOT_STATED } from "../extracts/readingSession";
import { unitsWord, type Region, type RegionUnit } from "../measures/region";
import { formatCount } from "./format";

/** Page 1 names at most this many districts in a list ("and 3 more"); the data-quality page names all. */
const PAGE_ONE_NAMES = 5;

/** Names in a sentence: "A", "A and B", "A, B and C"; past `max`, "A, B and 3 more". */
export function listNames(names: readonly string[], max = Infinity): string {
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : [...names];
  return shown.length < 2 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

function isAre(n: number): string {
  return n === 1 ? "is" : "are";
}

function hasHave(n: number): string {
  return n === 1 ? "has" : "have";
}

function rowsText(rows: number): string {
  return `${formatCount(rows)} row${rows === 1 ? "" : "s"}`;
}

/** "4 districts", "11 partnerships", "1 district". */
export function unitCount(region: Region): string {
  const n = region.units.length;
  const word = unitsWord(region);
  return `${n} ${n === 1 ? word.replace(/s$/, "") : word}`;
}

/** Where the region comes from, with the lookup's licence. */
export function regionSource(region: Region, areaName: string): string {
  const { force, forceArea } = region;
  if (forceArea) {
    return `The region's members are the districts that ${LOOKUP_NAME} puts in the police force area "${forceArea}". ${OGL_ATTRIBUTION}`;
  }
  const why =
    force === FORCE_NOT_STATED
      ? `The data name no force and ${areaName} is not in ${LOOKUP_NAME}`
      : `${force} is not a police force area in ${LOOKUP_NAME}${closeList(region)}`;
  return `${why}, so the region is judged from the data: the districts most of whose rows fall within ${force}, less any with fewer than 5% of the median district's rows.`;
}

function closeList(region: Region): string {
  const close = region.closeForceAreas;
  return close.length ? ` (the nearest it has: ${listNames(close)})` : " (nor anything near it)";
}

function unitText(unit: RegionUnit, districtNames: readonly string[]): string {
  if (unit.districts.length < 2) return unit.name;
  return `${unit.name} (${listNames(unit.districts.map((d) => districtNames[d]))})`;
}

/** The data-quality page's notes on the region. */
export function regionNotes(region: Region, areaName: string, districtNames: readonly string[]): string[] {
  const units = region.units.map((u) => unitText(u, districtNames)).join(", ");
  const notes = [regionSource(region, areaName), `The region is ${region.force}: ${unitCount(region)} (${units}).`];
  const partnership = region.areaPartnership;
  if (partnership) {
    notes.push(
      `${areaName} is assessed as one area: the partnership of ${listNames(partnership.districts)}, their rows added together.`,
    );
  }
  if (region.areaPartOf) {
    const { partnership: name, districts } = region.areaPartOf;
    notes.push(
      `${areaName} is one of the ${districts.length} districts of the ${name} partnership (${listNames(districts)}), so districts are compared; name "${name}" as the area to assess the partnership.`,
    );
  }
  for (const s of region.split) {
    const assessed =
      s.district === areaName ? "the district is assessed and districts are compared" : "districts are compared";
    notes.push(
      `${s.district} is split between ${s.partnerships.length} partnerships in the ONS lookup (${listNames(s.partnerships)}); rows are counted by district, so ${assessed}.`,
    );
  }
  notes.push(...outOfAreaNotes(region), ...lookupGapNotes(region, areaName));
  return notes;
}

function outOfAreaNotes(region: Region): string[] {
  if (!region.outOfArea.length) return [];
  const list = region.outOfArea.map((o) => `${o.district} (${rowsText(o.rows)})`).join(", ");
  const what = `Rows in districts outside the region (placed just across the force boundary, or crimes the force could not place)`;
  return [
    region.includesOutOfArea
      ? `${what} are counted in the region total, as chosen: ${list}.`
      : `${what} are left out of the region total: ${list}.`,
  ];
}

/** Districts the lookup does not hold, members with no rows, and an area the lookup puts in another force. */
function lookupGapNotes(region: Region, areaName: string): string[] {
  const notes: string[] = [];
  const judged = region.judgedByRule;
  if (region.forceArea && judged.length) {
    const inside = judged.filter((j) => j.inRegion).map((j) => j.district);
    const outside = judged.filter((j) => !j.inRegion).map((j) => j.district);
    const placed =
      inside.length && outside.length
        ? `${listNames(inside)} counted in the region, ${listNames(outside)} left out of it`
        : inside.length
          ? "counted in the region"
          : "left out of the region";
    notes.push(
      `${listNames(judged.map((j) => j.district))} ${isAre(judged.length)} not in the ONS lookup (police.uk names districts as they were in 2021, and some have merged since), so the rule judged ${judged.length === 1 ? "it" : "them"} from the data: ${placed}.`,
    );
  }
  notes.push(...absenceSentences(region, areaName, Infinity));
  if (region.areaForceArea) notes.push(areaElsewhereSentence(region, areaName));
  return notes;
}

/** Members of the force area, or of the area's partnership, with no rows in the data (named up to `max`). */
function absenceSentences(region: Region, areaName: string, max: number): string[] {
  const sentences: string[] = [];
  const partnership = region.areaPartnership;
  if (partnership?.absent.length) {
    const present = partnership.districts.filter((d) => !partnership.absent.includes(d));
    sentences.push(
      `${listNames(partnership.absent)} (part of ${areaName}) ${hasHave(partnership.absent.length)} no rows in the data: ${areaName}'s figures are for ${listNames(present)} only.`,
    );
  }
  if (region.absent.length) {
    const n = region.absent.length;
    sentences.push(
      `${listNames(region.absent, max)} ${isAre(n)} in ${region.forceArea} in the ONS lookup but ${hasHave(n)} no rows in the data: shares and ranks are of the ${unitCount(region)} present.`,
    );
  }
  return sentences;
}

function areaElsewhereSentence(region: Region, areaName: string): string {
  return `${areaName} is in ${region.areaForceArea} in the ONS lookup, not ${region.forceArea}: it is compared with ${region.force}'s ${unitsWord(region)} because most of its rows fall within ${region.force}.`;
}

/**
 * Page 1: what makes the share of region differ from the lookup's region (the
 * data-quality page says the rest). A force the lookup does not know leaves the
 * region as the rule always judged it, so it is explained there, not here.
 */
export function regionWarnings(region: Region, areaName: string): string[] {
  const warnings: string[] = [];
  const guessed = region.forceArea ? region.judgedByRule.filter((j) => j.inRegion).map((j) => j.district) : [];
  if (guessed.length) {
    warnings.push(
      `${listNames(guessed, PAGE_ONE_NAMES)} ${isAre(guessed.length)} not in the ONS lookup but ${guessed.length === 1 ? "was" : "were"} counted in the region of ${region.force}, judged from the data.`,
    );
  }
  warnings.push(...absenceSentences(region, areaName, PAGE_ONE_NAMES));
  if (region.areaForceArea) warnings.push(areaElsewhereSentence(region, areaName));
  return warnings;
}
