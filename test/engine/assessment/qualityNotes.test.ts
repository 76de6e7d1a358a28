/**
 * The data-quality notes: missing months are "not in the files supplied" (the
 * files may be incomplete, police.uk may not be), and another basis is suggested
 * only when the engine's basis decision found a better one.
 */
import { assess } from "../../../src/engine/assessment/assess";
import { describeRows } from "../../../src/engine/assessment/quality";
import { defaultSettings, type AssessmentSettings } from "../../../src/engine/assessment/settings";
import { months, readOf, type Tuple } from "../tableOf";

const F = "Testshire Police";
const burglary = (keys: string[]): Tuple[] => keys.map((m): Tuple => [m, "Ashby", F, "Burglary", 10]);
const run = (tuples: Tuple[], changes: Partial<AssessmentSettings> = {}) =>
  assess(readOf(tuples), { ...defaultSettings("Ashby"), ...changes });

// Jan–Apr 2024 and all of 2025: financial years compare 1 month (Apr), calendar years 4.
const gap = burglary([...months("2024-01", "2024-04"), ...months("2025-01", "2025-12")]);
// Apr–Jul 2024 and Apr–Jul 2025: every basis compares the same 4 months.
const summers = burglary([...months("2024-04", "2024-07"), ...months("2025-04", "2025-07")]);

describe("missing months", () => {
  it("are not in the files supplied, never 'no rows published'", () => {
    const notes = run(gap).quality.notes;
    expect(notes).toContain(
      "8 months (May 2024 to Dec 2024) are not in the files supplied: they are treated as missing, not as zero crime.",
    );
    expect(notes.join(" ")).not.toMatch(/published/);
  });
});

describe("another basis", () => {
  it("is suggested, with the flag, when the basis chosen compares one month and calendar years compare 4", () => {
    const a = run(gap, { basis: "financial" });
    expect(a.basis.better).toBe("calendar");
    expect(a.quality.notes).toContain(
      "Only 1 month can be compared with a year earlier on financial years. Calendar years would compare 4: choose them in the settings (command line: --basis calendar).",
    );
  });

  it("is not suggested when the automatic basis already compares the most", () => {
    const a = run(gap);
    expect(a.basis).toMatchObject({ used: "calendar", better: null });
    expect(a.quality.notes.join(" ")).not.toMatch(/would compare|basis may compare/);
  });

  it("is not suggested when few months are compared but no basis compares more", () => {
    const a = run(summers, { basis: "financial" });
    expect(a.basis.monthsCompared).toEqual({ financial: 4, calendar: 4, rolling12: 4 });
    expect(a.basis.better).toBeNull();
    expect(a.quality.notes.join(" ")).not.toMatch(/would compare|basis may compare/);
  });
});

describe("first rows", () => {
  it("are grouped by source, with bare row numbers so that the list stays clear", () => {
    const examples = [
      { source: "a.csv", row: 40411 },
      { source: "a.csv", row: 46182 },
      { source: "b.csv", row: 7 },
    ];
    expect(describeRows(examples)).toBe("a.csv rows 40411, 46182; b.csv row 7");
  });
});
