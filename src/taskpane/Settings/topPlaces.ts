/** The number of top places (LSOAs) to list, checked by the engine's own check (hotspotCount). */
import { DEFAULT_HOTSPOT_COUNT, hotspotCount, MAX_HOTSPOT_COUNT } from "../../engine/assessment/places";

export { DEFAULT_HOTSPOT_COUNT, MAX_HOTSPOT_COUNT };

/** Why the number cannot be used, or undefined when it can (unset takes the default). */
export function topPlacesProblem(value: number | undefined): string | undefined {
  try {
    hotspotCount(value);
    return undefined;
  } catch {
    // The engine's message quotes the value ("NaN is not..."); while typing, plain advice reads better.
    return `Give a whole number from 1 to ${MAX_HOTSPOT_COUNT}.`;
  }
}
