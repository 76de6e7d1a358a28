/**
 * A CSV extract read into the crime table in chunks: the header row is found
 * (csvHeader.ts), then the data rows go through the byte scanner (csvScanner.ts).
 */
import { SET_ASIDE } from "../setAsideReasons";
import type { ExtractReader } from "../extractReader";
import { notAnExtractError } from "../notAnExtract";
import type { ColumnMapping, SourceSummary } from "../types";
import { CsvHeaderSearch, DELIMITER_NAMES, isCsvHeader } from "./csvHeader";
import { CsvScanner, type DataLayout, type RepeatedIds } from "./csvScanner";

export class CsvExtractReader extends CsvScanner {
  private readonly search: CsvHeaderSearch;
  private readonly expectedBytes: number;
  private summary: Pick<SourceSummary, "encoding" | "delimiter"> | null = null;

  /**
   * `name` names the file in messages; `mapping` is the user's column mapping for
   * a table in no known format; `expectedBytes` (the file size, when known) lets
   * the table and the Crime ID register be sized once instead of doubling.
   */
  constructor(
    private readonly reader: ExtractReader,
    name: string,
    options: { mapping?: ColumnMapping; expectedBytes?: number } = {},
  ) {
    super(name);
    this.search = new CsvHeaderSearch(options.mapping);
    this.expectedBytes = options.expectedBytes ?? 0;
  }

  /** Ends the file, and marks a file read (in part) as Windows-1252 for the data-quality page. */
  override end(): void {
    super.end();
    if (this.summary && this.text.readWindows1252) this.summary.encoding = "windows-1252";
    this.reader.endSource();
  }

  protected headerLine(text: string, lineBytes: number): DataLayout | null {
    const found = this.search.add(text, lineBytes);
    if (found === null) return null;
    if (!isCsvHeader(found)) throw notAnExtractError(this.name, "file", found);
    const { detection, delimiter } = found;
    this.reader.addSource(this.name, "file", detection);
    this.summary = this.reader.session.csvOfSource;
    const delimiterName = DELIMITER_NAMES[delimiter];
    if (delimiterName) this.summary.delimiter = delimiterName;
    this.reserve();
    return this.layoutFor(this.reader.currentPlan(), {
      delimiter,
      multiLine: detection.format === "mapped",
      headerWidth: detection.headers.length,
    });
  }

  protected noHeader(): void {
    throw notAnExtractError(this.name, "file", this.search.finish());
  }

  protected setAsideStrayQuote(rowNumber: number): void {
    this.reader.session.setAside(SET_ASIDE.strayQuote, rowNumber);
  }

  protected repeatedIds(): RepeatedIds {
    return this.reader.session.duplicates;
  }

  /** A police.uk row is about 220 bytes; reserving for a few more rows than that guess costs little. */
  private reserve(): void {
    const rows = Math.ceil(this.expectedBytes / 200);
    if (rows === 0) return;
    this.reader.session.builder.reserve(rows);
    if (this.reader.currentPlan().crimeIdColumn >= 0) this.reader.session.duplicates.reserve(rows);
  }
}
