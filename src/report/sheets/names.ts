/** The add-in's sheet names and tab colours (each valid as an Excel sheet name). */
import type { SheetKey } from "../plan";

/** The sheets with a fixed name: every sheet but the priorities' theme pages, named for their priority. */
export type NamedSheetKey = Exclude<SheetKey, `theme${number}`>;

export const SHEET_NAMES: Record<NamedSheetKey, string> = {
  summary: "Summary",
  trends: "Trends",
  share: "Share of region",
  monthly: "Monthly",
  priorities: "Priorities",
  targets: "Targets",
  quality: "Data quality & method",
  comparisons: "Comparisons",
  places: "Places",
  themeAsb: "ASB",
};

export const TAB_COLOURS: Record<NamedSheetKey | "theme", string> = {
  summary: "1F4E79",
  trends: "2E75B6",
  share: "548235",
  monthly: "7030A0",
  priorities: "BF8F00",
  targets: "C55A11",
  quality: "7F7F7F",
  comparisons: "BF8F00",
  places: "BF8F00",
  themeAsb: "375623",
  theme: "375623",
};

/** Excel's longest sheet name, and the characters it refuses in one. */
const MAX_SHEET_NAME = 31;
/** A slash joins words ("Drugs/alcohol" -> "Drugs-alcohol"); the others are dropped. */
const SLASHES = /[\\/]/g;
const DROPPED = /[:?*[\]]/g;

/**
 * Each theme page's sheet name: ASB's fixed name, a priority's own name made valid
 * (slashes as hyphens, no : ? * [ ], no apostrophe at either end, at most 31 characters, cut at a
 * word where it can be) and unique, regardless of case, among `taken` and each other.
 */
export function themeSheetNames(
  themes: readonly { key: string; category: string }[],
  taken: readonly string[],
): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return themes.map((theme) => {
    const base =
      theme.key === "themeAsb"
        ? SHEET_NAMES.themeAsb
        : validName(theme.category, `Priority ${theme.key.replace(/^theme/, "")}`);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()) || name.toLowerCase() === "history"; n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function validName(text: string, fallback: string): string {
  let name = text
    .replace(SLASHES, "-")
    .replace(DROPPED, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (name.length > MAX_SHEET_NAME) {
    const cut = name.slice(0, MAX_SHEET_NAME);
    const space = cut.lastIndexOf(" ");
    name = (space >= MAX_SHEET_NAME / 2 ? cut.slice(0, space) : cut).replace(/'+$/, "").trimEnd();
  }
  return name || fallback;
}
