/**
 * The parts of the Office runtime the adapter uses. They are passed in, so tests
 * run the adapter against the fake Excel in test/fakeExcel and no module here
 * touches the Office globals except officeRuntime().
 */
import { AssessmentError } from "../../engine/errors";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRun = <T>(batch: ExcelBatch<T>) => Promise<T>;

export interface OfficeRuntime {
  /** Excel.run */
  run: ExcelRun;
  /** Office.context.requirements.isSetSupported("ExcelApi", version): for calls newer than the manifest's 1.7. */
  supportsExcelApi(version: string): boolean;
  /** Gives the task pane a turn to repaint between chunks. */
  yieldToUi(): Promise<void>;
}

export function officeRuntime(): OfficeRuntime {
  return {
    run: (batch) => Excel.run(batch),
    supportsExcelApi: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    yieldToUi: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
}

/** The code of an Office.js error (OfficeExtension.Error), if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Errors that mean "ask for less": Excel reports oversized requests and responses
 * with these codes, and some hosts report a read that is too big as a GeneralException.
 */
export function isPayloadError(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "GeneralException"
  );
}

export function cancelledError(): AssessmentError {
  return new AssessmentError(
    "The assessment was cancelled and the workbook was left as it was.",
    "Press Generate to run it again.",
  );
}

export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw cancelledError();
}
