/**
 * The Settings panel: area, period basis, region total, population and harm weights tables,
 * peers, top places, polarity, priorities, the priority matrix's weights and targets.
 */
import { Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { DataDescription } from "../../engine/assessment/dataDescription";
import type { AssessmentSettings, BasisChoice } from "../../engine/assessment/settings";
import type { BasisDecision } from "../../engine/measures/basis";
import type { DiscoveredSource } from "../../workbook/host";
import { Busy } from "../App/Busy";
import { Disclosure } from "../App/Disclosure";
import { Section } from "../App/Section";
import { AreaPicker } from "./AreaPicker";
import { explainBasis } from "./basisExplanation";
import { categoriesWith } from "./categories";
import { MatrixWeightsEditor } from "./MatrixWeightsEditor";
import { NumberField } from "./NumberField";
import { PolarityEditor } from "./PolarityEditor";
import { POPULATION_TABLE, TablePicker, WEIGHTS_TABLE } from "./TablePicker";
import { followRenames, targetsBasis } from "./targets";
import { TargetsEditor } from "./TargetsEditor";
import { DEFAULT_HOTSPOT_COUNT, MAX_HOTSPOT_COUNT, topPlacesProblem } from "./topPlaces";

// The peers picker's popup positioning is loaded after the first paint too.
const PeersPicker = lazy(() =>
  import(/* webpackChunkName: "peers" */ "./PeersPicker").then((m) => ({ default: m.PeersPicker })),
);

// The editor checks priorities with the engine's own checks: loaded after the first paint.
const PrioritiesEditor = lazy(() =>
  import(/* webpackChunkName: "priorities" */ "./PrioritiesEditor").then((m) => ({ default: m.PrioritiesEditor })),
);

const BASES: { value: BasisChoice; label: string }[] = [
  { value: "auto", label: "Automatic (the basis that compares the most months)" },
  { value: "financial", label: "Financial year (April to March)" },
  { value: "calendar", label: "Calendar year" },
  { value: "rolling12", label: "Rolling 12 months" },
];

export interface SettingsPanelProps {
  settings: AssessmentSettings;
  areas: string[];
  areasLoading: boolean;
  /** Categories for polarity; targets may also name a priority. */
  categories: string[];
  /** What the chosen data holds (for the priorities' rules); null while none is chosen. */
  data: DataDescription | null;
  latestMonth: string | null;
  disabled: boolean;
  onChange(settings: AssessmentSettings): void;
  /** Sources that look like a population table; the picker shows only when there is one. */
  populationSources: DiscoveredSource[];
  populationSourceId: string | null;
  onPopulationChange(sourceId: string | null): void;
  /** Sources that look like a harm weights table; the picker shows only when there is one. */
  weightsSources: DiscoveredSource[];
  weightsSourceId: string | null;
  onWeightsChange(sourceId: string | null): void;
  /** Whether the data can hold a most similar group (peersOffered). */
  offerPeers: boolean;
  /** The basis the last run used and the months each compares, to explain "Automatic". */
  lastBasis: BasisDecision | null;
}

export function SettingsPanel({
  settings,
  areas,
  areasLoading,
  categories,
  data,
  latestMonth,
  disabled,
  onChange,
  populationSources,
  populationSourceId,
  onPopulationChange,
  weightsSources,
  weightsSourceId,
  onWeightsChange,
  offerPeers,
  lastBasis,
}: SettingsPanelProps) {
  const update = (changes: Partial<AssessmentSettings>) => onChange({ ...settings, ...changes });
  const priorities = settings.priorities ?? [];
  const targetCategories = categoriesWith(
    categories,
    [],
    priorities.map((p) => p.name),
  );
  return (
    <Section title="Settings">
      <AreaPicker
        area={settings.area}
        areas={areas}
        loading={areasLoading}
        disabled={disabled}
        onChange={(area) => update({ area })}
      />
      <Field label="Period basis" hint={explainBasis(settings.basis, lastBasis) ?? undefined}>
        <RadioGroup
          value={settings.basis}
          disabled={disabled}
          onChange={(_, data) => update({ basis: data.value as BasisChoice })}
        >
          {BASES.map((b) => (
            <Radio key={b.value} value={b.value} label={b.label} />
          ))}
        </RadioGroup>
      </Field>
      <Checkbox
        label="Count out-of-area districts in the region total"
        checked={settings.region.includeOutOfArea}
        disabled={disabled}
        onChange={(_, data) => update({ region: { ...settings.region, includeOutOfArea: data.checked === true } })}
      />
      {populationSources.length > 0 && (
        <TablePicker
          {...POPULATION_TABLE}
          sources={populationSources}
          sourceId={populationSourceId}
          disabled={disabled}
          onChange={onPopulationChange}
        />
      )}
      {weightsSources.length > 0 && (
        <TablePicker
          {...WEIGHTS_TABLE}
          sources={weightsSources}
          sourceId={weightsSourceId}
          disabled={disabled}
          onChange={onWeightsChange}
        />
      )}
      {offerPeers && (
        <Suspense fallback={<Busy label="Loading the peers…" />}>
          <PeersPicker
            peers={settings.peers ?? []}
            areas={areas}
            area={settings.area}
            hasPopulation={populationSourceId !== null}
            disabled={disabled}
            onChange={(peers) => update({ peers })}
          />
        </Suspense>
      )}
      {data?.places && (
        <NumberField
          label="Top places to list"
          hint={`How many LSOAs each Places list names: 1 to ${MAX_HOTSPOT_COUNT}.`}
          value={settings.hotspotCount ?? DEFAULT_HOTSPOT_COUNT}
          validationMessage={topPlacesProblem(settings.hotspotCount)}
          disabled={disabled}
          onChange={(hotspotCount) => update({ hotspotCount })}
        />
      )}
      <Disclosure summary="Which way is good">
        <PolarityEditor
          categories={categories}
          polarity={settings.polarity}
          disabled={disabled}
          onChange={(polarity) => update({ polarity })}
        />
      </Disclosure>
      <Suspense fallback={<Busy label="Loading the priorities…" />}>
        <PrioritiesEditor
          priorities={priorities}
          data={data}
          disabled={disabled}
          onChange={(next) => update({ priorities: next, targets: followRenames(priorities, next, settings.targets) })}
        />
      </Suspense>
      <Disclosure summary="Priority matrix">
        <MatrixWeightsEditor
          weights={settings.matrixWeights}
          harmScored={weightsSourceId !== null}
          againstPeers={(settings.peers ?? []).length > 0}
          disabled={disabled}
          onChange={(matrixWeights) => update({ matrixWeights })}
        />
      </Disclosure>
      <TargetsEditor
        targets={settings.targets}
        basis={targetsBasis(settings.basis)}
        categories={targetCategories}
        latestMonth={latestMonth}
        disabled={disabled}
        onChange={(targets) => update({ targets })}
      />
    </Section>
  );
}
