import type { DiscoveredSource } from "../../workbook/host";
import { chosenLabel, dataEntries, groupChecked, monthsCovered, runLabel, type SourceGroup } from "./sourceGroups";

function src(id: string, over: Partial<DiscoveredSource> = {}): DiscoveredSource {
  return {
    id,
    name: id,
    kind: "file",
    format: "police-uk",
    rows: 100,
    firstMonth: null,
    lastMonth: null,
    districts: [],
    forces: [],
    headers: [],
    ...over,
  };
}

/** A monthly police.uk file holding one month, "2024-01" style. */
const monthly = (month: string, rows = 100) =>
  src(`${month}-cleveland-street.csv`, { firstMonth: month, lastMonth: month, months: [month], rows });

/** "2024-01" for each month from `from` for `count` months, skipping `skip`. */
function months(from: string, count: number, skip: string[] = []): string[] {
  const [y, m] = from.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const n = y * 12 + m - 1 + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
  }).filter((key) => !skip.includes(key));
}

function onlyGroup(sources: DiscoveredSource[]): SourceGroup {
  const entries = dataEntries(sources);
  expect(entries).toHaveLength(1);
  if (entries[0].type !== "group") throw new Error("expected a group");
  return entries[0].group;
}

describe("dataEntries", () => {
  it("makes 24 monthly files one entry with their span and total rows", () => {
    // 24 files of 100 rows, but the 3rd (Mar 2024) has 67: 23 * 100 + 67 = 2,367.
    const files = months("2024-01", 24).map((m) => monthly(m, m === "2024-03" ? 67 : 100));
    const group = onlyGroup(files);
    expect(group.label).toBe("police.uk street-level crime: 24 files");
    expect(group.span).toBe("Jan 2024–Dec 2025");
    expect(group.rows).toBe("2,367 rows");
    expect(group.absent).toBeNull();
    expect(group.sources).toHaveLength(24);
  });

  it.each([
    [
      "one run in a year",
      ["2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"],
      "May–Dec 2024 not in the files",
    ],
    ["one month", ["2024-05"], "May 2024 not in the files"],
    ["a run across a new year", ["2024-11", "2024-12", "2025-01", "2025-02"], "Nov 2024–Feb 2025 not in the files"],
    ["two runs", ["2024-02", "2024-05", "2024-06"], "Feb 2024 and May–Jun 2024 not in the files"],
    ["three runs", ["2024-02", "2024-04", "2024-06"], "Feb 2024, Apr 2024 and Jun 2024 not in the files"],
    [
      "five runs",
      ["2024-02", "2024-04", "2024-06", "2024-08", "2024-10"],
      "Feb 2024, Apr 2024, Jun 2024 and 2 more gaps not in the files",
    ],
  ])("names the months absent from the span: %s", (_, absent, expected) => {
    const group = onlyGroup(months("2024-01", 24, absent).map((m) => monthly(m)));
    expect(group.span).toBe("Jan 2024–Dec 2025");
    expect(group.absent).toBe(expected);
  });

  it("sees a gap inside a file read whole (its months are listed)", () => {
    const group = onlyGroup([
      src("2024.csv", { firstMonth: "2024-01", lastMonth: "2024-12", months: months("2024-01", 12, ["2024-07"]) }),
      src("2025.csv", { firstMonth: "2025-01", lastMonth: "2025-03", months: months("2025-01", 3) }),
    ]);
    expect(group.absent).toBe("Jul 2024 not in the files");
  });

  it("takes each sheet's span as held when only its first and last months are known (Excel)", () => {
    const sheets = [
      src("2023", { kind: "sheet", firstMonth: "2023-01", lastMonth: "2023-12" }),
      src("2025", { kind: "sheet", firstMonth: "2025-01", lastMonth: "2025-06" }),
    ];
    const group = onlyGroup(sheets);
    expect(group.label).toBe("police.uk street-level crime: 2 sheets");
    expect(group.span).toBe("Jan 2023–Jun 2025");
    expect(group.absent).toBe("Jan–Dec 2024 not in the sheets");
  });

  it("counts a Home Office row as its whole quarter, so back-to-back years leave no gap", () => {
    // Each financial year's rows sit at Apr, Jul, Oct and Jan: Q4 (Jan) covers Jan-Mar.
    const tables = [
      src("Sheet1!FY2223", { kind: "table", format: "home-office-csp", firstMonth: "2022-04", lastMonth: "2023-01" }),
      src("Sheet2!FY2324", { kind: "table", format: "home-office-csp", firstMonth: "2023-04", lastMonth: "2024-01" }),
      src("FY2425", { kind: "sheet", format: "home-office-csp", firstMonth: "2024-04", lastMonth: "2025-01" }),
    ];
    const group = onlyGroup(tables);
    expect(group.label).toBe("Home Office crime by CSP: 1 sheet and 2 tables");
    expect(group.span).toBe("Apr 2022–Mar 2025");
    expect(group.absent).toBeNull();
  });

  it("says 'any of them' for months absent from a mix of files and sheets", () => {
    const group = onlyGroup([
      monthly("2024-01"),
      src("Mar (book.xlsx)", { kind: "sheet", firstMonth: "2024-03", lastMonth: "2024-03" }),
    ]);
    expect(group.label).toBe("police.uk street-level crime: 1 file and 1 sheet");
    expect(group.absent).toBe("Feb 2024 not in any of them");
  });

  it("has no span when no source's months are known", () => {
    const group = onlyGroup([src("a.csv"), src("b.csv")]);
    expect(group.span).toBeNull();
    expect(group.absent).toBeNull();
  });

  it("keeps tables that are not extracts, and a format's only source, listed on their own, in order", () => {
    const log = src("ASB log", { format: null, kind: "sheet" });
    const ho = src("HO", { format: "home-office-csp", kind: "sheet" });
    const [a, b] = [monthly("2024-01"), monthly("2024-02")];
    const entries = dataEntries([log, a, ho, b]);
    expect(entries.map((e) => (e.type === "source" ? e.source.id : e.group.label))).toEqual([
      "ASB log",
      "police.uk street-level crime: 2 files",
      "HO",
    ]);
  });

  it("never groups two tables that are not extracts", () => {
    const entries = dataEntries([src("a", { format: null }), src("b", { format: null })]);
    expect(entries.map((e) => e.type)).toEqual(["source", "source"]);
  });
});

describe("groupChecked and chosenLabel", () => {
  const group = onlyGroup(months("2024-01", 4).map((m) => monthly(m)));
  const ids = group.sources.map((s) => s.id);
  it.each([
    [[], false, null],
    [ids.slice(0, 1), "mixed", "1 of 4 chosen"],
    [ids.slice(0, 3), "mixed", "3 of 4 chosen"],
    [ids, true, null],
    [[...ids, "another.csv"], true, null],
  ])("%j -> %s, %s", (selected, checked, label) => {
    expect(groupChecked(group, selected)).toBe(checked);
    expect(chosenLabel(group, selected)).toBe(label);
  });
});

describe("monthsCovered", () => {
  it.each([
    ["listed months", [src("a", { months: ["2024-03", "2024-01"] })], false, ["2024-01", "2024-03"]],
    ["a span", [src("a", { firstMonth: "2024-11", lastMonth: "2025-01" })], false, ["2024-11", "2024-12", "2025-01"]],
    ["only a last month", [src("a", { lastMonth: "2024-02" })], false, ["2024-02"]],
    ["a quarter", [src("a", { months: ["2024-04"] })], true, ["2024-04", "2024-05", "2024-06"]],
    ["an unreadable month", [src("a", { firstMonth: "March", lastMonth: "March" })], false, []],
  ])("%s", (_, sources, quarterly, expected) => {
    const keys = monthsCovered(sources, quarterly).map(
      (m) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`,
    );
    expect(keys).toEqual(expected);
  });
});

describe("runLabel", () => {
  const m = (year: number, month: number) => year * 12 + month - 1;
  it.each([
    [[m(2024, 5), m(2024, 5)], "May 2024"],
    [[m(2024, 5), m(2024, 12)], "May–Dec 2024"],
    [[m(2024, 11), m(2025, 2)], "Nov 2024–Feb 2025"],
    [[m(2024, 1), m(2025, 12)], "Jan 2024–Dec 2025"],
  ] as [[number, number], string][])("%j -> %s", (run, expected) => {
    expect(runLabel(run)).toBe(expected);
  });
});
