/** The peers picker's rules: when it is offered, what it offers, and which saved peers the data no longer hold. */
import type { DataDescription } from "../../engine/assessment/dataDescription";
import { foldPlaceName } from "../../engine/lookups/placeNames";
import type { DiscoveredSource } from "../../workbook/host";

/**
 * Peers are offered when the data can hold a most similar group: a Home Office table
 * (it lists partnerships across England and Wales) or data from more than one force.
 * One force's data hold only the region, which the assessment already compares with.
 * Peers saved earlier are always shown, so they can be seen and removed.
 */
export function peersOffered(
  data: Pick<DataDescription, "formats"> | null,
  chosen: readonly Pick<DiscoveredSource, "forces">[],
  peers: readonly string[],
): boolean {
  if (peers.length > 0) return true;
  if (data?.formats.includes("home-office-csp")) return true;
  return new Set(chosen.flatMap((s) => s.forces)).size > 1;
}

/** The areas a peer can be: those the data hold, less the focus area. */
export function peerChoices(areas: readonly string[], area: string): string[] {
  const focus = foldPlaceName(area);
  return areas.filter((a) => foldPlaceName(a) !== focus);
}

/** Peers the data do not hold (matched as the engine matches place names: case, "St." and "&" aside). */
export function peersNotInData(peers: readonly string[], areas: readonly string[]): string[] {
  const held = new Set(areas.map(foldPlaceName));
  return peers.filter((p) => !held.has(foldPlaceName(p)));
}
