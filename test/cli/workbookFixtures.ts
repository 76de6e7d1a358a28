/** Hand-made workbooks for the command line's tests: an extract with Excel error cells, and damaged files. */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export const HEADER = [
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
export const COLUMN = Object.fromEntries(HEADER.map((name, i) => [name, i])) as Record<string, number>;

/** One police.uk row; `cells` replaces columns by header name (any ExcelJS cell value). */
export function extractRow(id: string, cells: Record<string, ExcelJS.CellValue> = {}): ExcelJS.CellValue[] {
  const row: ExcelJS.CellValue[] = [
    id,
    "2024-04",
    "Testshire Police",
    "Testshire Police",
    -1.5,
    54.5,
    "On or near Mill Lane",
    "E01900001",
    "Aldbury 001A",
    "Burglary",
    "Under investigation",
    null,
  ];
  for (const [name, value] of Object.entries(cells)) row[COLUMN[name]] = value;
  return row;
}

/** An .xlsx with one extract sheet (and optionally a sheet of n lines of notes after it); rows below the header. */
export async function extractWorkbook(
  rows: ExcelJS.CellValue[][],
  options: { notes?: number; sharedStrings?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Street");
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  if (options.notes) {
    const notes = workbook.addWorksheet("Notes");
    for (let i = 1; i <= options.notes; i++) notes.addRow([`Note ${i}: pasted from police.uk`, i]);
  }
  const data = await workbook.xlsx.writeBuffer({ useSharedStrings: options.sharedStrings ?? true } as never);
  return Buffer.from(data as ArrayBuffer);
}

/** n ordinary rows, ids a1.., for filling a sheet. */
export function plainRows(n: number, prefix = "a"): ExcelJS.CellValue[][] {
  return Array.from({ length: n }, (_, i) => extractRow(`${prefix}${i + 1}`));
}

/** A zip archive holding a text file: a zip, but no workbook. */
export async function zipWithoutWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("street.csv", `${HEADER.join(",")}\n`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The workbook with the compressed data of one part spoiled (64 bytes inverted,
 * 16 bytes into it). The zip's directory is intact, so only unzipping that part
 * fails. The part is found through the central directory, as an unzipper would.
 */
export function spoilPart(workbook: Buffer, partName: string): Buffer {
  const spoiled = Buffer.from(workbook);
  const end = spoiled.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let entry = spoiled.readUInt32LE(end + 16);
  for (let n = spoiled.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = spoiled.readUInt16LE(entry + 28);
    const name = spoiled.toString("utf8", entry + 46, entry + 46 + nameLength);
    if (name === partName) {
      const local = spoiled.readUInt32LE(entry + 42);
      const data = local + 30 + spoiled.readUInt16LE(local + 26) + spoiled.readUInt16LE(local + 28);
      for (let i = data + 16; i < data + 80; i++) spoiled[i] ^= 0xff;
      return spoiled;
    }
    entry += 46 + nameLength + spoiled.readUInt16LE(entry + 30) + spoiled.readUInt16LE(entry + 32);
  }
  throw new Error(`${partName} is not in the workbook`);
}

/** The workbook with one part's text replaced (the zip stays sound): e.g. a sheet's XML cut short. */
export async function rewritePart(
  workbook: Buffer,
  partName: string,
  change: (xml: string) => string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const part = zip.file(partName);
  if (!part) throw new Error(`${partName} is not in the workbook`);
  zip.file(partName, change(await part.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The workbook with its worksheets moved to the end of the zip, after the shared
 * strings, as some programs write it: ExcelJS's streaming reader then reads each
 * sheet as it unzips it, rather than after unzipping the whole file.
 */
export async function sheetsLast(workbook: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const isSheet = (name: string) => name.startsWith("xl/worksheets/sheet");
  const reordered = new JSZip();
  for (const name of [...names.filter((n) => !isSheet(n)), ...names.filter(isSheet)])
    reordered.file(name, await zip.files[name].async("uint8array"));
  return reordered.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Files with an .xlsx name that are not sound workbooks, each with the reason its message must give; `csv` is a CSV extract. */
export async function damagedWorkbooks(csv: Buffer): Promise<[string, Buffer, string][]> {
  const good = await extractWorkbook(plainRows(300));
  return [
    ["renamed.xlsx", csv, "it holds plain text, as a CSV file does"],
    [
      "truncated.xlsx",
      good.subarray(0, Math.floor(good.length / 2)),
      "it is incomplete: its end is missing, as when a copy or download stops early",
    ],
    ["archive.xlsx", await zipWithoutWorkbook(), "it is a zip archive with no worksheets in it"],
    ["empty.xlsx", Buffer.alloc(0), "the file is empty"],
    [
      "old.xlsx",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "it is an older Excel .xls workbook, or one protected with a password",
    ],
    // Damaged compressed data: ExcelJS's unzipper fails inside, where nothing waited for its error.
    ["spoiled.xlsx", spoilPart(good, "xl/worksheets/sheet1.xml"), "its contents are damaged: "],
  ];
}
