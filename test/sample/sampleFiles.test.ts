/** The demo's files in samples/: they fit the generated extracts and read as the command line reads them. */
import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import { parseMappingCsv, parsePrioritiesCsv, parseTargetsCsv } from "../../src/engine/extracts";
import { FORCE_EXTRACT_HEADER } from "../../src/sample/generateForceExtract";
import { OFFENCES, SERIOUS_VIOLENCE_SUBGROUPS } from "../../src/sample/offences";

const sample = (name: string) => readFileSync(join(__dirname, "..", "..", "samples", name), "utf8");

describe("samples/", () => {
  it("northshire-priorities.csv: serious violence from the extract's subgroups, two flags, acquisitive crime", () => {
    const priorities = parsePrioritiesCsv(sample("northshire-priorities.csv"), "northshire-priorities.csv");
    expect(priorities.map((p) => [p.name, p.polarity])).toEqual([
      ["Serious violence", "lowerIsBetter"],
      ["Domestic abuse", "higherIsBetter"],
      ["Hate crime", "higherIsBetter"],
      ["Acquisitive crime", "lowerIsBetter"],
    ]);
    const serious = priorities[0].rules.map((r) => r.value);
    expect(serious).toEqual(SERIOUS_VIOLENCE_SUBGROUPS);
    const subgroups = new Set(OFFENCES.map((o) => o.subgroup));
    expect(serious.filter((s) => !subgroups.has(s))).toEqual([]);
    const groups = new Set(OFFENCES.map((o) => o.group));
    expect(priorities[3].rules.filter((r) => !groups.has(r.value))).toEqual([]);
  });

  it("northshire-force-mapping.csv names only columns of the force extract, both flags among them", () => {
    const mapping = parseMappingCsv(sample("northshire-force-mapping.csv"), "northshire-force-mapping.csv");
    const { flags, ...fields } = mapping;
    const named = [...Object.values(fields), ...Object.values(flags ?? {})];
    expect(named.filter((c) => !FORCE_EXTRACT_HEADER.includes(c!))).toEqual([]);
    expect(Object.keys(flags ?? {})).toEqual(["Domestic abuse", "Hate crime"]);
  });

  it("northshire-weights.csv: a made-up demo weight for every offence code of the extract, labelled so on each row", () => {
    const rows = Papa.parse<Record<string, string>>(sample("northshire-weights.csv"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r["offence code"], Number(r.weight)])).toEqual(OFFENCES.map((o) => [o.code, o.demoWeight]));
    expect(
      rows.filter((r) => !/^Made-up demo weight: not the ONS Crime Severity Score or the Cambridge/.test(r.note)),
    ).toEqual([]);
  });

  it("northshire-theme-targets.csv names the priorities, on the financial years the force extract covers", () => {
    const targets = parseTargetsCsv(sample("northshire-theme-targets.csv"), "northshire-theme-targets.csv");
    expect(targets.map((t) => t.category)).toEqual([
      "All crime",
      "Serious violence",
      "Domestic abuse",
      "Hate crime",
      "Acquisitive crime",
    ]);
    // Financial years the force extract covers; 2025/26, the target year, is the partial one (so it is projected).
    expect(targets.map((t) => t.baselineYear)).toEqual(["2022/23", "2022/23", "2023/24", "2022/23", "2022/23"]);
    expect(targets.every((t) => t.targetYear === "2025/26")).toBe(true);
  });
});
