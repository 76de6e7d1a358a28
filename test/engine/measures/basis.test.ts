/**
 * Which basis "auto" picks: the one whose year-on-year comparison covers the most
 * months (ties: financial, calendar, rolling). Months counted by hand below.
 */
import { decideBasis, monthsComparedOn } from "../../../src/engine/measures/basis";

const m = (year: number, month: number) => year * 12 + month - 1;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Jan–Apr 2024 and Jan–Dec 2025 (May–Dec 2024 absent), as in the Cleveland files.
const gap = [...range(m(2024, 1), m(2024, 4)), ...range(m(2025, 1), m(2025, 12))];

describe("the Cleveland gap: financial against calendar", () => {
  it("counts the months each basis compares", () => {
    // Financial: 2025/26 (Apr–Dec) against 2024/25 (Apr, Jan–Mar) share April only; no year is complete.
    expect(monthsComparedOn("financial", gap)).toBe(1);
    // Calendar: 2025 against 2024 (Jan–Apr): four months.
    expect(monthsComparedOn("calendar", gap)).toBe(4);
    // Rolling: 12 months to Dec 2025 against 12 months to Dec 2024 (Jan–Apr): four months.
    expect(monthsComparedOn("rolling12", gap)).toBe(4);
  });

  it("auto picks calendar years (4 months) over financial (1); calendar beats rolling on the tie", () => {
    expect(decideBasis("auto", gap)).toEqual({
      used: "calendar",
      how: "automatic",
      monthsCompared: { financial: 1, calendar: 4, rolling12: 4 },
      better: null,
    });
  });

  it("a chosen financial basis is kept, with calendar named as better (1 month is 3 or fewer)", () => {
    expect(decideBasis("financial", gap)).toMatchObject({ used: "financial", how: "chosen", better: "calendar" });
  });

  it("a chosen basis comparing more than 3 months names no better one", () => {
    expect(decideBasis("rolling12", gap).better).toBeNull();
  });
});

describe("ties", () => {
  it("Apr 2023 to Dec 2024: every basis compares 9 months, so the more recent complete year: calendar 2024", () => {
    // Financial: 2024/25 (Apr–Dec) against 2023/24: 9. Calendar: 2024 against 2023 (Apr–Dec): 9.
    // Rolling: 12 months to Dec 2024 against 12 months to Dec 2023 (Apr–Dec): 9.
    // Headline years: financial 2023/24 (to Mar 2024), calendar 2024 (to Dec 2024): calendar is the later.
    const months = range(m(2023, 4), m(2024, 12));
    expect(decideBasis("auto", months)).toMatchObject({
      used: "calendar",
      monthsCompared: { financial: 9, calendar: 9, rolling12: 9 },
    });
  });

  it("Jan 2023 to Dec 2025: financial and calendar both compare 12, so calendar 2025 (later than 2024/25)", () => {
    const months = range(m(2023, 1), m(2025, 12));
    expect(decideBasis("auto", months)).toMatchObject({
      used: "calendar",
      monthsCompared: { financial: 12, calendar: 12, rolling12: 12 },
    });
  });

  it("Apr 2022 to Sep 2025: both compare 12; 2024/25 ends after 2024, so financial; rolling never wins a tie", () => {
    // Financial: 2024/25 against 2023/24. Calendar: 2024 against 2023. Rolling: 12 months to Sep 2025: 12.
    const months = range(m(2022, 4), m(2025, 9));
    expect(decideBasis("auto", months)).toMatchObject({
      used: "financial",
      monthsCompared: { financial: 12, calendar: 12, rolling12: 12 },
    });
  });

  it("Apr 2022 to Mar 2024: financial and rolling compare 12, calendar 9, so financial", () => {
    const months = range(m(2022, 4), m(2024, 3));
    expect(decideBasis("auto", months)).toMatchObject({
      used: "financial",
      monthsCompared: { financial: 12, calendar: 9, rolling12: 12 },
    });
  });

  it("a basis fixed by the targets is used on auto", () => {
    expect(decideBasis("auto", gap, "financial")).toMatchObject({ used: "financial", how: "chosen" });
  });
});
