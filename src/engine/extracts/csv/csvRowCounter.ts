/**
 * Counts the rows of a CSV that is not an extract, fed in chunks, for the row
 * count shown beside it until its columns are mapped. It goes through the same
 * byte scanner as the extract reader, read as a mapped table would be (quoted
 * line breaks allowed, stray quotes a row each), so the count is the rows a
 * mapped read will read when the header is the first line.
 */
import type { SourcePlan } from "../sourcePlans";
import { splitLine, type Delimiter } from "./csvHeader";
import { CsvScanner, type DataLayout, type RepeatedIds } from "./csvScanner";

const DELIMITERS: Delimiter[] = [",", ";", "\t"];

export class CsvRowCounter extends CsvScanner {
  private rows = 0;

  /** The rows below the header (the first line that is not blank), blank rows not counted. */
  get rowsBelowHeader(): number {
    return this.rows;
  }

  /** The first line with something in it is the header; its delimiter is the one that splits it most. */
  protected headerLine(text: string): DataLayout | null {
    if (text.trim() === "") return null;
    const widths = DELIMITERS.map((d) => splitLine(text, d).length);
    const best = widths.indexOf(Math.max(...widths));
    const counting: SourcePlan = {
      columns: [],
      readers: [],
      crimeIdColumn: -1,
      accept: () => {
        this.rows++;
        return false;
      },
    };
    return this.layoutFor(counting, { delimiter: DELIMITERS[best], multiLine: true, headerWidth: widths[best] });
  }

  /** A file with no line that is not blank has no rows. */
  protected noHeader(): void {}

  protected setAsideStrayQuote(): void {
    this.rows++;
  }

  protected repeatedIds(): RepeatedIds {
    throw new Error("A row count reads no Crime IDs.");
  }
}
