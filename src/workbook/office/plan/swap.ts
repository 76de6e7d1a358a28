/**
 * The start and the end of a write, ordered so that a batch cut off after any of
 * its operations (Office.js applies the operations before a failure and keeps
 * them) leaves a workbook the next run reads correctly and repairs:
 *
 *  start (first build batch, before any sheet is made): the settings record this
 *    run's generation as pending. Each new sheet is then made with its marker.
 *  swap (one batch):
 *   1. markers on the user's sheets go, so no user's sheet carries one;
 *   2. left-overs of cut-off runs and the add-in's old sheets go (their markers turn #REF!);
 *   3. the add-in's old markers go (all #REF! by now);
 *   4. the new sheets and tables take their final names, and the sheets their places;
 *   5. COMMIT: the settings are written with this generation and the sheets' names;
 *   6. the first sheet is activated.
 *  Cut before 5: the new sheets are left-overs of a pending generation (deleted by
 *  the next run), and any old sheet still there is still the add-in's. Cut after 5:
 *  the new assessment is in place.
 */
import type { SavedSettings } from "../../host";
import { SETTINGS_KEY, serialiseSettings } from "../savedSettings";
import { sheetFor, type BuildScope } from "./buildScope";

/** Queued first in the first build batch. */
export function queueStart(scope: BuildScope): void {
  scope.context.workbook.settings.add(SETTINGS_KEY, scope.placement.pendingSettings);
}

export function queueSwap(scope: BuildScope, saved: SavedSettings): void {
  const { placement } = scope;
  const { worksheets, names, settings } = scope.context.workbook;
  placement.strayMarkers.forEach((name) => names.getItem(name).delete());
  [...placement.leftovers, ...placement.replaced].forEach((old) => worksheets.getItem(old.name).delete());
  placement.oldMarkers.forEach((name) => names.getItem(name).delete());
  for (const placed of placement.sheets) sheetFor(scope, placed.plan.name).name = placed.finalName;
  scope.tables.forEach(({ table, finalName }) => (table.name = finalName));
  // In ascending order, each move leaves the sheets before it where they should be.
  placement.order.forEach((name, position) => {
    const placed = placement.sheets.find((s) => s.finalName === name);
    if (placed) sheetFor(scope, placed.plan.name).position = position;
  });
  settings.add(SETTINGS_KEY, serialiseSettings(saved, placement.generation));
  sheetFor(scope, placement.sheets[0].plan.name).activate();
}
