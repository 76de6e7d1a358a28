/**
 * The lookup as shipped: the embedded module is the CSV byte for byte, and the
 * parsed districts, partnerships and force areas agree with a second, naive read
 * of the same file with papaparse.
 */
import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import { LAD24_CSP24_PFA24_CSV } from "../../../src/engine/lookups/lad24Csp24Pfa24Csv";
import { onsLookup } from "../../../src/engine/lookups/onsLookup";
import { foldForceName, foldPlaceName } from "../../../src/engine/lookups/placeNames";

const csvPath = join(__dirname, "..", "..", "..", "src", "engine", "lookups", "lad24-csp24-pfa24.csv");
const csv = readFileSync(csvPath, "utf8");
type Row = { LAD24CD: string; LAD24NM: string; CSP24CD: string; CSP24NM: string; PFA24NM: string };
const rows = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;

it("the module holds the CSV exactly (else run: node src/engine/lookups/embedLookup.mjs)", () => {
  expect(LAD24_CSP24_PFA24_CSV).toBe(csv);
});

it("has the README's 332 rows, 318 districts and 43 police force areas", () => {
  const lookup = onsLookup();
  expect(rows.length).toBe(332);
  expect(lookup.districts.length).toBe(new Set(rows.map((r) => r.LAD24CD)).size);
  expect(lookup.districts.length).toBe(318);
  expect(lookup.partnerships.length).toBe(new Set(rows.map((r) => r.CSP24CD)).size);
  expect(lookup.forceAreas).toEqual([...new Set(rows.map((r) => r.PFA24NM))].sort((a, b) => a.localeCompare(b)));
  expect(lookup.forceAreas.length).toBe(43);
  // Each row is one district-in-partnership link.
  expect(lookup.districts.reduce((n, d) => n + d.partnerships.length, 0)).toBe(332);
});

it("links every row's district, partnership and force area as the file does", () => {
  const lookup = onsLookup();
  const links = lookup.districts.flatMap((d) =>
    d.partnerships.map((p) => [d.code, d.name, p.code, p.name, d.forceArea].join("|")),
  );
  expect(links.sort()).toEqual(rows.map((r) => Object.values(r).join("|")).sort());
});

it("splits Buckinghamshire and BCP between partnerships, and makes North Hampshire of whole districts", () => {
  const lookup = onsLookup();
  const district = (name: string) => lookup.districts.find((d) => d.name === name)!;
  const partnership = (name: string) => lookup.partnerships.find((p) => p.name === name)!;
  expect(district("Buckinghamshire").partnerships.map((p) => p.name)).toEqual([
    "Aylesbury Vale",
    "Chiltern",
    "South Bucks",
    "Wycombe",
  ]);
  expect(district("Bournemouth, Christchurch and Poole").partnerships.length).toBe(3);
  expect(partnership("North Hampshire").whole).toBe(true);
  // Dorset's partnership takes in part of BCP, so it is not the sum of whole districts.
  expect(partnership("Dorset").whole).toBe(false);
});

it("folds no two districts, partnerships or force areas to the same name", () => {
  const lookup = onsLookup();
  const distinct = (names: string[], fold: (n: string) => string) => new Set(names.map(fold)).size === names.length;
  expect(
    distinct(
      lookup.districts.map((d) => d.name),
      foldPlaceName,
    ),
  ).toBe(true);
  expect(
    distinct(
      lookup.partnerships.map((p) => p.name),
      foldPlaceName,
    ),
  ).toBe(true);
  expect(distinct(lookup.forceAreas, foldForceName)).toBe(true);
});
