/** A sheet or CSV file opened in file mode: what the Data panel shows, and how to read it into the table. */
import type { ExtractReader, ReadResult } from "../../engine/extracts";
import type { Cell, ColumnMapping } from "../../engine/extracts/types";
import type { DiscoveredSource } from "../../workbook/host";

export interface ReadOptions {
  /** Checked between chunks; a cancelled read throws Cancelled. */
  isCancelled(): boolean;
  /** Told of each chunk of bytes read. */
  onBytes(bytes: number): void;
}

export interface FileSource {
  readonly description: DiscoveredSource;
  /** The bytes readInto reads, for progress: a CSV's size; 0 for a sheet already in memory. */
  readonly bytes: number;
  /** Adds this source's rows to `reader`, read with `mapping` when the user mapped its columns. */
  readInto(reader: ExtractReader, mapping: ColumnMapping | undefined, options: ReadOptions): Promise<void>;
  /** The whole source as rows of cells: for a small table such as a population table. */
  readCells(): Promise<Cell[][]>;
}

/** A source just opened, with the read made to describe it (null for a table that is not an extract). */
export interface OpenedSource {
  source: FileSource;
  read: ReadResult | null;
}

export const NOT_CANCELLABLE: ReadOptions = { isCancelled: () => false, onBytes: () => undefined };
