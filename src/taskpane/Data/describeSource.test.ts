import { formatLabel, monthLabel, monthsCovered, rowsLabel, shortList } from "./describeSource";

describe("formatLabel", () => {
  it.each([
    ["police-uk", false, "police.uk"],
    ["home-office-csp", false, "Home Office CSP"],
    [null, false, "Not recognised"],
    [null, true, "Mapped table"],
  ] as const)("%s (mapped %s) -> %s", (format, mapped, expected) => {
    expect(formatLabel(format, mapped)).toBe(expected);
  });
});

describe("monthLabel", () => {
  it.each([
    ["2024-01", "Jan 2024"],
    ["2023-12", "Dec 2023"],
    ["2023-13", "2023-13"],
    ["March", "March"],
  ])("%s -> %s", (key, expected) => {
    expect(monthLabel(key)).toBe(expected);
  });
});

describe("monthsCovered", () => {
  it.each([
    [{ firstMonth: "2022-04", lastMonth: "2025-03" }, "Apr 2022 to Mar 2025"],
    [{ firstMonth: "2024-06", lastMonth: "2024-06" }, "Jun 2024"],
    [{ firstMonth: null, lastMonth: "2024-06" }, "Jun 2024"],
    [{ firstMonth: null, lastMonth: null }, null],
  ])("%j -> %s", (source, expected) => {
    expect(monthsCovered(source)).toBe(expected);
  });
});

describe("rowsLabel", () => {
  it.each([
    [1, "1 row"],
    [0, "0 rows"],
    [1048575, "1,048,575 rows"],
  ])("%d -> %s", (rows, expected) => {
    expect(rowsLabel(rows)).toBe(expected);
  });
});

describe("shortList", () => {
  it.each([
    [[], "none found"],
    [["Knowsley"], "Knowsley"],
    [["Knowsley", "Sefton"], "Knowsley and Sefton"],
    [["Knowsley", "Sefton", "Wirral"], "Knowsley, Sefton and Wirral"],
    [["A", "B", "C", "D", "E"], "A, B, C and 2 more"],
  ])("%j -> %s", (names, expected) => {
    expect(shortList(names)).toBe(expected);
  });
});
