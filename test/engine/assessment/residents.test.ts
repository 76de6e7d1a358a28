/**
 * Populations of districts and partnerships from a census table of districts
 * (LADs), through the ONS lookup. Hand-made figures: each partnership's sum is
 * added up here from the districts the lookup file lists for it.
 */
import { populationFromRows, residentsOf } from "../../../src/engine/assessment/population";
import { AssessmentError } from "../../../src/engine/errors";

const census = populationFromRows(
  [
    ["LAD", "NAME", "COUNTY", "REGION", "POP11", "POP21"],
    ["E07000084", "Basingstoke and Deane", "Hampshire", "South East", "167799", "185700"],
    ["E07000089", "Hart", "Hampshire", "South East", "91033", "100300"],
    ["E07000092", "Rushmoor", "Hampshire", "South East", "93807", "103900"],
    ["E07000043", "North Devon", "Devon", "South West", "93667", "98600"],
    ["E07000046", "Torridge", "Devon", "South West", "63839", "68000"],
    ["E06000060", "Buckinghamshire", "0", "South East", "505283", "553100"],
    ["E07000026", "Allerdale", "Cumbria", "North West", "96422", "96200"],
    ["E06000059", "Dorset", "0", "South West", "0", "379600"],
    ["E06000058", "Bournemouth, Christchurch & Poole", "0", "South West", "0", "400300"],
    ["E06000023", "Bristol", "0", "South West", "428234", "472400"],
    ["E06000001", "Hartlepool", "0", "North East", "92028", ""],
    ["E07000094", "Winchester", "Hampshire", "South East", "116595", "0"],
  ],
  "lad-population.csv",
);

describe("population table", () => {
  it("takes 0 or blank as no figure, listed, not as an error", () => {
    expect(census.unusable).toEqual(["Hartlepool", "Winchester"]);
    expect(census.byDistrict.hartlepool).toBeUndefined();
  });

  it("still refuses a negative or non-numeric population, naming the row and column", () => {
    const bad = () =>
      populationFromRows(
        [
          ["Area", "Population"],
          ["Ashby", "-5"],
        ],
        "pop.csv",
      );
    expect(bad).toThrow(AssessmentError);
    expect(bad).toThrow('The population "-5" is not a positive number.');
  });
});

describe("residents of districts and partnerships", () => {
  it.each([
    ["a district: its own row", "Hart", "district", 100_300],
    [
      "a partnership: the sum of its districts (185,700 + 100,300 + 103,900)",
      "North Hampshire",
      "partnership",
      389_900,
    ],
    ["North Devon as a partnership: North Devon and Torridge (98,600 + 68,000)", "North Devon", "partnership", 166_600],
    ["North Devon as a district: its own row", "North Devon", "district", 98_600],
    [
      "a partnership named as the census names its district (Bristol, City of)",
      "Bristol, City of",
      "partnership",
      472_400,
    ],
    [
      "a former district the census lists, now a partnership taking part of Cumberland",
      "Allerdale",
      "partnership",
      96_200,
    ],
  ] as const)("%s", (_what, name, kind, expected) => {
    expect(residentsOf(census, name, kind)).toEqual({ value: expected, problem: null });
  });

  it.each([
    [
      "a partnership taking part of a split district",
      "Aylesbury Vale",
      "it takes in part of Buckinghamshire, which the population table gives as one figure that cannot be divided",
    ],
    [
      "Dorset, which takes part of BCP, though the table has a Dorset district",
      "Dorset",
      "it takes in part of Bournemouth, Christchurch and Poole, which the population table gives as one figure that cannot be divided",
    ],
    ["a partnership whose one district is blank", "Hartlepool", "its population is 0 or blank in the population table"],
    ["a partnership whose one district is 0", "Winchester", "its population is 0 or blank in the population table"],
    ["a partnership the table does not hold", "Middlesbrough", "not in the population table"],
  ] as const)("n/a for %s", (_what, name, problem) => {
    expect(residentsOf(census, name, "partnership")).toEqual({ value: null, problem });
  });

  it("names the districts a partnership lacks", () => {
    const partial = populationFromRows(
      [
        ["NAME", "POP21"],
        ["Hart", "100300"],
        ["Rushmoor", ""],
      ],
      "p.csv",
    );
    expect(residentsOf(partial, "North Hampshire", "partnership")).toEqual({
      value: null,
      problem:
        "the population table has no figure for Basingstoke and Deane; the population of Rushmoor is 0 or blank in the table",
    });
  });

  it("sums the data's own districts for a unit the lookup does not hold", () => {
    const local = populationFromRows(
      [
        ["Area", "Population"],
        ["Ashby", "1000"],
        ["Brook", "2000"],
      ],
      "p.csv",
    );
    expect(residentsOf(local, "Ashby and Brook", "partnership", ["Ashby", "Brook"]).value).toBe(3000);
    expect(residentsOf(undefined, "Ashby", "district").problem).toBe("no population table was given");
  });
});
