import { populationFromRows } from "../../src/engine/assessment/population";
import { DISTRICTS } from "../../src/sample/northshire";
import { generatePopulation, POPULATION_HEADER, POPULATION_SOURCE } from "../../src/sample/population";

describe("generatePopulation", () => {
  const table = generatePopulation();

  it("is the same for the same seed and different for another", () => {
    expect(generatePopulation(7)).toEqual(generatePopulation(7));
    expect(generatePopulation(8)).not.toEqual(generatePopulation(7));
  });

  it("names every Northshire district once, with residents rounded to 100 and within 5% of its size x 40,000", () => {
    expect(table[0]).toEqual(POPULATION_HEADER);
    expect(table.slice(1).map((r) => r[0])).toEqual(DISTRICTS.map((d) => d.name));
    table.slice(1).forEach(([name, residents]) => {
      const size = DISTRICTS.find((d) => d.name === name)!.size;
      expect(Number(residents) % 100).toBe(0);
      expect(Number(residents)).toBeGreaterThanOrEqual(Math.floor((size * 40_000 * 0.95) / 100) * 100);
      expect(Number(residents)).toBeLessThanOrEqual(Math.ceil((size * 40_000 * 1.05) / 100) * 100);
    });
  });

  it("says it is synthetic, and the engine names the figures so", () => {
    expect(table.slice(1).every((r) => r[2] === POPULATION_SOURCE)).toBe(true);
    const population = populationFromRows(table, "northshire-population.csv");
    expect(population.year).toBe("Synthetic demo figures");
    expect(population.byDistrict["st. aldric"]).toBe(Number(table.find((r) => r[0] === "St. Aldric")![1]));
  });
});
