/**
 * A most similar group to work by hand: every district has 12 shoplifting crimes
 * in 2024 (one a month) and its burglaries in January; every population is
 * 10,000, except Jura's, left blank. Isle's data stop at June. The peers list
 * holds a near miss (Glenn), the area itself (ashby) and a repeat (Brook).
 */
import { assess } from "../../../src/engine/assessment/assess";
import { populationFromRows } from "../../../src/engine/assessment/population";
import { defaultSettings, type AssessmentSettings } from "../../../src/engine/assessment/settings";
import { months, readOf, type Tuple } from "../tableOf";

const F = "Testshire Police";
export const BURGLARIES: Record<string, number> = {
  Ashby: 90,
  Brook: 30,
  Carr: 35,
  Dale: 40,
  Eske: 40,
  Fell: 45,
  Glen: 50,
  Holm: 40,
  Isle: 40,
  Jura: 40,
};
const year = months("2024-01", "2024-12");
export const peerTuples: Tuple[] = Object.entries(BURGLARIES).flatMap(([district, burglaries]): Tuple[] => [
  ["2024-01", district, F, "Burglary", burglaries],
  // Isle's data stop at June: its rate would be for half the year.
  ...(district === "Isle" ? year.slice(0, 6) : year).map((m): Tuple => [m, district, F, "Shoplifting"]),
]);

export const peerPopulation = populationFromRows(
  [["Area", "Population"], ...Object.keys(BURGLARIES).map((d) => [d, d === "Jura" ? "" : "10,000"])],
  "population.csv",
);
export const PEERS = [
  "Brook",
  "carr",
  "Dale",
  "Eske",
  "Fell",
  "Glen",
  "Holm",
  "Isle",
  "Jura",
  "Glenn",
  "ashby",
  "Brook ",
];

export function peerAssessment(overrides: Partial<AssessmentSettings> = {}) {
  return assess(readOf(peerTuples), {
    ...defaultSettings("Ashby"),
    basis: "calendar",
    population: peerPopulation,
    peers: PEERS,
    ...overrides,
  });
}
