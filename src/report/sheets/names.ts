/** The add-in's sheet names and tab colours (each valid as an Excel sheet name). */
import type { SheetKey } from "../plan";

export const SHEET_NAMES: Record<SheetKey, string> = {
  summary: "Summary",
  trends: "Trends",
  share: "Share of region",
  monthly: "Monthly",
  targets: "Targets",
  quality: "Data quality & method",
  comparisons: "Comparisons",
};

export const TAB_COLOURS: Record<SheetKey, string> = {
  summary: "1F4E79",
  trends: "2E75B6",
  share: "548235",
  monthly: "7030A0",
  targets: "C55A11",
  quality: "7F7F7F",
  comparisons: "BF8F00",
};
