import { monthIndex } from "../../../src/engine/extracts/crimeTable";
import {
  financialQuarter,
  financialYearStart,
  monthFromCell,
  quarterFirstMonth,
  UNREADABLE,
} from "../../../src/engine/extracts/months";

describe("monthFromCell", () => {
  it.each([
    ["2024-01", 2024, 1],
    [" 2023-12 ", 2023, 12],
    ["2024-03-15", 2024, 3],
    ["2024/4", 2024, 4],
    ["15/03/2024", 2024, 3], // UK day-first
    ["03/2024", 2024, 3],
    ["Jan-24", 2024, 1],
    ["September 2023", 2023, 9],
    ["Sept 2023", 2023, 9],
    ["1 Febr. 2024", 2024, 2],
    ["2024-02-01T00:00:00.000Z", 2024, 2],
  ])("reads the text %p", (text, year, month) => {
    expect(monthFromCell(text)).toBe(monthIndex(year, month));
  });

  // Serials worked out by hand: 1 Jan 1900 is serial 1 and Excel counts 29 Feb 1900, so
  // 1 Jan 2024 = 45292 (days from 30 Dec 1899 to 1 Jan 2024: 124 years with 30 leap days
  // = 45290 days, plus 2 for 30-31 Dec 1899).
  it.each([
    [45292, 2024, 1],
    [45322, 2024, 1], // 31 Jan 2024
    [45323, 2024, 2], // 1 Feb 2024
    [45292.75, 2024, 1], // a time of day is ignored
    [44652, 2022, 4], // 1 Apr 2022
  ])("reads the Excel serial %p", (serial, year, month) => {
    expect(monthFromCell(serial)).toBe(monthIndex(year, month));
  });

  it("reads a Date at UTC midnight (ExcelJS) and at local midnight (a browser), whatever the machine's zone", () => {
    expect(monthFromCell(new Date(Date.UTC(2024, 3, 1)))).toBe(monthIndex(2024, 4));
    // Local midnight on 1 April: in British Summer Time that is 23:00 UTC on 31 March.
    expect(monthFromCell(new Date(2024, 3, 1))).toBe(monthIndex(2024, 4));
  });

  it("reads a date-time cell (ExcelJS gives its wall-clock time as UTC) by its own day, late in the evening too", () => {
    expect(monthFromCell(new Date(Date.UTC(2024, 2, 31, 23, 30)))).toBe(monthIndex(2024, 3));
    expect(monthFromCell(new Date(Date.UTC(2024, 3, 1, 0, 15)))).toBe(monthIndex(2024, 4));
  });

  it.each([
    ["2024-13"],
    ["next month"],
    [""],
    ["2024"],
    [null],
    [undefined],
    [true],
    [-5],
    [new Date("nonsense")],
    // Words that only start like a month's name (these were read as Feb, Jun, May and Dec).
    ["Febtember 2024"],
    ["Junk 2024"],
    ["Mayhem 2024"],
    ["Decade 2024"],
  ])("cannot read %p", (cell) => {
    expect(monthFromCell(cell)).toBe(UNREADABLE);
  });
});

describe("financial years and quarters", () => {
  it.each([
    ["2025/26", 2025],
    ["2025-26", 2025],
    ["1999/00", 1999],
    ["2023/2024", 2023],
  ])("%p starts in %p", (text, year) => {
    expect(financialYearStart(text)).toBe(year);
  });
  it.each([["2025/27"], ["2025"], ["FY25"]])("%p is not a financial year", (text) => {
    expect(financialYearStart(text)).toBe(UNREADABLE);
  });
  it.each([
    [1, 1],
    ["Q2", 2],
    [" quarter 3 ", 3],
    ["4", 4],
  ])("reads quarter %p", (cell, q) => {
    expect(financialQuarter(cell)).toBe(q);
  });
  it("rejects quarter 5", () => {
    expect(financialQuarter(5)).toBe(UNREADABLE);
  });
  it("puts Q1 at April and Q4 at January of the next calendar year", () => {
    expect(quarterFirstMonth(2025, 1)).toBe(monthIndex(2025, 4));
    expect(quarterFirstMonth(2025, 3)).toBe(monthIndex(2025, 10));
    expect(quarterFirstMonth(2025, 4)).toBe(monthIndex(2026, 1));
  });
});
