/**
 * The one pass that counts by LSOA agrees with a second, simple computation on
 * any table: for each measure and window, filter the rows and add them up.
 */
import fc from "fast-check";
import { countByLsoa } from "../../../src/engine/measures/lsoaCounts";
import { months } from "../tableOf";
import { placesTable, type PlaceTuple } from "../placesFixture";

const MONTHS = months("2023-01", "2024-12");
const tuple = fc.tuple(
  fc.constantFrom(...MONTHS),
  fc.constantFrom("North", "South", "East"),
  fc.option(fc.constantFrom("L1", "L2", "L3", "L4", "L5", "L6"), { nil: null }),
  fc.constantFrom("Burglary", "Robbery", "Anti-social behaviour"),
  fc.integer({ min: 1, max: 3 }),
  fc.subarray(["DA"]),
);

describe("countByLsoa", () => {
  it("counts each measure in each window as a filter of the rows does (property)", () => {
    fc.assert(
      fc.property(fc.array(tuple, { minLength: 1, maxLength: 60 }), (rows: PlaceTuple[]) => {
        const table = placesTable(rows, ["DA"]);
        const area = ["North", "East"].map((d) => table.districts.indexOf(d)).filter((d) => d >= 0);
        const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
        const windows = [MONTHS.slice(0, 12), MONTHS.slice(12), MONTHS.slice(6, 9)].map((w) => w.map(monthIndex));
        const asb = table.categories.indexOf("Anti-social behaviour");
        const measures = [
          { includes: (c: number) => c !== asb },
          { includes: (_c: number, _s: number, _k: number, flags: number) => (flags & 1) !== 0 },
        ];
        const result = countByLsoa(table, area, windows, measures);
        // The area's LSOAs: every code on a North or East row, in any month.
        const inArea = rows.filter((r) => r[1] !== "South");
        const codes = result.lsoas.map((id) => table.lsoas![id]);
        expect(new Set(codes)).toEqual(new Set(inArea.map((r) => r[2]).filter((c) => c !== null)));
        expect(codes.length).toBe(new Set(codes).size);
        const wanted = [
          (r: PlaceTuple) => r[3] !== "Anti-social behaviour",
          (r: PlaceTuple) => (r[5] ?? []).includes("DA"),
        ];
        wanted.forEach((isIn, j) => {
          windows.forEach((window, w) => {
            const counted = inArea.filter((r) => isIn(r) && window.includes(monthIndex(r[0])));
            const sum = (list: PlaceTuple[]) => list.reduce((total, r) => total + (r[4] ?? 1), 0);
            codes.forEach((code, i) => expect(result.counts[j][w][i]).toBe(sum(counted.filter((r) => r[2] === code))));
            expect(result.unlocated[j][w]).toBe(sum(counted.filter((r) => r[2] === null)));
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});
