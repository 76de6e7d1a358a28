import {
  asNoun,
  buildPeriods,
  describeMonthSpans,
  describeSpan,
  describeWindow,
  labelMonths,
  periodLabel,
  periodName,
} from "../../../src/engine/measures/periods";
import { chooseComparison, comparePeriods, leadPeriod } from "../../../src/engine/measures/comparison";

const m = (year: number, month: number) => year * 12 + month - 1;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("period names", () => {
  it.each([
    ["financial", m(2023, 4), "2023/24"],
    ["financial", m(1999, 4), "1999/00"],
    ["calendar", m(2025, 1), "2025"],
    ["rolling12", m(2025, 1), "12 months to Dec 2025"],
  ] as const)("%s starting %i is %s", (basis, start, name) => {
    expect(periodName(basis, start)).toBe(name);
  });

  it("a rolling period reads as a noun in a sentence", () => {
    expect(asNoun("12 months to Dec 2025")).toBe("the 12 months to Dec 2025");
    expect(asNoun("2025")).toBe("2025");
  });
});

// The Cleveland pattern: Jan-Apr 2024 then Jan-Dec 2025, May-Dec 2024 absent.
const gap = [...range(m(2024, 1), m(2024, 4)), ...range(m(2025, 1), m(2025, 12))];

describe("buildPeriods", () => {
  it("groups months into financial years April to March", () => {
    const periods = buildPeriods("financial", gap);
    expect(periods.map((p) => p.name)).toEqual(["2023/24", "2024/25", "2025/26"]);
    expect(periods.map((p) => p.months.length)).toEqual([3, 4, 9]);
  });

  it("labels partial periods with the months they cover", () => {
    const periods = buildPeriods("financial", gap);
    expect(periods.map((p) => labelMonths(p, p.months))).toEqual([
      "2023/24 (Jan–Mar)",
      "2024/25 (Apr, Jan–Mar)",
      "2025/26 (Apr–Dec)",
    ]);
    expect(periods.map(periodLabel)).toEqual([
      "2023/24 (partial: Jan–Mar)",
      "2024/25 (partial: Apr, Jan–Mar)",
      "2025/26 (partial: Apr–Dec)",
    ]);
  });

  it("calendar years: 2024 partial, 2025 complete", () => {
    const periods = buildPeriods("calendar", gap);
    expect(periods.map(periodLabel)).toEqual(["2024 (partial: Jan–Apr)", "2025"]);
  });

  it("rolling 12 months end at the latest month", () => {
    const periods = buildPeriods("rolling12", gap);
    expect(periods.map((p) => p.name)).toEqual(["12 months to Dec 2024", "12 months to Dec 2025"]);
    expect(periods[0].months).toEqual(range(m(2024, 1), m(2024, 4)));
  });
});

describe("the lead period and the like-for-like comparison on the Cleveland gap", () => {
  it("calendar: leads with 2025 and compares Jan–Apr 2025 with Jan–Apr 2024", () => {
    const periods = buildPeriods("calendar", gap);
    expect(leadPeriod(periods).name).toBe("2025");
    const c = chooseComparison(periods)!;
    expect(c.label).toBe("Jan–Apr 2025 against Jan–Apr 2024");
    expect(c.current.months).toEqual(range(m(2025, 1), m(2025, 4)));
    expect(c.previous.months).toEqual(range(m(2024, 1), m(2024, 4)));
  });

  it("financial: no complete year, so it leads with 2025/26 (Apr–Dec) and compares April alone", () => {
    const periods = buildPeriods("financial", gap);
    expect(periodLabel(leadPeriod(periods))).toBe("2025/26 (partial: Apr–Dec)");
    // 2025/26 against 2024/25 shares only April; there is no complete year to try.
    expect(chooseComparison(periods)!.label).toBe("Apr 2025 against Apr 2024");
  });

  it("rolling: the 12 months to Dec 2025 against the 4 months the year before holds", () => {
    const c = chooseComparison(buildPeriods("rolling12", gap))!;
    expect(c.label).toBe("Jan–Apr 2025 against Jan–Apr 2024");
  });
});

describe("chooseComparison", () => {
  it("prefers the pair that compares more months: the complete year over a short year to date", () => {
    // Apr 2022 to Jun 2024 on calendar years: 2024 (Jan–Jun) against 2023 compares 6 months;
    // 2023 (complete) against 2022 (Apr–Dec) compares 9, so that pair is chosen.
    const periods = buildPeriods("calendar", range(m(2022, 4), m(2024, 6)));
    const c = chooseComparison(periods)!;
    expect(c.label).toBe("Apr–Dec 2023 against Apr–Dec 2022");
  });

  it("on a tie keeps the more recent pair", () => {
    // Apr 2022 to Sep 2024, calendar: 2024 (Jan–Sep) against 2023 compares 9 months; 2023 against
    // 2022 (Apr–Dec) also 9. The latest pair wins.
    const c = chooseComparison(buildPeriods("calendar", range(m(2022, 4), m(2024, 9))))!;
    expect(c.label).toBe("Jan–Sep 2024 against Jan–Sep 2023");
  });

  it("gives nothing when no month of either pair is in the year before", () => {
    expect(chooseComparison(buildPeriods("calendar", range(m(2024, 5), m(2024, 12))))).toBeNull();
  });
});

describe("comparePeriods", () => {
  it("compares a partial year with the same months of the previous year", () => {
    const periods = buildPeriods("financial", range(m(2023, 4), m(2024, 12)));
    const c = comparePeriods(periods, periods[1], 1)!;
    expect(c.current.label).toBe("Apr–Dec 2024");
    expect(c.previous.label).toBe("Apr–Dec 2023");
    expect(c.likeForLike).toBe(true);
    expect(c.previousMonthsLeftOut).toEqual([m(2024, 1), m(2024, 2), m(2024, 3)]);
  });

  it("leaves out a month missing in either year, and says which", () => {
    const present = range(m(2022, 4), m(2024, 3)).filter((k) => k !== m(2022, 8));
    const periods = buildPeriods("financial", present);
    const c = comparePeriods(periods, periods[1], 1)!;
    expect(c.current.label).toBe("Apr–Jul 2023, Sep 2023–Mar 2024");
    expect(c.previous.label).toBe("Apr–Jul 2022, Sep 2022–Mar 2023");
    expect(c.currentMonthsLeftOut).toEqual([m(2023, 8)]);
  });

  it("full years compare with bare labels", () => {
    const periods = buildPeriods("financial", range(m(2022, 4), m(2024, 3)));
    const c = comparePeriods(periods, periods[1], 1)!;
    expect([c.previous.label, c.current.label, c.likeForLike, c.label]).toEqual([
      "2022/23",
      "2023/24",
      false,
      "2023/24 against 2022/23",
    ]);
  });

  it("gives nothing when the earlier year is absent", () => {
    const periods = buildPeriods("financial", [m(2024, 5)]);
    expect(comparePeriods(periods, periods[0], 1)).toBeNull();
  });
});

it.each([
  [[m(2024, 4), m(2024, 5), m(2024, 6), m(2024, 8)], "Apr–Jun, Aug"],
  [[m(2024, 11), m(2024, 12), m(2025, 1)], "Nov–Jan"],
])("describeMonthSpans %j -> %s", (list, text) => {
  expect(describeMonthSpans(list)).toBe(text);
});

it.each([
  [[m(2025, 1), m(2025, 2), m(2025, 3), m(2025, 4)], "Jan–Apr 2025"],
  [[m(2024, 4), m(2025, 1), m(2025, 2), m(2025, 3)], "Apr 2024, Jan–Mar 2025"],
  [range(m(2024, 11), m(2025, 2)), "Nov 2024–Feb 2025"],
])("describeWindow %j -> %s", (list, text) => {
  const period = { name: "x", start: 0, months: list };
  expect(describeWindow(period, list)).toBe(text);
});

it("describeSpan", () => {
  expect(describeSpan(m(2022, 4), m(2025, 3))).toBe("Apr 2022 to Mar 2025");
});
