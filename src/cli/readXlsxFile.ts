/**
 * Reads the extract sheets of an .xlsx workbook with ExcelJS's streaming reader
 * (rows arrive one at a time, so a full sheet does not sit in memory as objects).
 * Sheets that are not extracts are skipped, with a note; a workbook with no
 * extract sheet at all is an error.
 */
import ExcelJS from "exceljs";
import { basename } from "path";
import {
  detectExtract,
  HEADER_SCAN_ROWS,
  isDetection,
  notAnExtractError,
  type Cell,
  type ExtractReader,
  type NotAnExtract,
} from "../engine/extracts";

const BATCH_ROWS = 10_000;

/** An ExcelJS cell value as a plain cell: formulas give their result, rich text its text. */
export function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date)
    return value;
  if (typeof value === "object") {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ("result" in v) return plainCell(v.result);
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join("");
    if (typeof v.text === "string") return v.text;
  }
  return null;
}

function plainRow(values: unknown): Cell[] {
  // ExcelJS rows are 1-based sparse arrays: values[1] is column A.
  const cells = Array.isArray(values) ? values : [];
  const row: Cell[] = [];
  for (let c = 1; c < cells.length; c++) row.push(plainCell(cells[c]));
  return row;
}

interface SheetOutcome {
  name: string;
  read: boolean;
  notAnExtract?: NotAnExtract;
}

/** Reads one worksheet: looks for the header in its first rows, then feeds the rest in batches. */
async function readSheet(
  reader: ExtractReader,
  sheet: AsyncIterable<ExcelJS.Row>,
  sourceName: string,
): Promise<NotAnExtract | null> {
  const head: Cell[][] = [];
  let batch: Cell[][] = [];
  let batchFirstRow = 0;
  let detected = false;
  let notAnExtract: NotAnExtract | null = null;
  const flush = () => {
    if (batch.length > 0) reader.addRows(batch, batchFirstRow);
    batch = [];
  };
  for await (const row of sheet) {
    if (notAnExtract) continue; // drain the sheet so the reader moves on to the next
    const cells = plainRow(row.values);
    if (!detected) {
      while (head.length < row.number - 1) head.push([]); // rows ExcelJS skips are empty
      head.push(cells);
      const detection = detectExtract(head);
      if (isDetection(detection)) {
        reader.addSource(sourceName, "sheet", detection);
        detected = true;
        batchFirstRow = row.number + 1;
      } else if (head.length >= HEADER_SCAN_ROWS) {
        notAnExtract = detection as NotAnExtract;
      }
      continue;
    }
    if (row.number !== batchFirstRow + batch.length || batch.length >= BATCH_ROWS) {
      flush();
      batchFirstRow = row.number;
    }
    batch.push(cells);
  }
  if (detected) {
    flush();
    return null;
  }
  const detection = detectExtract(head);
  return notAnExtract ?? (isDetection(detection) ? null : detection);
}

/** Reads every extract sheet; returns notes on the sheets skipped. */
export async function readXlsxFile(reader: ExtractReader, path: string, named: boolean): Promise<string[]> {
  const file = basename(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const outcomes: SheetOutcome[] = [];
  for await (const sheet of workbook) {
    const name = (sheet as unknown as { name?: string }).name ?? `Sheet${outcomes.length + 1}`;
    const notAnExtract = await readSheet(reader, sheet as unknown as AsyncIterable<ExcelJS.Row>, `${file}: ${name}`);
    outcomes.push({ name, read: notAnExtract === null, notAnExtract: notAnExtract ?? undefined });
  }
  const read = outcomes.filter((o) => o.read);
  const skipped = outcomes.filter((o) => !o.read);
  if (read.length === 0) {
    const closest = skipped.find((o) => (o.notAnExtract?.found.length ?? 0) > 0) ?? skipped[0];
    const error = notAnExtractError(
      closest ? `${file}: ${closest.name}` : file,
      "sheet",
      closest?.notAnExtract ?? { format: null, expected: [], found: [] },
    );
    if (named) throw error;
    return [`Skipped ${file}: no sheet in it is a crime extract. ${error.describe()}`];
  }
  return skipped.map((o) => `Skipped sheet "${o.name}" in ${file}: it is not a crime extract.`);
}
