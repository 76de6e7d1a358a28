/** Reading whole grids (sheets or parsed files) into one crime table. */
import { detectExtract, isDetection } from "./detect";
import { ExtractReader } from "./extractReader";
import type { Grid, ReadResult } from "./index";
import { notAnExtractError } from "./notAnExtract";
import type { ExtractReadOptions } from "./readingSession";
import type { ColumnMapping } from "./types";

/**
 * Every grid must be an extract: one that is not raises an AssessmentError naming
 * it, with the columns expected and found. `mappings` are keyed by grid name.
 */
export function readGrids(
  grids: Grid[],
  mappings: Record<string, ColumnMapping> = {},
  options: ExtractReadOptions = {},
): ReadResult {
  const reader = new ExtractReader(options);
  for (const grid of grids) {
    const detection = detectExtract(grid.rows, mappings[grid.name]);
    if (!isDetection(detection)) throw notAnExtractError(grid.name, grid.kind, detection);
    reader.addSource(grid.name, grid.kind, detection);
    const first = detection.headerRowIndex + 1;
    // Row numbers are 1-based as the user sees them: the header is row headerRowIndex + 1.
    reader.addRowRange(grid.rows, first, grid.rows.length, first + 1);
    reader.endSource();
  }
  return reader.finish();
}
