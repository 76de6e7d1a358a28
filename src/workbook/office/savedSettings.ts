/**
 * Settings saved in the workbook (workbook.settings, ExcelApi 1.4) so that a
 * refresh next year repeats the same choices. Stored as JSON text under one key.
 *
 * Beside the user's choices the same value holds the add-in's bookkeeping of its
 * sheets (see workbookState.ts):
 *  - `generation`: the run whose sheets are the assessment. Writing the settings
 *    with a new generation is the single commit point of a refresh. Settings saved
 *    before generations existed have none and count as generation 0.
 *  - `pending`: runs that started building sheets and have not (yet) committed.
 *    A sheet marked with one of these is a left-over of a run that was cut off.
 */
import type { SavedMapping } from "../../engine/extracts/types";
import type { SavedSettings } from "../host";

export const SETTINGS_KEY = "strategicAssessment";

/** The generation of workbooks saved before generations existed. */
export const LEGACY_GENERATION = 0;

export interface SheetGenerations {
  committed: number | null;
  pending: number[];
}

type StoredSettings = SavedSettings & { generation: number; pending?: number[] };

/** The value of the commit: the run's settings and sheets, its generation, nothing pending. */
export function serialiseSettings(saved: SavedSettings, generation: number): string {
  const stored: StoredSettings = { ...saved, generation };
  return JSON.stringify(stored);
}

function parsedObject(value: unknown): Record<string, unknown> | null {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}

/** Null for anything that is not version-1 saved settings (absent, damaged or from a future version). */
export function parseSavedSettings(value: unknown): SavedSettings | null {
  const saved = parsedObject(value) as Partial<StoredSettings> | null;
  if (!saved || saved.version !== 1 || !Array.isArray(saved.sourceIds) || !Array.isArray(saved.sheets)) return null;
  if (typeof saved.settings !== "object" || saved.settings === null) return null;
  // The bookkeeping is the adapter's own, not part of what the pane shows or saves.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { populationSourceId, weightsSourceId, keepSourceIds, savedMappings, generation, pending, ...rest } = saved;
  const kept = Array.isArray(keepSourceIds) ? keepSourceIds.filter((id) => typeof id === "string" && id) : [];
  const named = Array.isArray(savedMappings) ? savedMappings.filter(isSavedMapping) : [];
  return {
    ...rest,
    mappings: saved.mappings ?? {},
    ...(typeof populationSourceId === "string" && populationSourceId && { populationSourceId }),
    ...(typeof weightsSourceId === "string" && weightsSourceId && { weightsSourceId }),
    ...(kept.length > 0 && { keepSourceIds: kept }),
    ...(named.length > 0 && { savedMappings: named }),
  } as SavedSettings;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const allText = (values: unknown[]) => values.every((v) => typeof v === "string");

/** A named mapping with the columns every mapping needs, all text (a damaged entry is dropped, not offered). */
function isSavedMapping(value: unknown): value is SavedMapping {
  const entry = asRecord(value);
  const mapping = asRecord(entry?.mapping);
  if (typeof entry?.name !== "string" || !entry.name.trim() || !mapping) return false;
  const { flags, ...columns } = mapping;
  const flagColumns = flags === undefined ? {} : asRecord(flags);
  const dated = "date" in columns || ("year" in columns && "month" in columns);
  return (
    "area" in columns &&
    "category" in columns &&
    dated &&
    allText(Object.values(columns)) &&
    flagColumns !== null &&
    allText(Object.values(flagColumns))
  );
}

const isGeneration = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * Which generations the stored value records. Committed is null when no run has
 * committed, or when the value cannot be read (then no sheet is taken for the add-in's).
 */
export function readGenerations(value: unknown): SheetGenerations {
  const stored = parsedObject(value);
  const pending = Array.isArray(stored?.pending) ? stored.pending.filter(isGeneration) : [];
  if (!parseSavedSettings(value)) return { committed: null, pending };
  return { committed: isGeneration(stored?.generation) ? stored.generation : LEGACY_GENERATION, pending };
}

/**
 * The value written before a run builds any sheet: the stored value as it was, with
 * the run's generation added to `pending`. Unreadable values are kept aside only in
 * the rollback (they mean nothing to this version).
 */
export function withPending(value: unknown, generation: number): string {
  const stored = parsedObject(value) ?? {};
  const { pending } = readGenerations(value);
  return JSON.stringify({ ...stored, pending: [...pending, generation] });
}
