/** Reading a report plan back as a reader would: tables, displayed values, charts and the cells they plot. */
import type { CellValue, ChartPlan, NumberFormatName, RangeRef, ReportPlan, TablePlan } from "../../src/report/plan";

export type PlacedTable = TablePlan & { sheet: string };

export function tables(plan: ReportPlan): PlacedTable[] {
  return plan.sheets.flatMap((s) =>
    s.blocks.filter((b): b is TablePlan => b.kind === "table").map((t) => ({ ...t, sheet: s.name })),
  );
}

export function charts(plan: ReportPlan): (ChartPlan & { sheet: string })[] {
  return plan.sheets.flatMap((s) =>
    s.blocks.filter((b): b is ChartPlan => b.kind === "chart").map((c) => ({ ...c, sheet: s.name })),
  );
}

/** How Excel shows a value under each format: a second, independent rendering. */
export function shown(value: CellValue, format: NumberFormatName): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  const group = (n: number) => Math.round(Math.abs(n)).toLocaleString("en-GB");
  const sign = (n: number) => (n > 0 ? "+" : n < 0 ? "-" : "");
  switch (format) {
    case "integer":
      return group(value);
    case "signedInteger":
      return `${sign(Math.round(value))}${group(value)}`;
    case "decimal1":
      return value.toFixed(1);
    case "decimal2":
      return value.toFixed(2);
    case "percent0":
      return `${Math.round(value * 100)}%`;
    case "percent1":
      return `${(value * 100).toFixed(1)}%`;
    case "signedPercent1":
      return `${sign(value)}${Math.abs(value * 100).toFixed(1)}%`;
    case "pp1":
      return `${sign(value)}${Math.abs(value).toFixed(1)} pp`;
    default:
      return String(value);
  }
}

/** Every caption, header and displayed body value of some tables. */
export function displayed(list: PlacedTable[]): Set<string> {
  const values = new Set<string>();
  for (const t of list) {
    values.add(t.caption);
    t.columns.forEach((c, i) => {
      values.add(c.header);
      for (const row of t.rows) values.add(shown(row[i], c.format));
    });
  }
  return values;
}

/** Numbers as written in text ("22,880", "7.9%", "+2.8 pp", "8%"), after removing period labels. */
export function numbersIn(text: string, labels: Iterable<string>): string[] {
  let rest = text;
  for (const label of [...labels].sort((a, b) => b.length - a.length)) rest = rest.split(label).join(" ");
  rest = rest
    .replace(/\b\d{4}\/\d{2}\b/g, " ")
    .replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b/g, " ");
  return rest.match(/[+-]?\d+(?:,\d{3})*(?:\.\d+)?(?:%| pp)?/g) ?? [];
}

/** Whether a number (sign aside) is shown in some value, alone or as a word of it. */
export function isShown(number: string, values: Set<string>): boolean {
  const bare = number.replace(/^[+-]/, "");
  return [...values].some(
    (v) =>
      v === number ||
      v === bare ||
      v.replace(/^[+-]/, "") === bare ||
      v
        .split(/[\s:;()]+/)
        .map((word) => word.replace(/[,.]$/, ""))
        .includes(bare),
  );
}

/** The value in a sheet cell, looked up through the tables placed there (header row included). */
export function cellAt(plan: ReportPlan, sheet: string, row: number, col: number): CellValue | undefined {
  for (const t of tables(plan).filter((x) => x.sheet === sheet)) {
    const c = col - t.at.col;
    if (c < 0 || c >= t.columns.length) continue;
    if (row === t.at.row) return t.columns[c].header;
    const r = row - t.at.row - 1;
    if (r >= 0 && r < t.rows.length) return t.rows[r][c];
  }
  return undefined;
}

/** The cells of a range, in reading order. */
export function cellsIn(plan: ReportPlan, ref: RangeRef): (CellValue | undefined)[] {
  const cells: (CellValue | undefined)[] = [];
  for (let r = ref.firstRow; r <= ref.lastRow; r++) {
    for (let c = ref.firstCol; c <= ref.lastCol; c++) cells.push(cellAt(plan, ref.sheet, r, c));
  }
  return cells;
}

/** The table a range lies in. */
export function tableAt(plan: ReportPlan, ref: RangeRef): PlacedTable | undefined {
  return tables(plan).find(
    (t) =>
      t.sheet === ref.sheet &&
      ref.firstRow >= t.at.row &&
      ref.lastRow <= t.at.row + t.rows.length &&
      ref.firstCol >= t.at.col &&
      ref.lastCol < t.at.col + t.columns.length,
  );
}
