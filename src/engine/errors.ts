/**
 * The one error type meant for the user. Every layer raises it; the pane, the CLI
 * and the file mode each show it in their own way. Anything else is a bug.
 */
export interface ErrorPlace {
  /** Sheet or file the problem is in. */
  source?: string;
  /** 1-based row number as the user sees it in the sheet or file. */
  row?: number;
  /** Column header as written in the source. */
  column?: string;
}

export class AssessmentError extends Error {
  readonly source?: string;
  readonly row?: number;
  readonly column?: string;
  /** One sentence telling the user what to do. */
  readonly advice: string;

  constructor(problem: string, advice: string, place: ErrorPlace = {}) {
    super(problem);
    this.name = "AssessmentError";
    this.advice = advice;
    this.source = place.source;
    this.row = place.row;
    this.column = place.column;
  }

  /** The whole message: where, what, and what to do. */
  describe(): string {
    const where = [
      this.source && `"${this.source}"`,
      this.column && `column "${this.column}"`,
      this.row !== undefined && `row ${this.row}`,
    ]
      .filter(Boolean)
      .join(", ");
    return `${where ? `${where}: ` : ""}${this.message} ${this.advice}`.trim();
  }
}

export function isAssessmentError(error: unknown): error is AssessmentError {
  return error instanceof AssessmentError;
}
