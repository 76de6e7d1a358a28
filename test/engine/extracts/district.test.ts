import { districtOfLsoaName } from "../../../src/engine/extracts";

describe("districtOfLsoaName", () => {
  it.each([
    ["Knowsley 006A", "Knowsley"],
    ["Redcar and Cleveland 001A", "Redcar and Cleveland"],
    ["St. Helens 012C", "St. Helens"],
    ["  Marsh and  Dale 003B ", "Marsh and Dale"],
    ["Stockton-on-Tees 020E", "Stockton-on-Tees"],
    ["", ""],
    ["Hartlepool", "Hartlepool"], // no LSOA suffix: kept whole
  ])("%p is in %p", (lsoa, district) => {
    expect(districtOfLsoaName(lsoa)).toBe(district);
  });
});
