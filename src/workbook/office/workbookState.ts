/**
 * What the adapter needs to know about a workbook before it reads or writes, in
 * one batch of loads: sheets, tables, defined names, protection and saved settings.
 *
 * Which sheets are the add-in's own: a sheet counts only when BOTH
 *  - the saved settings list it by name (with its key), and
 *  - a hidden workbook-level defined name "StrategicAssessment_<key>" points at it.
 * The defined name follows the sheet if it is renamed and turns to #REF! if it is
 * deleted, so a user's own sheet that later takes the same name is never mistaken
 * for ours, and a sheet the user renamed to keep (e.g. "Summary 2024") is left alone.
 */
import type { SavedSettings } from "../host";
import { sheetOfFormula } from "./a1";
import { sameName } from "./excelNames";
import { parseSavedSettings, SETTINGS_KEY } from "./savedSettings";

export const MARKER_PREFIX = "StrategicAssessment_";
/**
 * New sheets are built under these names and swapped in at the end. Each also gets
 * a marker "StrategicAssessment_tmp_<n>", so that a left-over from a run that was
 * cut off (Excel closed mid-run) is recognised by name AND marker, never by name alone.
 */
export const TEMP_SHEET_PREFIX = "~SA tmp ";
const TEMP_SHEET = /^~SA tmp \d+$/;
const TEMP_MARKER = /^StrategicAssessment_tmp_\d+$/i;

export function tempMarkerName(n: number): string {
  return `${MARKER_PREFIX}tmp_${n}`;
}

export interface SheetInfo {
  name: string;
  position: number;
  visible: boolean;
  protected: boolean;
  /** The add-in's sheet key ("summary"...) when the sheet is the add-in's own; null for the user's sheets. */
  ownKey: string | null;
  /** Left over from a run that stopped before its swap. */
  temporary: boolean;
}

export interface WorkbookState {
  protected: boolean;
  sheets: SheetInfo[];
  tables: { name: string; sheet: string }[];
  definedNames: { name: string; formula: string }[];
  saved: SavedSettings | null;
}

export function markerName(key: string): string {
  return `${MARKER_PREFIX}${key}`;
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
    const saved = setting.isNullObject ? null : parseSavedSettings(setting.value);
    const definedNames = names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
    const markedSheet = (key: string) =>
      sheetOfFormula(definedNames.find((n) => sameName(n.name, markerName(key)))?.formula);
    const ownKeyOf = (sheetName: string) => {
      const listed = saved?.sheets.find((s) => sameName(s.name, sheetName));
      const marked = listed && markedSheet(listed.key);
      return listed && marked && sameName(marked, sheetName) ? listed.key : null;
    };
    const isTemporary = (sheetName: string) =>
      TEMP_SHEET.test(sheetName) &&
      definedNames.some((n) => TEMP_MARKER.test(n.name) && sameName(sheetOfFormula(n.formula) ?? "", sheetName));
    return {
      protected: protection.protected,
      sheets: sheets.items.map((s) => ({
        name: s.name,
        position: s.position,
        visible: s.visibility === "Visible",
        protected: s.protection.protected,
        ownKey: ownKeyOf(s.name),
        temporary: isTemporary(s.name),
      })),
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      definedNames,
      saved,
    };
  };
}

export async function readWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const state = requestWorkbookState(context);
  await context.sync();
  return state();
}

/** The add-in's markers (its own and temporary ones), deleted and re-made at each swap. */
export function markerNames(state: WorkbookState): string[] {
  return state.definedNames
    .map((n) => n.name)
    .filter((name) => name.toLowerCase().startsWith(MARKER_PREFIX.toLowerCase()));
}

/** Sheets that hold the user's data or work: neither the add-in's own nor left-over temporary ones. */
export function userSheets(state: WorkbookState): SheetInfo[] {
  return state.sheets.filter((s) => s.ownKey === null && !s.temporary);
}
