/** Why Generate cannot run yet, in the order the user should fix things; empty when ready. */
import type { AssessmentSettings } from "../../engine/assessment/settings";
import { checkTarget, hasProblems, targetsBasis } from "../Settings/targets";

export interface ReadinessInput {
  chosenSources: number;
  areas: string[];
  areasLoading: boolean;
  settings: AssessmentSettings;
  /** The priorities (numbered from 1) with a problem against the chosen data. */
  priorityProblems?: number[];
}

export function whatIsMissing({
  chosenSources,
  areas,
  areasLoading,
  settings,
  priorityProblems = [],
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
  return missing;
}
