/**
 * Writing a report plan into the open workbook with Office.js.
 *
 * Syncs: one to inspect the workbook, one per batch of writes (each batch well
 * under Excel's 5 MB request limit; a typical assessment is one batch), and one
 * for the swap - at most MAX_WRITE_SYNCS whatever the number of sheets, tables
 * or charts. Nothing the user sees changes until the swap: a failure or a cancel
 * before it removes the temporary sheets and leaves the workbook as it was. The
 * swap is ordered so that wherever Excel stops in it, the next run repairs the
 * workbook (see swap.ts).
 */
import { AssessmentError, isAssessmentError } from "../../../engine/errors";
import type { ReportPlan, SheetKey } from "../../../report/plan";
import type { SavedSettings } from "../../host";
import { errorCode, throwIfCancelled, type OfficeRuntime } from "../runtime";
import { readWorkbookState } from "../workbookState";
import type { BuildScope } from "./buildScope";
import { placePlan, type NameClashPolicy, type Placement } from "./placement";
import { batchSteps, planSteps } from "./planSteps";
import { removeTemporarySheets } from "./rollback";
import { queueStart, queueSwap } from "./swap";
import { validatePlan } from "./validatePlan";

export const MAX_WRITE_SYNCS = 15;
/** Estimated request bytes per batch: half of Excel's 5 MB, as the estimate is rough. */
export const BATCH_BYTES = 2_500_000;

export interface WriteOptions {
  signal?: AbortSignal;
  /** 0 to 1 across the write. */
  onProgress?: (fraction: number, message: string) => void;
  nameClash?: NameClashPolicy;
  /**
   * Saved at the swap with the sheets' final names (so a failed run keeps the old
   * settings). The list of sheets is half of how the add-in knows its own sheets.
   */
  settings: Omit<SavedSettings, "sheets">;
}

export interface WriteResult {
  sheets: { key: SheetKey; name: string }[];
}

function excelError(error: unknown, swapping: boolean): unknown {
  if (isAssessmentError(error) || errorCode(error) === undefined) return error;
  const detail = `Excel reported ${errorCode(error)}: ${(error as Error).message}`;
  return swapping
    ? new AssessmentError(
        `Excel stopped while the new assessment sheets were being swapped in (${detail}).`,
        "Run the assessment again: it removes what this run left half-done and rebuilds its own sheets. Your own sheets were not changed.",
      )
    : new AssessmentError(
        `Excel could not write the assessment, so the workbook was left as it was (${detail}).`,
        "Try again; if it keeps failing, save the workbook, reopen it and try once more.",
      );
}

function tooLarge(batches: number): AssessmentError {
  return new AssessmentError(
    `The assessment is too large to write in one go (${batches} batches of cells).`,
    "Choose fewer sources or a shorter period, or use the command line, which writes a file of any size.",
  );
}

export async function writeReportPlan(
  runtime: OfficeRuntime,
  plan: ReportPlan,
  options: WriteOptions,
): Promise<WriteResult> {
  const { signal, onProgress = () => undefined } = options;
  validatePlan(plan);
  throwIfCancelled(signal);
  let placement: Placement | null = null;
  let built = false;
  let swapping = false;
  try {
    return await runtime.run(async (context) => {
      const state = await readWorkbookState(context);
      const placed = (placement = placePlan(plan, state, options.nameClash));
      const batches = batchSteps(planSteps(placed), BATCH_BYTES);
      if (batches.length + 2 > MAX_WRITE_SYNCS) throw tooLarge(batches.length);
      const scope: BuildScope = {
        context,
        placement: placed,
        supportsExcelApi: runtime.supportsExcelApi,
        sheets: new Map(),
        tables: [],
      };
      for (const [index, batch] of batches.entries()) {
        throwIfCancelled(signal);
        context.workbook.application.suspendApiCalculationUntilNextSync();
        if (index === 0) queueStart(scope);
        batch.forEach((step) => step.queue(scope));
        built = true;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each batch is one request under the 5 MB limit
        await context.sync();
        onProgress((index + 1) / (batches.length + 1), `Wrote part ${index + 1} of ${batches.length}`);
      }
      throwIfCancelled(signal);
      const sheets = placed.sheets.map((s) => ({ key: s.plan.key, name: s.finalName }));
      swapping = true;
      queueSwap(scope, { ...options.settings, sheets });
      await context.sync();
      onProgress(1, "Assessment sheets in place");
      return { sheets };
    });
  } catch (error) {
    if (placement && built && !swapping) {
      // The original error is what the user needs to see; a failed tidy-up is picked up by the next run.
      await removeTemporarySheets(runtime, placement).catch(() => undefined);
    }
    throw excelError(error, swapping);
  }
}
