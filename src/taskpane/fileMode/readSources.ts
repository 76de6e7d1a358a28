/** The chosen sources, read one after another into one crime table. */
import { ExtractReader, type ReadResult } from "../../engine/extracts";
import type { ColumnMapping } from "../../engine/extracts/types";
import type { FileSource } from "./fileSource";

export interface ReadSourcesOptions {
  isCancelled(): boolean;
  /** The share of the chosen files' bytes read so far, 0 to 1. */
  onFraction(fraction: number): void;
  /** Names of sources to count even when they look like a copy of another. */
  keepSources?: readonly string[];
}

export async function readSources(
  sources: FileSource[],
  mappings: Record<string, ColumnMapping>,
  { isCancelled, onFraction, keepSources }: ReadSourcesOptions,
): Promise<ReadResult> {
  const reader = new ExtractReader({ keepSources });
  const total = sources.reduce((sum, source) => sum + source.bytes, 0);
  let done = 0;
  const onBytes = (bytes: number) => {
    done += bytes;
    onFraction(total > 0 ? done / total : 1);
  };
  for (const source of sources) {
    await source.readInto(reader, mappings[source.description.id], { isCancelled, onBytes });
  }
  return reader.finish();
}
