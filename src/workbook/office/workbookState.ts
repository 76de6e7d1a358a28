/**
 * What the adapter needs to know about a workbook before it reads or writes, in
 * one batch of loads: sheets, tables, defined names, protection and saved settings.
 *
 * Which sheets are the add-in's own. Every sheet the add-in makes gets, in the
 * batch that creates it, a hidden workbook-level defined name (a marker)
 * "StrategicAssessment_g<generation>_<key>" pointing at its A1. A defined name
 * follows its sheet through renames and turns to #REF! when the sheet is deleted.
 * The saved settings record the committed generation, the sheets' names, and the
 * generations still pending (started, not committed). So a sheet is:
 *  - the add-in's own when a marker of the committed generation points at it AND
 *    the settings list that key under the sheet's name. A sheet the user renamed
 *    to keep ("Summary 2024") is therefore the user's, and a user's own sheet that
 *    later takes the name "Summary" carries no marker and is never mistaken for ours;
 *  - a left-over of a run that was cut off when a marker of a pending generation
 *    points at it, or when it still has the temporary name "~SA tmp <generation>-<n>"
 *    of a pending generation (a cut between making a sheet and its marker leaves
 *    the name alone to tell); the next run deletes it;
 *  - otherwise the user's, whatever markers it carries (say on a sheet copied in
 *    from another workbook): those markers are removed and the sheet is left alone.
 *
 * Workbooks written before generations: markers "StrategicAssessment_<key>" count
 * as generation 0, and a sheet named "~SA tmp <n>" with a marker
 * "StrategicAssessment_tmp_<n>" is a left-over.
 */
import type { SavedSettings } from "../host";
import { sheetOfFormula } from "./a1";
import { sameName } from "./excelNames";
import {
  LEGACY_GENERATION,
  parseSavedSettings,
  readGenerations,
  SETTINGS_KEY,
  type SheetGenerations,
} from "./savedSettings";

export const MARKER_PREFIX = "StrategicAssessment_";
/** New sheets are built under these names and renamed at the swap. */
export const TEMP_SHEET_PREFIX = "~SA tmp ";
const TEMP_SHEET = /^~SA tmp (?:(\d+)-)?\d+$/;
const GENERATION_MARKER = /^StrategicAssessment_g(\d+)_(\w+)$/i;
const LEGACY_TEMP_MARKER = /^StrategicAssessment_tmp_\d+$/i;

export function markerName(generation: number, key: string): string {
  return `${MARKER_PREFIX}g${generation}_${key}`;
}

/** "~SA tmp 3-1": the first sheet built by generation 3. */
export function tempSheetName(generation: number, n: number): string {
  return `${TEMP_SHEET_PREFIX}${generation}-${n}`;
}

/** A defined name the add-in made (any name with its prefix counts). */
export interface Marker {
  name: string;
  /** The sheet it points at; null when that sheet was deleted (#REF!). */
  sheet: string | null;
  /** Null for the old scheme's temporary-sheet markers. */
  generation: number | null;
  key: string | null;
}

export interface SheetInfo {
  name: string;
  position: number;
  visible: boolean;
  protected: boolean;
  /** The add-in's sheet key ("summary"...) when the sheet is the add-in's own; null otherwise. */
  ownKey: string | null;
  /** Made by a run that was cut off before it committed. */
  leftover: boolean;
}

export interface WorkbookState {
  protected: boolean;
  sheets: SheetInfo[];
  tables: { name: string; sheet: string }[];
  definedNames: { name: string; formula: string }[];
  markers: Marker[];
  saved: SavedSettings | null;
  /** The stored settings value as read (so a failed write can put it back); undefined when there is none. */
  settingsValue: unknown;
  generations: SheetGenerations;
}

function parseMarker(name: string, formula: string): Marker | null {
  if (!name.toLowerCase().startsWith(MARKER_PREFIX.toLowerCase())) return null;
  const sheet = sheetOfFormula(formula);
  const generational = GENERATION_MARKER.exec(name);
  if (generational) return { name, sheet, generation: Number(generational[1]), key: generational[2] };
  if (LEGACY_TEMP_MARKER.test(name)) return { name, sheet, generation: null, key: null };
  return { name, sheet, generation: LEGACY_GENERATION, key: name.slice(MARKER_PREFIX.length) };
}

function classify(
  sheetName: string,
  markers: Marker[],
  saved: SavedSettings | null,
  { committed, pending }: SheetGenerations,
): Pick<SheetInfo, "ownKey" | "leftover"> {
  const marks = markers.filter((m) => m.sheet !== null && sameName(m.sheet, sheetName));
  const listed = (key: string | null) => saved?.sheets.some((s) => s.key === key && sameName(s.name, sheetName));
  const own = marks.find((m) => committed !== null && m.generation === committed && listed(m.key));
  if (own) return { ownKey: own.key, leftover: false };
  // Left by a run that never committed: by its temporary name (Excel may have stopped before the
  // marker was made) or by its marker; the old scheme's temporary markers count only with the name.
  const temporary = TEMP_SHEET.exec(sheetName);
  const uncommitted = (generation: number) => generation !== committed && pending.includes(generation);
  const leftover =
    (temporary?.[1] !== undefined && uncommitted(Number(temporary[1]))) ||
    marks.some((m) => (m.generation === null ? temporary !== null : uncommitted(m.generation)));
  return { ownKey: null, leftover };
}

/** Queues the loads; call the returned function after the next sync. */
export function requestWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("name,position,visibility,protection/protected");
  const tables = workbook.tables.load("name,worksheet/name");
  const names = workbook.names.load("name,formula");
  const protection = workbook.protection.load("protected");
  const setting = workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  return () => {
    const settingsValue = setting.isNullObject ? undefined : setting.value;
    const saved = settingsValue === undefined ? null : parseSavedSettings(settingsValue);
    const generations = settingsValue === undefined ? { committed: null, pending: [] } : readGenerations(settingsValue);
    const definedNames = names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
    const markers = definedNames.flatMap((n) => parseMarker(n.name, n.formula) ?? []);
    return {
      protected: protection.protected,
      sheets: sheets.items.map((s) => ({
        name: s.name,
        position: s.position,
        visible: s.visibility === "Visible",
        protected: s.protection.protected,
        ...classify(s.name, markers, saved, generations),
      })),
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      definedNames,
      markers,
      saved,
      settingsValue,
      generations,
    };
  };
}

export async function readWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const state = requestWorkbookState(context);
  await context.sync();
  return state();
}

/** Sheets that hold the user's data or work: neither the add-in's own nor left-overs. */
export function userSheets(state: WorkbookState): SheetInfo[] {
  return state.sheets.filter((s) => s.ownKey === null && !s.leftover);
}

/** Markers on the user's sheets (a sheet renamed to keep, or copied in): removed before anything else. */
export function strayMarkers(state: WorkbookState): Marker[] {
  const users = userSheets(state);
  return state.markers.filter((m) => m.sheet !== null && users.some((s) => sameName(s.name, m.sheet as string)));
}

/** A generation no marker or record in this workbook has used. */
export function nextGeneration(state: WorkbookState): number {
  const { committed, pending } = state.generations;
  const used = [committed ?? LEGACY_GENERATION, ...pending, ...state.markers.map((m) => m.generation ?? 0)];
  return Math.max(...used) + 1;
}
