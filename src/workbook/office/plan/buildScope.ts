/** What the queued write steps share while the new sheets are being built. */
import type { RangeRef } from "../../../report/plan";
import type { Placement } from "./placement";

export interface BuildScope {
  context: Excel.RequestContext;
  placement: Placement;
  supportsExcelApi(version: string): boolean;
  /** The temporary sheet being built for a plan sheet, by the plan's sheet name. */
  sheets: Map<string, Excel.Worksheet>;
  /** Tables added so far, to be given their final names at the swap. */
  tables: { table: Excel.Table; finalName: string }[];
}

export function sheetFor(scope: BuildScope, planSheetName: string): Excel.Worksheet {
  const sheet = scope.sheets.get(planSheetName);
  if (!sheet) throw new Error(`No sheet was built for "${planSheetName}".`);
  return sheet;
}

export function rangeOf(scope: BuildScope, ref: RangeRef): Excel.Range {
  return sheetFor(scope, ref.sheet).getRangeByIndexes(
    ref.firstRow,
    ref.firstCol,
    ref.lastRow - ref.firstRow + 1,
    ref.lastCol - ref.firstCol + 1,
  );
}

/** Queues writes against the scope; `bytes` estimates the request payload they add. */
export interface WriteStep {
  bytes: number;
  queue(scope: BuildScope): void;
}

/** Fixed cost of a step's commands besides its cell data (object paths, names, options). */
export const STEP_OVERHEAD_BYTES = 1_000;
