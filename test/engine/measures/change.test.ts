import fc from "fast-check";
import { change } from "../../../src/engine/measures/change";

describe("year-on-year change", () => {
  it("100 -> 86 is -14 and -14%", () => {
    const c = change(100, 86);
    expect(c).toMatchObject({ change: -14, isNew: false });
    expect(c.changePct).toBeCloseTo(-14, 12);
  });
  it("200 -> 222 is +22 and +11%", () => {
    expect(change(200, 222).changePct).toBeCloseTo(11, 12);
  });
  it("0 -> 5 is new: no percentage, never Infinity", () => {
    expect(change(0, 5)).toMatchObject({ change: 5, changePct: null, isNew: true });
  });
  it("0 -> 0 is no change and not new", () => {
    expect(change(0, 0)).toMatchObject({ change: 0, changePct: null, isNew: false });
  });
  it("x -> y and y -> x are consistent: changes cancel and growth factors multiply to 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (x, y) => {
        const there = change(x, y);
        const back = change(y, x);
        expect(there.change + back.change).toBe(0);
        expect((1 + there.changePct! / 100) * (1 + back.changePct! / 100)).toBeCloseTo(1, 9);
      }),
    );
  });
});
