import type { TargetSetting } from "../../engine/assessment/settings";
import {
  checkTarget,
  describeTarget,
  followRenames,
  hasProblems,
  newTarget,
  periodOfMonth,
  periodOrder,
} from "./targets";

const target = (over: Partial<TargetSetting> = {}): TargetSetting => ({
  category: "Anti-social behaviour",
  baselineYear: "2023/24",
  targetYear: "2026/27",
  changePct: -6,
  method: "linear",
  tolerancePct: 5,
  polarity: "lowerIsBetter",
  ...over,
});

describe("periodOfMonth", () => {
  it.each([
    ["2025-03", "financial", "2024/25"],
    ["2025-04", "financial", "2025/26"],
    ["1999-12", "financial", "1999/00"],
    ["2025-03", "calendar", "2025"],
    ["2025-03", "rolling12", "12 months to 2025-03"],
    ["March", "financial", null],
  ] as const)("%s on %s -> %s", (month, basis, expected) => {
    expect(periodOfMonth(month, basis)).toBe(expected);
  });
});

describe("periodOrder", () => {
  it.each([
    ["2023/24", "financial", 2023 * 12 + 3],
    ["2023/25", "financial", null],
    ["2023", "financial", null],
    ["2023", "calendar", 2023 * 12],
    ["12 months to 2024-03", "rolling12", 2024 * 12 + 2],
    ["12 months to 2024-13", "rolling12", null],
  ] as const)("%s on %s -> %s", (label, basis, expected) => {
    expect(periodOrder(label, basis)).toBe(expected);
  });
});

describe("newTarget", () => {
  it("starts from the latest period in the data and runs three years", () => {
    expect(newTarget("financial", "2025-03")).toMatchObject({
      category: "All crime",
      baselineYear: "2024/25",
      targetYear: "2027/28",
      changePct: -5,
    });
    expect(newTarget("calendar", "2025-03")).toMatchObject({ baselineYear: "2025", targetYear: "2028" });
    expect(newTarget("rolling12", "2025-03")).toMatchObject({
      baselineYear: "12 months to 2025-03",
      targetYear: "12 months to 2028-03",
    });
  });

  it("leaves the years blank when the data's months are unknown", () => {
    expect(newTarget("financial", null)).toMatchObject({ baselineYear: "", targetYear: "" });
  });
});

describe("checkTarget", () => {
  it("accepts a well-formed target", () => {
    expect(hasProblems(checkTarget(target(), "financial"))).toBe(false);
  });

  it.each([
    [{ category: " " }, "category"],
    [{ baselineYear: "2023-24" }, "baselineYear"],
    [{ targetYear: "2022/23" }, "targetYear"],
    [{ targetYear: "2023/24" }, "targetYear"],
    [{ changePct: 0 }, "changePct"],
    [{ changePct: Number.NaN }, "changePct"],
    [{ changePct: -100 }, "changePct"],
    [{ tolerancePct: -1 }, "tolerancePct"],
  ] as const)("%j is a problem with %s", (over, field) => {
    expect(Object.keys(checkTarget(target(over), "financial"))).toEqual([field]);
  });

  it("checks years against the basis", () => {
    expect(checkTarget(target(), "calendar").baselineYear).toBe("Write the baseline year like 2023.");
  });
});

describe("describeTarget", () => {
  it.each([
    [target(), "Reduce Anti-social behaviour by 6% by the end of 2026/27 against a 2023/24 baseline (linear)."],
    [
      target({
        category: "Violence and sexual offences",
        changePct: 10.5,
        method: "compound",
        polarity: "higherIsBetter",
      }),
      "Increase Violence and sexual offences by 10.5% by the end of 2026/27 against a 2023/24 baseline (compound).",
    ],
    [target({ baselineYear: "" }), "Reduce Anti-social behaviour by 6% (linear)."],
  ])("%j", (value, expected) => {
    expect(describeTarget(value)).toBe(expected);
  });
});

describe("followRenames", () => {
  const target = (category: string) => ({ ...newTarget("financial", "2025-03"), category });
  const priority = (name: string) => ({ name, rules: [], polarity: "lowerIsBetter" as const });
  it.each([
    [
      "follows a renamed priority",
      [priority("DA")],
      [priority("Domestic abuse")],
      ["DA", "All crime"],
      ["Domestic abuse", "All crime"],
    ],
    ["leaves targets alone when one is added", [priority("DA")], [priority("DA"), priority("")], ["DA"], ["DA"]],
    ["does not follow a name cleared", [priority("DA")], [priority("")], ["DA"], ["DA"]],
  ])("%s", (_, before, after, categories, expected) => {
    expect(followRenames(before, after, categories.map(target)).map((t) => t.category)).toEqual(expected);
  });
});
