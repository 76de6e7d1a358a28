/** Undoing a write that stopped before its swap: only the temporary sheets and markers it made go. */
import { sameName } from "../excelNames";
import type { OfficeRuntime } from "../runtime";
import type { Placement } from "./placement";

export async function removeTemporarySheets(runtime: OfficeRuntime, placement: Placement): Promise<void> {
  await runtime.run(async (context) => {
    const sheets = context.workbook.worksheets.load("name");
    const names = context.workbook.names.load("name");
    await context.sync();
    const made = <T extends { name: string }>(list: T[], ours: string[]) =>
      list.filter((item) => ours.some((name) => sameName(name, item.name)));
    made(
      sheets.items,
      placement.sheets.map((s) => s.tempName),
    ).forEach((sheet) => sheet.delete());
    made(
      names.items,
      placement.sheets.map((s) => s.tempMarker),
    ).forEach((name) => name.delete());
    await context.sync();
  });
}
