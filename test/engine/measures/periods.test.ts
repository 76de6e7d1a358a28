import {
  buildPeriods,
  describeMonthSpans,
  describeSpan,
  labelMonths,
  periodName,
} from "../../../src/engine/measures/periods";
import { comparePeriods } from "../../../src/engine/measures/comparison";

const m = (year: number, month: number) => year * 12 + month - 1;

describe("period names", () => {
  it.each([
    ["financial", m(2023, 4), "2023/24"],
    ["financial", m(1999, 4), "1999/00"],
    ["calendar", m(2025, 1), "2025"],
    ["rolling12", m(2025, 1), "12 months to 2025-12"],
  ] as const)("%s starting %i is %s", (basis, start, name) => {
    expect(periodName(basis, start)).toBe(name);
  });
});

describe("buildPeriods", () => {
  // The Cleveland pattern: Jan-Apr 2024 then Jan-Dec 2025.
  const present = [1, 2, 3, 4]
    .map((k) => m(2024, k))
    .concat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((k) => m(2025, k)));

  it("groups months into financial years April to March", () => {
    const periods = buildPeriods("financial", present);
    expect(periods.map((p) => p.name)).toEqual(["2023/24", "2024/25", "2025/26"]);
    expect(periods.map((p) => p.months.length)).toEqual([3, 4, 9]);
  });

  it("labels partial periods with the months they cover", () => {
    const periods = buildPeriods("financial", present);
    expect(periods.map((p) => labelMonths(p, p.months))).toEqual([
      "2023/24 (Jan-Mar)",
      "2024/25 (Apr, Jan-Mar)",
      "2025/26 (Apr-Dec)",
    ]);
  });

  it("calendar years: 2024 partial, 2025 complete", () => {
    const periods = buildPeriods("calendar", present);
    expect(periods.map((p) => labelMonths(p, p.months))).toEqual(["2024 (Jan-Apr)", "2025"]);
  });

  it("rolling 12 months end at the latest month", () => {
    const periods = buildPeriods("rolling12", present);
    expect(periods.map((p) => p.name)).toEqual(["12 months to 2024-12", "12 months to 2025-12"]);
    expect(periods[0].months).toEqual([1, 2, 3, 4].map((k) => m(2024, k)));
  });
});

describe("comparePeriods", () => {
  it("compares a partial year with the same months of the previous year", () => {
    const present = [];
    for (let k = m(2023, 4); k <= m(2024, 12); k++) present.push(k);
    const periods = buildPeriods("financial", present);
    const c = comparePeriods(periods, periods[1], 1)!;
    expect(c.current.label).toBe("2024/25 (Apr-Dec)");
    expect(c.previous.label).toBe("2023/24 (Apr-Dec)");
    expect(c.likeForLike).toBe(true);
    expect(c.previousMonthsLeftOut).toEqual([m(2024, 1), m(2024, 2), m(2024, 3)]);
  });

  it("leaves out a month missing in either year, and says which", () => {
    const present = [];
    for (let k = m(2022, 4); k <= m(2024, 3); k++) if (k !== m(2022, 8)) present.push(k);
    const periods = buildPeriods("financial", present);
    const c = comparePeriods(periods, periods[1], 1)!;
    expect(c.current.label).toBe("2023/24 (Apr-Jul, Sep-Mar)");
    expect(c.previous.label).toBe("2022/23 (Apr-Jul, Sep-Mar)");
    expect(c.currentMonthsLeftOut).toEqual([m(2023, 8)]);
  });

  it("full years compare with bare labels", () => {
    const present = [];
    for (let k = m(2022, 4); k <= m(2024, 3); k++) present.push(k);
    const periods = buildPeriods("financial", present);
    const c = comparePeriods(periods, periods[1], 1)!;
    expect([c.previous.label, c.current.label, c.likeForLike]).toEqual(["2022/23", "2023/24", false]);
  });

  it("gives nothing when the earlier year is absent", () => {
    const periods = buildPeriods("financial", [m(2024, 5)]);
    expect(comparePeriods(periods, periods[0], 1)).toBeNull();
  });
});

it.each([
  [[m(2024, 4), m(2024, 5), m(2024, 6), m(2024, 8)], "Apr-Jun, Aug"],
  [[m(2024, 11), m(2024, 12), m(2025, 1)], "Nov-Jan"],
])("describeMonthSpans %j -> %s", (list, text) => {
  expect(describeMonthSpans(list)).toBe(text);
});

it("describeSpan", () => {
  expect(describeSpan(m(2022, 4), m(2025, 3))).toBe("Apr 2022 to Mar 2025");
});
