/**
 * A small Home Office CSP table for the pane's tests (as test/cli/peers.test.ts): eight
 * partnerships of Testshire in 2023/24, each with 10 + 5 x its place burglaries a quarter
 * (Ashby 10, Brook 15 ... Holm 45), a population table giving each 10,000 residents, and
 * a harm weights table weighting burglary 2.
 */
import { defaultSettings, type AssessmentSettings } from "../../src/engine/assessment/settings";
import type { RunRequest } from "../../src/workbook/host";

export const CSP_AREAS = ["Ashby", "Brook", "Carr", "Dale", "Eske", "Fell", "Glen", "Holm"];

export const CSP_HEADER = [
  "Financial Year",
  "Financial Quarter",
  "Police Force",
  "CSP Name",
  "Offence Group",
  "Offence Count",
];

export function cspRows(): (string | number)[][] {
  const rows = CSP_AREAS.flatMap((area, i) =>
    [1, 2, 3, 4].map((q) => ["2023/24", q, "Testshire", area, "Burglary", 10 + 5 * i]),
  );
  return [CSP_HEADER, ...rows];
}

export function populationRows(): (string | number)[][] {
  return [["Area", "Population"], ...CSP_AREAS.map((a) => [a, 10000])];
}

export const WEIGHTS_ROWS: (string | number)[][] = [
  ["Offence group", "Weight"],
  ["Burglary", 2],
];

export function csvOf(rows: (string | number)[][]): string {
  return rows.map((r) => r.join(",")).join("\n") + "\n";
}

/** Holm against Ashby and Brook, 7 top places, volume weighted 2 and harm 0.5 in the matrix. */
export const ROUND_TRIP_SETTINGS: AssessmentSettings = {
  ...defaultSettings("Holm"),
  peers: ["Ashby", "Brook"],
  hotspotCount: 7,
  matrixWeights: { volume: 2, harm: 0.5 },
};

export function roundTripRequest(ids: { data: string; population: string; weights: string }): RunRequest {
  return {
    sourceIds: [ids.data],
    settings: ROUND_TRIP_SETTINGS,
    mappings: {},
    populationSourceId: ids.population,
    weightsSourceId: ids.weights,
    onProgress: () => undefined,
    signal: new AbortController().signal,
  };
}
