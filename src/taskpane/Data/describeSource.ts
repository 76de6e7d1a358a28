/** Plain-English labels for a discovered source, as the Data panel shows them. */
import type { ExtractFormat } from "../../engine/extracts/types";
import type { DiscoveredSource } from "../../workbook/host";

const FORMAT_LABELS: Record<ExtractFormat, string> = {
  "police-uk": "police.uk",
  "home-office-csp": "Home Office CSP",
  mapped: "Mapped table",
};

export function formatLabel(format: ExtractFormat | null, mapped: boolean): string {
  if (mapped) return FORMAT_LABELS.mapped;
  return format ? FORMAT_LABELS[format] : "Not recognised";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024-01" -> "Jan 2024"; anything else is shown as given. */
export function monthLabel(key: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return key;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${match[1]}` : key;
}

export function monthsCovered(source: Pick<DiscoveredSource, "firstMonth" | "lastMonth">): string | null {
  const { firstMonth, lastMonth } = source;
  if (!firstMonth && !lastMonth) return null;
  if (!firstMonth || !lastMonth || firstMonth === lastMonth) return monthLabel((firstMonth ?? lastMonth) as string);
  return `${monthLabel(firstMonth)} to ${monthLabel(lastMonth)}`;
}

export function rowsLabel(rows: number): string {
  return `${rows.toLocaleString("en-GB")} ${rows === 1 ? "row" : "rows"}`;
}

/** A short list for a narrow pane: "Knowsley, Sefton and 3 more". */
export function shortList(names: readonly string[], show = 3): string {
  if (names.length === 0) return "none found";
  if (names.length <= show) {
    return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  }
  return `${names.slice(0, show).join(", ")} and ${names.length - show} more`;
}
