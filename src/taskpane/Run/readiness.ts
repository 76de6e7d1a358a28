/** Why Generate cannot run yet, in the order the user should fix things; empty when ready. */
import type { AssessmentSettings } from "../../engine/assessment/settings";
import { weightsProblem } from "../Settings/matrixWeights";
import { checkTarget, hasProblems, targetsBasis } from "../Settings/targets";
import { topPlacesProblem } from "../Settings/topPlaces";

export interface ReadinessInput {
  chosenSources: number;
  areas: string[];
  areasLoading: boolean;
  settings: AssessmentSettings;
  /** The priorities (numbered from 1) with a problem against the chosen data. */
  priorityProblems?: number[];
  /** Whether the data hold LSOAs, so the top places setting is shown (and used). */
  places?: boolean;
  /** Whether a harm weights table is chosen, so the matrix can score harm. */
  harmScored?: boolean;
  /** Whether a population table is chosen: peers are compared by rate per 1,000. */
  hasPopulation?: boolean;
}

export function whatIsMissing({
  chosenSources,
  areas,
  areasLoading,
  settings,
  priorityProblems = [],
  places = false,
  harmScored = false,
  hasPopulation = false,
}: ReadinessInput): string[] {
  const missing: string[] = [];
  if (chosenSources === 0) missing.push("Choose at least one extract under Data.");
  else if (areasLoading) missing.push("Wait while the districts in the chosen data are found.");
  else if (!settings.area) missing.push("Choose the area under Settings.");
  else if (!areas.includes(settings.area)) missing.push(`Choose an area that is in the chosen data.`);
  const badTargets = settings.targets
    .map((t, i) => (hasProblems(checkTarget(t, targetsBasis(settings.basis))) ? i + 1 : null))
    .filter((n): n is number => n !== null);
  if (priorityProblems.length) missing.push(`Fix priority ${priorityProblems.join(", ")} under Settings.`);
  if (badTargets.length) missing.push(`Fix target ${badTargets.join(", ")} under Settings.`);
  if (places && topPlacesProblem(settings.hotspotCount)) missing.push("Fix the top places to list under Settings.");
  // As the CLI's --peers: a group with no population has nothing to compare, so say so before running.
  if ((settings.peers ?? []).length > 0 && !hasPopulation) {
    missing.push("Choose a population table under Settings to compare with the peers, or clear the peers.");
  }
  if (weightsProblem(settings.matrixWeights, harmScored)) {
    missing.push("Fix the priority matrix weights under Settings.");
  }
  return missing;
}
