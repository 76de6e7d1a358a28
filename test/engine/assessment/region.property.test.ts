/**
 * For random tables over a mix of districts (Hampshire's, including North
 * Hampshire's three; Thames Valley's, including Buckinghamshire, split between
 * partnerships; names the lookup lacks; Unassigned) and forces (two it knows, one
 * it does not): the region's units never share a district, exactly one is the
 * area, and every category's shares across the units sum to 100.
 */
import fc from "fast-check";
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings } from "../../../src/engine/assessment/settings";
import { months, readOf, type Tuple } from "../tableOf";

const DISTRICTS = [
  "Basingstoke and Deane",
  "Hart",
  "Rushmoor",
  "Portsmouth",
  "Southampton",
  "Winchester",
  "Buckinghamshire",
  "Oxford",
  "Reading",
  "Hambledown",
  "Unassigned Hampshire",
];
const FORCES = ["Hampshire Constabulary", "Thames Valley Police", "Testshire Police"];
const CATEGORIES = ["Burglary", "Robbery", "Anti-social behaviour"];
const MONTHS = months("2023-04", "2024-03");

const row = fc.tuple(
  fc.constantFrom(...MONTHS),
  fc.constantFrom(...DISTRICTS),
  // Mostly the first force, so that most tables have one home force with strays.
  fc.constantFrom(...FORCES, FORCES[0], FORCES[0]),
  fc.constantFrom(...CATEGORIES),
  fc.integer({ min: 1, max: 40 }),
);

const input = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 60 }),
  areaPick: fc.nat(),
  partnership: fc.boolean(),
  includeOutOfArea: fc.boolean(),
});

it("shares of the region's units sum to 100 for every category", () => {
  fc.assert(
    fc.property(input, ({ rows, areaPick, partnership, includeOutOfArea }) => {
      const tuples = rows as Tuple[];
      const present = [...new Set(tuples.map((t) => t[1]))];
      const hampshire = present.includes("Hart") && tuples.some((t) => t[1] === "Hart" && t[2] === FORCES[0]);
      const area = partnership && hampshire ? "North Hampshire" : present[areaPick % present.length];
      const a = assess(readOf(tuples), { ...defaultSettings(area), region: { includeOutOfArea } });

      const seen = a.region.units.flatMap((u) => u.districts);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort((x, y) => x - y)).toEqual(a.region.districts);
      expect(a.region.units.filter((u) => u.isArea).map((u) => u.name)).toEqual([a.area]);

      for (const category of a.categories) {
        const shares = a.measures.filter(
          (m) => m.category === category && m.period === a.lead.label && m.measure === "share_of_region_pct",
        );
        const regionCount = a.share.find((s) => s.category === category)!.regionCount;
        if (regionCount === 0) {
          expect(shares).toEqual([]);
          continue;
        }
        expect(shares.length).toBe(a.region.units.length);
        expect(shares.reduce((sum, m) => sum + (m.value as number), 0)).toBeCloseTo(100, 9);
      }
    }),
    { numRuns: 150 },
  );
});
