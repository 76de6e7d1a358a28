/**
 * Turns whatever a run threw into what the error bar shows. An AssessmentError is meant
 * for the user (what, where, what to do); anything else is a bug and says so.
 */
import { isAssessmentError } from "../../engine/errors";

export interface ErrorDescription {
  title: string;
  /** "Sheet or file "Crimes", column "Month", row 12", when known. */
  where?: string;
  advice: string;
  /** The full text, for logs and the error bar's accessible description. */
  detail?: string;
}

const BUG_ADVICE =
  "Try again. If it happens again, please report it with the steps that led to it; your workbook has not been changed.";

export function describeWhere(place: { source?: string; column?: string; row?: number }): string | undefined {
  const parts = [
    place.source && `"${place.source}"`,
    place.column && `column "${place.column}"`,
    place.row !== undefined && `row ${place.row.toLocaleString("en-GB")}`,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : undefined;
}

export function describeError(error: unknown): ErrorDescription {
  if (isAssessmentError(error)) {
    return { title: error.message, where: describeWhere(error), advice: error.advice };
  }
  // Errors rebuilt from a worker message keep the shape but not the class.
  if (isAssessmentErrorLike(error)) {
    return { title: error.message, where: describeWhere(error), advice: error.advice };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    title: "Something went wrong.",
    advice: BUG_ADVICE,
    detail: message,
  };
}

export function isCancellation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

function isAssessmentErrorLike(
  error: unknown,
): error is { message: string; advice: string; source?: string; column?: string; row?: number } {
  if (typeof error !== "object" || error === null) return false;
  const e = error as Record<string, unknown>;
  return e.name === "AssessmentError" && typeof e.message === "string" && typeof e.advice === "string";
}
