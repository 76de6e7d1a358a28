/**
 * Tolerant names, table-driven: every spelling the extracts and the ONS lookup use
 * for the same place or force, and the lookup entry each one finds.
 */
import { closeForceAreas, findDistrict, findForceArea, findPartnership } from "../../../src/engine/lookups/onsLookup";
import { foldForceName, foldPlaceName, onsCode } from "../../../src/engine/lookups/placeNames";

describe("place names fold alike", () => {
  it.each([
    ["St Helens", "St. Helens"],
    ["City of London", "London, City of"],
    ["Kingston upon Hull", "Kingston upon Hull, City of"],
    ["Herefordshire", "Herefordshire, County of"],
    ["York", "City of York"],
    ["Stockton on Tees", "Stockton-on-Tees"],
    ["Kings Lynn and West Norfolk", "King's Lynn and West Norfolk"],
    ["Devon and Cornwall", "Devon & Cornwall"],
    ["  REDCAR AND CLEVELAND ", "Redcar and Cleveland"],
  ])("%s = %s", (a, b) => {
    expect(foldPlaceName(a)).toBe(foldPlaceName(b));
  });

  it.each([
    ["North Devon", "Devon"],
    ["Middlesbrough", "Hartlepool"],
    ["Westminster", "London, City of"],
  ])("%s is not %s", (a, b) => {
    expect(foldPlaceName(a)).not.toBe(foldPlaceName(b));
  });
});

describe("force names fold to the lookup's police force area", () => {
  it.each([
    ["Merseyside Police", "Merseyside"],
    ["Metropolitan Police Service", "Metropolitan Police"],
    ["City of London Police", "London, City of"],
    ["Devon & Cornwall Police", "Devon & Cornwall"],
    ["Devon and Cornwall", "Devon & Cornwall"],
    ["Avon and Somerset Constabulary", "Avon and Somerset"],
    ["Dyfed-Powys Police", "Dyfed-Powys"],
    ["Durham Constabulary", "Durham"],
    ["Cleveland", "Cleveland"],
  ])("%s is %s", (force, forceArea) => {
    expect(foldForceName(force)).toBe(foldForceName(forceArea));
    expect(findForceArea(force)).toBe(forceArea);
  });

  // data.police.uk's `Falls within` for each of the 43 forces of England and Wales.
  // prettier-ignore
  const policeUkForces = [
    "Avon and Somerset Constabulary", "Bedfordshire Police", "Cambridgeshire Constabulary", "Cheshire Constabulary",
    "City of London Police", "Cleveland Police", "Cumbria Constabulary", "Derbyshire Constabulary",
    "Devon & Cornwall Police", "Dorset Police", "Durham Constabulary", "Dyfed-Powys Police", "Essex Police",
    "Gloucestershire Constabulary", "Greater Manchester Police", "Gwent Police", "Hampshire Constabulary",
    "Hertfordshire Constabulary", "Humberside Police", "Kent Police", "Lancashire Constabulary",
    "Leicestershire Police", "Lincolnshire Police", "Merseyside Police", "Metropolitan Police Service",
    "Norfolk Constabulary", "North Wales Police", "North Yorkshire Police", "Northamptonshire Police",
    "Northumbria Police", "Nottinghamshire Police", "South Wales Police", "South Yorkshire Police",
    "Staffordshire Police", "Suffolk Constabulary", "Surrey Police", "Sussex Police", "Thames Valley Police",
    "Warwickshire Police", "West Mercia Police", "West Midlands Police", "West Yorkshire Police", "Wiltshire Police",
  ];

  it("finds a different police force area for each of police.uk's 43 forces", () => {
    const areas = policeUkForces.map(findForceArea);
    expect(areas.filter((a) => a === null)).toEqual([]);
    expect(new Set(areas).size).toBe(43);
  });
});

describe("the lookup's entries by name or code", () => {
  it.each([
    ["St Helens", "E08000013"],
    ["St. Helens", "E08000013"],
    ["E08000013", "E08000013"],
    ["e08000013", "E08000013"],
    ["London, City of", "E09000001"],
    ["City of London", "E09000001"],
    ["Kingston upon Hull", "E06000010"],
    ["Redcar and Cleveland", "E06000003"],
  ])("district %s is %s", (name, code) => {
    expect(findDistrict(name)?.code).toBe(code);
  });

  it.each([
    ["North Hampshire", "E22000374", 3],
    ["E22000374", "E22000374", 3],
    ["City of York", "E22000371", 1],
    ["Cwm Taf", "W14000023", 2],
  ])("partnership %s is %s, of %i districts", (name, code, districts) => {
    const partnership = findPartnership(name);
    expect(partnership?.code).toBe(code);
    expect(partnership?.districts.length).toBe(districts);
  });

  it("knows no Hambledown, Northshire or British Transport Police", () => {
    expect(findDistrict("Hambledown")).toBeNull();
    expect(findForceArea("Northshire Police")).toBeNull();
    expect(findForceArea("British Transport Police")).toBeNull();
  });

  it("reads ONS codes only in their own shape", () => {
    expect(onsCode(" e06000001 ")).toBe("E06000001");
    expect(onsCode("E0600001")).toBeNull();
    expect(onsCode("Hartlepool")).toBeNull();
  });
});

describe("force names that match none", () => {
  it("a typing error finds its force first", () => {
    expect(closeForceAreas("Merseyside Polise")[0]).toBe("Merseyside");
    expect(closeForceAreas("Clevland Police")[0]).toBe("Cleveland");
  });

  it("a force the lookup lacks finds nothing near", () => {
    expect(closeForceAreas("British Transport Police")).toEqual([]);
  });
});
