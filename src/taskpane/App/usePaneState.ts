/**
 * The pane's state: the sources the host found, which are chosen, column mappings (and
 * those saved by name), the settings, and what the chosen data holds (areas, categories,
 * flags...). Loads saved settings so a refresh repeats them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DataDescription } from "../../engine/assessment/dataDescription";
import { defaultSettings, type AssessmentSettings } from "../../engine/assessment/settings";
import type { ColumnMapping, SavedMapping } from "../../engine/extracts/types";
import type { AssessmentHost, DiscoveredSource, SavedSettings } from "../../workbook/host";

export interface PaneState {
  loading: boolean;
  sources: DiscoveredSource[];
  selectedIds: string[];
  mappings: Record<string, ColumnMapping>;
  /** Column mappings saved by name, offered again for tables with their columns. */
  savedMappings: SavedMapping[];
  settings: AssessmentSettings;
  /** The source chosen as the population table, or null for none. */
  populationSourceId: string | null;
  /** The source chosen as the harm weights table, or null for none. */
  weightsSourceId: string | null;
  /** Sources to count even when they look like a copy of another. */
  keepSourceIds: string[];
  areas: string[];
  areasLoading: boolean;
  /**
   * What the chosen data holds, for the priorities editor; null when nothing is chosen.
   * While a new choice is read (areasLoading) it still describes the last one.
   */
  data: DataDescription | null;
  saved: SavedSettings | null;
  error: unknown;
}

export interface PaneActions {
  setSelected(id: string, chosen: boolean): void;
  setKept(id: string, kept: boolean): void;
  /** Maps a table's columns; with a name, the mapping is also saved under it (replacing one of that name). */
  setMapping(id: string, mapping: ColumnMapping, name?: string): void;
  setSettings(settings: AssessmentSettings): void;
  setPopulationSource(sourceId: string | null): void;
  setWeightsSource(sourceId: string | null): void;
  setError(error: unknown): void;
  /** Look again (after a file is opened, or the user pastes an extract). */
  rediscover(): Promise<void>;
}

/** A source can be chosen when it is a recognised extract or the user has mapped its columns. */
export function isUsable(source: DiscoveredSource, mappings: Record<string, ColumnMapping>): boolean {
  return source.format !== null || Boolean(mappings[source.id]);
}

/** The saved mappings with `mapping` under `name`, in place of any of that name (in any case). */
export function withSavedMapping(saved: SavedMapping[], name: string, mapping: ColumnMapping): SavedMapping[] {
  const key = name.trim().toLowerCase();
  const index = saved.findIndex((m) => m.name.trim().toLowerCase() === key);
  const entry = { name: name.trim(), mapping };
  return index < 0 ? [...saved, entry] : saved.map((m, i) => (i === index ? entry : m));
}

export function usePaneState(host: AssessmentHost): [PaneState, PaneActions] {
  const [loading, setLoading] = useState(true);
  const [sources, setSources] = useState<DiscoveredSource[]>([]);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [mappings, setMappings] = useState<Record<string, ColumnMapping>>({});
  const [savedMappings, setSavedMappings] = useState<SavedMapping[]>([]);
  const [settings, setSettings] = useState<AssessmentSettings>(() => defaultSettings(""));
  const [populationSourceId, setPopulationSource] = useState<string | null>(null);
  const [weightsSourceId, setWeightsSource] = useState<string | null>(null);
  const [keepSourceIds, setKeepSourceIds] = useState<string[]>([]);
  const [saved, setSaved] = useState<SavedSettings | null>(null);
  const [data, setData] = useState<DataDescription | null>(null);
  const [areasLoading, setAreasLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const known = useRef<string[]>([]);
  const discover = useCallback(
    async (savedSettings: SavedSettings | null) => {
      setLoading(true);
      try {
        const found = await host.discover();
        // Newly found extracts are chosen at once; a saved refresh repeats its own choice.
        const fresh = found.filter((s) => s.format !== null && !known.current.includes(s.id)).map((s) => s.id);
        known.current = found.map((s) => s.id);
        setSources(found);
        setSelectedIds((previous) => {
          const wanted = savedSettings?.sourceIds ?? previous;
          const kept = wanted.filter((id) => found.some((s) => s.id === id));
          const added = savedSettings && kept.length ? [] : fresh.filter((id) => !kept.includes(id));
          return [...kept, ...added];
        });
      } catch (caught) {
        setError(caught);
      } finally {
        setLoading(false);
      }
    },
    [host],
  );

  useEffect(() => {
    let live = true;
    (async () => {
      let savedSettings: SavedSettings | null = null;
      try {
        savedSettings = await host.loadSavedSettings();
      } catch (caught) {
        if (live) setError(caught);
      }
      if (!live) return;
      if (savedSettings) {
        setSaved(savedSettings);
        setSettings(savedSettings.settings);
        setMappings(savedSettings.mappings);
        setSavedMappings(savedSettings.savedMappings ?? []);
        setPopulationSource(savedSettings.populationSourceId ?? null);
        setWeightsSource(savedSettings.weightsSourceId ?? null);
        setKeepSourceIds(savedSettings.keepSourceIds ?? []);
      }
      await discover(savedSettings);
    })();
    return () => {
      live = false;
    };
  }, [host, discover]);

  // What the data holds (the areas on offer...) follows the chosen sources, their mappings and which copies are kept.
  const keptChosen = selectedIds.filter((id) => keepSourceIds.includes(id));
  const selectionKey = JSON.stringify([selectedIds, selectedIds.map((id) => mappings[id] ?? null), keptChosen]);
  useEffect(() => {
    if (selectedIds.length === 0) {
      setData(null);
      return;
    }
    let live = true;
    setAreasLoading(true);
    const chosenMappings = Object.fromEntries(selectedIds.filter((id) => mappings[id]).map((id) => [id, mappings[id]]));
    // Kept copies are passed only when there are some, so hosts and fakes see the plain call otherwise.
    const describing = keptChosen.length
      ? host.describeData(selectedIds, chosenMappings, keptChosen)
      : host.describeData(selectedIds, chosenMappings);
    describing
      .then((found) => live && setData(found))
      .catch((caught) => live && setError(caught))
      .finally(() => live && setAreasLoading(false));
    return () => {
      live = false;
    };
    // selectionKey stands for selectedIds, keptChosen and the mappings that matter.
  }, [host, selectionKey]);

  const actions = useMemo<PaneActions>(
    () => ({
      setSelected: (id, chosen) =>
        setSelectedIds((ids) => (chosen ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((i) => i !== id))),
      setMapping: (id, mapping, name) => {
        setMappings((m) => ({ ...m, [id]: mapping }));
        if (name?.trim()) setSavedMappings((saved) => withSavedMapping(saved, name, mapping));
        setSelectedIds((ids) => (ids.includes(id) ? ids : [...ids, id]));
      },
      setKept: (id, kept) =>
        setKeepSourceIds((ids) => (kept ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((i) => i !== id))),
      setSettings,
      setPopulationSource,
      setWeightsSource,
      setError,
      rediscover: () => discover(null),
    }),
    [discover],
  );

  return [
    {
      loading,
      sources,
      selectedIds,
      mappings,
      savedMappings,
      settings,
      populationSourceId,
      weightsSourceId,
      keepSourceIds,
      areas: data?.areas ?? [],
      areasLoading,
      data,
      saved,
      error,
    },
    actions,
  ];
}
