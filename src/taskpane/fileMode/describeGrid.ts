/** What the Data panel shows for a sheet or file opened in the browser. */
import { detectExtract, isDetection, notAnExtractError, readGrids, type Grid } from "../../engine/extracts";
import { monthKey } from "../../engine/extracts/crimeTable";
import type { DiscoveredSource } from "../../workbook/host";

export function describeGrid(grid: Grid): DiscoveredSource {
  const base = { id: grid.name, name: grid.name, kind: grid.kind } as const;
  const detection = detectExtract(grid.rows);
  if (!isDetection(detection)) {
    return {
      ...base,
      format: null,
      rows: Math.max(0, grid.rows.length - 1),
      firstMonth: null,
      lastMonth: null,
      districts: [],
      forces: [],
      headers: detection.found,
      problem: notAnExtractError(grid.name, grid.kind, detection).message,
    };
  }
  const read = readGrids([grid]);
  const summary = read.sources[0];
  return {
    ...base,
    format: detection.format,
    rows: summary.rowsRead,
    firstMonth: summary.firstMonth === null ? null : monthKey(summary.firstMonth),
    lastMonth: summary.lastMonth === null ? null : monthKey(summary.lastMonth),
    districts: [...read.table.districts].sort((a, b) => a.localeCompare(b)),
    forces: [...read.table.forces],
    headers: detection.headers,
  };
}
