/**
 * The swap, in one batch: the add-in's old sheets go, the new ones take their names
 * and places, tables take their final names, the ownership markers are remade and
 * the settings saved. Until this batch runs, the workbook shows no change but the
 * temporary sheets.
 */
import type { SavedSettings } from "../../host";
import { SETTINGS_KEY, serialiseSettings } from "../savedSettings";
import { markerName } from "../workbookState";
import { sheetFor, type BuildScope } from "./buildScope";

export function queueSwap(scope: BuildScope, saved: SavedSettings): void {
  const { placement } = scope;
  const { worksheets, names, settings } = scope.context.workbook;
  placement.replaced.forEach((old) => worksheets.getItem(old.name).delete());
  [...placement.oldMarkers, ...placement.sheets.map((s) => s.tempMarker)].forEach((name) =>
    names.getItem(name).delete(),
  );
  for (const placed of placement.sheets) sheetFor(scope, placed.plan.name).name = placed.finalName;
  scope.tables.forEach(({ table, finalName }) => (table.name = finalName));
  // In ascending order, each move leaves the sheets before it where they should be.
  placement.order.forEach((name, position) => {
    const placed = placement.sheets.find((s) => s.finalName === name);
    if (placed) sheetFor(scope, placed.plan.name).position = position;
  });
  for (const placed of placement.sheets) {
    names.add(markerName(placed.plan.key), sheetFor(scope, placed.plan.name).getRange("A1")).visible = false;
  }
  settings.add(SETTINGS_KEY, serialiseSettings(saved));
  sheetFor(scope, placement.sheets[0].plan.name).activate();
}
