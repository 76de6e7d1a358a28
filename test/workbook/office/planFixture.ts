/**
 * Hand-built report plans for the writer tests: a small one whose every cell is
 * known, and a generator of large ones for the sync budget.
 */
import type { ReportPlan, SheetPlan, TablePlan } from "../../../src/report/plan";
import type { WriteOptions } from "../../../src/workbook/office/plan/writeReportPlan";

/** What the host saves with every write. */
export function writeOptions(extra: Partial<WriteOptions> = {}): WriteOptions {
  return {
    settings: {
      version: 1,
      sourceIds: ["Crimes 2023"],
      settings: {
        area: "Knowsley",
        basis: "financial",
        region: { includeOutOfArea: false },
        targets: [],
        polarity: {},
      },
      mappings: {},
    },
    ...extra,
  };
}

/** Extract text that Excel would turn into formulas if it were not written as text. */
export const RISKY_TEXT = ['=HYPERLINK("http://x")', "-ASB hotspot", "+44 151", "@home"];

export const summaryTable: TablePlan = {
  kind: "table",
  name: "SummaryTable",
  caption: "Recorded crime by category. Source: police.uk street-level crime, Apr 2022 to Mar 2024.",
  note: "All crime excludes anti-social behaviour.",
  at: { row: 3, col: 0 },
  columns: [
    { header: "Category", format: "text" },
    { header: "2022/23", format: "integer" },
    { header: "2023/24", format: "integer" },
    { header: "Change", format: "signedPercent1" },
    { header: "Status", format: "text" },
  ],
  rows: [
    ["All crime", 1200, 1032, -0.14, "Green"],
    ["Anti-social behaviour", 400, 444, 0.11, "Red"],
    [RISKY_TEXT[0], 5, null, "new", RISKY_TEXT[1]],
    [RISKY_TEXT[2], 0, 3, null, RISKY_TEXT[3]],
  ],
  highlights: [
    { kind: "sign", column: 3, fromRow: 0, toRow: 3, positive: "bad", negative: "good" },
    { kind: "text", column: 4, fromRow: 0, toRow: 3, equals: "Red", tone: "red" },
    { kind: "dataBar", column: 2, fromRow: 0, toRow: 3 },
  ],
};

const trendsTable: TablePlan = {
  kind: "table",
  name: "TrendsTable",
  caption: "All crime by year.",
  at: { row: 2, col: 1 },
  columns: [
    { header: "Year", format: "text" },
    { header: "All crime", format: "integer" },
    { header: "ASB", format: "integer" },
  ],
  rows: [
    ["2021/22", 1300, 380],
    ["2022/23", 1200, 400],
    ["2023/24", 1032, 444],
  ],
  highlights: [],
};

const summary: SheetPlan = {
  key: "summary",
  name: "Summary",
  tabColor: "1F3864",
  columnWidths: [28, 10, 10, 10, 8],
  freezeRows: 1,
  print: { landscape: true, fitToWidth: true, title: "Strategic assessment: Knowsley & district" },
  blocks: [
    { kind: "text", at: { row: 0, col: 0 }, text: "Strategic assessment: Knowsley", style: "title" },
    { kind: "text", at: { row: 1, col: 0 }, text: "All crime in Knowsley fell by 14% in 2023/24.", style: "finding" },
    summaryTable,
  ],
};

const trends: SheetPlan = {
  key: "trends",
  name: "Trends",
  tabColor: "2E75B6",
  columnWidths: [4, 12, 12, 12],
  freezeRows: 0,
  print: { landscape: true, fitToWidth: true, title: "Trends" },
  blocks: [
    { kind: "text", at: { row: 0, col: 0 }, text: "Trends", style: "heading" },
    trendsTable,
    {
      kind: "chart",
      name: "TrendChart",
      type: "line",
      title: "Recorded crime by year",
      categories: { sheet: "Trends", firstRow: 3, lastRow: 5, firstCol: 1, lastCol: 1 },
      series: [
        {
          name: "All crime",
          nameRef: { sheet: "Trends", firstRow: 2, lastRow: 2, firstCol: 2, lastCol: 2 },
          values: { sheet: "Trends", firstRow: 3, lastRow: 5, firstCol: 2, lastCol: 2 },
        },
        {
          name: "ASB",
          nameRef: { sheet: "Trends", firstRow: 2, lastRow: 2, firstCol: 3, lastCol: 3 },
          values: { sheet: "Trends", firstRow: 3, lastRow: 5, firstCol: 3, lastCol: 3 },
        },
      ],
      from: { row: 8, col: 1 },
      to: { row: 24, col: 9 },
      valueFormat: "integer",
      yAxisTitle: "Crimes",
    },
    {
      kind: "chart",
      name: "CategoryChart",
      type: "columnClustered",
      title: "This year against last, by category",
      // A chart on one sheet bound to a table on another.
      categories: { sheet: "Summary", firstRow: 4, lastRow: 5, firstCol: 0, lastCol: 0 },
      series: [
        {
          name: "2022/23",
          nameRef: { sheet: "Summary", firstRow: 3, lastRow: 3, firstCol: 1, lastCol: 1 },
          values: { sheet: "Summary", firstRow: 4, lastRow: 5, firstCol: 1, lastCol: 1 },
        },
        {
          name: "2023/24",
          nameRef: { sheet: "Summary", firstRow: 3, lastRow: 3, firstCol: 2, lastCol: 2 },
          values: { sheet: "Summary", firstRow: 4, lastRow: 5, firstCol: 2, lastCol: 2 },
        },
      ],
      from: { row: 8, col: 10 },
      to: { row: 24, col: 18 },
      valueFormat: "integer",
    },
  ],
};

export function smallPlan(): ReportPlan {
  return structuredClone({ title: "Strategic assessment: Knowsley", generator: "test", sheets: [summary, trends] });
}

/** Sheets of many large tables, each with a chart: several megabytes of cells. */
export function largePlan(sheetCount: number, tablesPerSheet: number, rowsPerTable: number): ReportPlan {
  const keys = ["summary", "trends", "share", "monthly", "targets", "quality"] as const;
  const sheets: SheetPlan[] = Array.from({ length: sheetCount }, (_, s) => {
    const name = `Sheet number ${s + 1}`;
    const blocks: SheetPlan["blocks"] = [];
    for (let t = 0; t < tablesPerSheet; t++) {
      const row = 2 + t * (rowsPerTable + 4);
      blocks.push({
        kind: "table",
        name: `Table_${s + 1}_${t + 1}`,
        caption: `Table ${t + 1} of sheet ${s + 1}`,
        at: { row, col: 0 },
        columns: [
          { header: "District", format: "text" },
          { header: "Count", format: "integer" },
          { header: "Change", format: "signedPercent1" },
        ],
        rows: Array.from({ length: rowsPerTable }, (_, r) => [
          `District with a long name number ${r}`,
          r * 7,
          (r % 11) / 100 - 0.05,
        ]),
        highlights: [
          { kind: "sign", column: 2, fromRow: 0, toRow: rowsPerTable - 1, positive: "bad", negative: "good" },
        ],
      });
      blocks.push({
        kind: "chart",
        name: `Chart_${t + 1}`,
        type: "barClustered",
        title: `Chart ${t + 1}`,
        categories: { sheet: name, firstRow: row + 1, lastRow: row + rowsPerTable, firstCol: 0, lastCol: 0 },
        series: [
          {
            name: "Count",
            nameRef: { sheet: name, firstRow: row, lastRow: row, firstCol: 1, lastCol: 1 },
            values: { sheet: name, firstRow: row + 1, lastRow: row + rowsPerTable, firstCol: 1, lastCol: 1 },
          },
        ],
        from: { row, col: 5 },
        to: { row: row + 15, col: 12 },
        valueFormat: "integer",
      });
    }
    return {
      key: keys[s % keys.length],
      name,
      tabColor: "808080",
      columnWidths: [30, 10, 10],
      freezeRows: 0,
      print: { landscape: true, fitToWidth: true, title: name },
      blocks,
    };
  });
  return { title: "Large", generator: "test", sheets };
}
