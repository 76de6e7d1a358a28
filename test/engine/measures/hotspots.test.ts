/**
 * Concentration, the Pareto curve, top places and repeat places, worked by hand on
 * small lists of counts by place, and properties of the curve on any counts.
 */
import fc from "fast-check";
import { concentration, paretoCurve, placeRanks, repeatPlaces, topPlaces } from "../../../src/engine/measures/hotspots";

const byIndex = (a: number, b: number) => a - b;

describe("concentration", () => {
  it("is the fewest places, most first, holding at least half", () => {
    // [10, 6, 3, 1, 0]: 20 in all; the first place alone holds 10, exactly half.
    expect(concentration([3, 10, 0, 6, 1])).toEqual({ places: 1, of: 5, placesPct: 20, heldPct: 50 });
    // [5, 4, 3, 2, 1]: 15 in all, half is 7.5; 5 is short of it, 5 + 4 = 9 holds 60%.
    expect(concentration([1, 2, 3, 4, 5])).toEqual({ places: 2, of: 5, placesPct: 40, heldPct: 60 });
    // Spread evenly over four places: half of them hold half.
    expect(concentration([2, 2, 2, 2])).toEqual({ places: 2, of: 4, placesPct: 50, heldPct: 50 });
  });

  it("counts places with none in the denominator, and gives nothing for no count", () => {
    // 9 in one place of ten: 10% of the places hold all of it.
    expect(concentration([0, 0, 9, 0, 0, 0, 0, 0, 0, 0])).toEqual({ places: 1, of: 10, placesPct: 10, heldPct: 100 });
    expect(concentration([0, 0, 0])).toBeNull();
    expect(concentration([])).toBeNull();
  });
});

describe("Pareto curve", () => {
  it("reads every 10% of the places along straight lines between whole places", () => {
    // Ranked [10, 6, 3, 1, 0]; cumulative 0, 10, 16, 19, 20, 20 of 20. Five places: each 10% step is half a place.
    const curve = paretoCurve([3, 10, 0, 6, 1]);
    expect(curve.map((p) => p.placesPct)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    // 10%: half of the first place (5 of 20); 30%: 10 + half of 6 = 13; 50%: 16 + 1.5 = 17.5; 70%: 19 + 0.5.
    expect(curve.map((p) => p.countPct)).toEqual([0, 25, 50, 65, 80, 87.5, 95, 97.5, 100, 100, 100]);
  });

  it("is the diagonal when every place has the same count", () => {
    const curve = paretoCurve([4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    curve.forEach((p) => expect(p.countPct).toBeCloseTo(p.placesPct, 9));
  });

  it("is empty for no count", () => {
    expect(paretoCurve([0, 0])).toEqual([]);
  });

  const counts = fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 300 }).filter((c) => c.some((x) => x > 0));

  it("rises (never falls), starts at 0%, ends at 100% and lies on or above the diagonal (property)", () => {
    fc.assert(
      fc.property(counts, (c) => {
        const curve = paretoCurve(c);
        expect(curve[0]).toEqual({ placesPct: 0, countPct: 0 });
        expect(curve[curve.length - 1].placesPct).toBe(100);
        expect(curve[curve.length - 1].countPct).toBeCloseTo(100, 9);
        for (let i = 1; i < curve.length; i++) {
          expect(curve[i].countPct).toBeGreaterThanOrEqual(curve[i - 1].countPct - 1e-9);
          // Places most first: the top x% of them hold at least x% of the count.
          expect(curve[i].countPct).toBeGreaterThanOrEqual(curve[i].placesPct - 1e-9);
        }
      }),
    );
  });

  it("agrees with the concentration: at its share of places the curve holds at least half (property)", () => {
    fc.assert(
      fc.property(counts, (c) => {
        const cut = concentration(c)!;
        const total = c.reduce((a, b) => a + b, 0);
        const sorted = [...c].sort((a, b) => b - a);
        const held = (k: number) => sorted.slice(0, k).reduce((a, b) => a + b, 0);
        // A second, simple computation: the top k hold at least half, the top k - 1 do not.
        expect(held(cut.places) * 2).toBeGreaterThanOrEqual(total);
        expect(held(cut.places - 1) * 2).toBeLessThan(total);
        expect(cut.heldPct).toBeCloseTo((held(cut.places) / total) * 100, 9);
      }),
    );
  });
});

describe("top places", () => {
  it("lists places with any, most first, ties in the given order, and counts further ties", () => {
    const counts = [4, 9, 0, 4, 4, 1];
    expect(topPlaces(counts, 2, byIndex)).toEqual({ places: [1, 0], tiedBeyond: 2 });
    expect(topPlaces(counts, 4, byIndex)).toEqual({ places: [1, 0, 3, 4], tiedBeyond: 0 });
    // Never a place with none, however many are asked for.
    expect(topPlaces(counts, 10, byIndex)).toEqual({ places: [1, 0, 3, 4, 5], tiedBeyond: 0 });
  });

  it("ranks equal counts equally", () => {
    expect(placeRanks([4, 9, 0, 4, 4, 1])).toEqual([2, 1, 6, 2, 2, 5]);
  });
});

describe("repeat places", () => {
  it("are in the top n (ties included) with any count in every period", () => {
    // Three years of four places. Top 2: year 1 places 0 and 2 (1 and 3 tie at rank 3, out);
    // year 2 places 1 and 0; year 3 places 0, 1 and 3 (1 and 3 tie at rank 2, in). Place 0 alone is in all three.
    const years = [
      [7, 2, 4, 2],
      [5, 8, 3, 0],
      [10, 6, 1, 6],
    ];
    expect(repeatPlaces(years, 2)).toEqual([0]);
    // Top 3: year 1 ranks 1, 3, 2, 3 (a tie at 3 is in); year 2 ranks 2, 1, 3, 4; year 3 ranks 1, 2, 4, 2.
    expect(repeatPlaces(years, 3)).toEqual([0, 1]);
    // A place with none is never in the top, even when there are fewer places with any than n.
    expect(repeatPlaces(years, 10)).toEqual([0, 1, 2]);
    expect(repeatPlaces([], 10)).toEqual([]);
  });
});
