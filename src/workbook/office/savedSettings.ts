/**
 * Settings saved in the workbook (workbook.settings, ExcelApi 1.4) so that a
 * refresh next year repeats the same choices. Stored as JSON text under one key.
 */
import type { SavedSettings } from "../host";

export const SETTINGS_KEY = "strategicAssessment";

export function serialiseSettings(saved: SavedSettings): string {
  return JSON.stringify(saved);
}

/** Null for anything that is not version-1 saved settings (absent, damaged or from a future version). */
export function parseSavedSettings(value: unknown): SavedSettings | null {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const saved = parsed as Partial<SavedSettings> | null;
  if (!saved || saved.version !== 1 || !Array.isArray(saved.sourceIds) || !Array.isArray(saved.sheets)) return null;
  if (typeof saved.settings !== "object" || saved.settings === null) return null;
  const { populationSourceId, ...rest } = saved;
  return {
    ...rest,
    mappings: saved.mappings ?? {},
    ...(typeof populationSourceId === "string" && populationSourceId && { populationSourceId }),
  } as SavedSettings;
}
