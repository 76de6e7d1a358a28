/**
 * Undoing a write that stopped before its swap: the sheets and markers it made go
 * (sheets first, so no sheet of this run is ever left without its marker) and the
 * settings are put back as they were. If this too is cut off, the next run still
 * recognises the run's sheets as left-overs: their generation is recorded as pending.
 */
import { sameName } from "../excelNames";
import type { OfficeRuntime } from "../runtime";
import { SETTINGS_KEY } from "../savedSettings";
import type { Placement } from "./placement";

export async function removeTemporarySheets(runtime: OfficeRuntime, placement: Placement): Promise<void> {
  await runtime.run(async (context) => {
    const { worksheets, names, settings } = context.workbook;
    const sheets = worksheets.load("name");
    const defined = names.load("name");
    const setting = settings.getItemOrNullObject(SETTINGS_KEY).load("key");
    await context.sync();
    // The build batches never rename, and the temporary names were free before the run.
    const ours = (name: string) => placement.sheets.some((s) => sameName(s.tempName, name));
    sheets.items.filter((sheet) => ours(sheet.name)).forEach((sheet) => sheet.delete());
    const markers = placement.sheets.map((s) => s.marker);
    defined.items.filter((n) => markers.some((m) => sameName(m, n.name))).forEach((n) => n.delete());
    if (placement.previousSettings !== undefined) settings.add(SETTINGS_KEY, placement.previousSettings);
    else if (!setting.isNullObject) setting.delete();
    await context.sync();
  });
}
