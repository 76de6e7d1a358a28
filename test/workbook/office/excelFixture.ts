/** A fake Excel session with a police.uk extract sheet and a user's notes sheet, and the runtime around it. */
import { FakeExcel, newWorkbook, type FakeExcelOptions, type Scalar } from "../../fakeExcel";
import type { ExcelRun, OfficeRuntime } from "../../../src/workbook/office/runtime";

export const EXTRACT_HEADER = [
  "Crime ID",
  "Month",
  "Reported by",
  "Falls within",
  "Longitude",
  "Latitude",
  "Location",
  "LSOA code",
  "LSOA name",
  "Crime type",
  "Last outcome category",
  "Context",
];

export function extractRows(count: number, firstMonth = "2023-04"): Scalar[][] {
  const [year, month] = firstMonth.split("-").map(Number);
  const districts = ["Knowsley 006A", "St. Helens 012C", "Wirral 001B"];
  const types = ["Burglary", "Anti-social behaviour", "Shoplifting", "Vehicle crime"];
  return Array.from({ length: count }, (_, i) => {
    const m = month - 1 + Math.floor((i * 12) / count);
    const monthText = `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    const type = types[i % types.length];
    return [
      type === "Anti-social behaviour" ? "" : `id${i}`,
      monthText,
      "Merseyside Police",
      "Merseyside Police",
      -2.8,
      53.4,
      "On or near Main Street",
      "E01006400",
      districts[i % districts.length],
      type,
      "Under investigation",
      "",
    ];
  });
}

export function excelWithExtract(rows = 30, options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(
    newWorkbook({
      "Crimes 2023": [EXTRACT_HEADER, ...extractRows(rows)],
      "My notes": [["Notes on the assessment"], ["=not a formula, just typed text in the fake"]],
    }),
    options,
  );
}

/** The runtime around a fake Excel: it asks the fake which requirement sets it supports, as the add-in asks Office. */
export function fakeRuntime(excel: FakeExcel): OfficeRuntime {
  return {
    run: excel.run as unknown as ExcelRun,
    supportsExcelApi: (version) => excel.isSetSupported("ExcelApi", version),
    yieldToUi: () => new Promise((resolve) => setImmediate(resolve)),
  };
}
