/** A1 addresses for the fake (parsing what the adapter passes; printing what Excel returns). */
import { FakeExcelError } from "./errors";

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export interface Box {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** "A1" or "B2:D9" (with optional $ signs), relative to a sheet. */
export function parseAddress(address: string): Box {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!match) throw new FakeExcelError("InvalidArgument", `The fake cannot read the address "${address}".`);
  const r0 = Number(match[2]) - 1,
    c0 = columnIndex(match[1]);
  const r1 = match[4] ? Number(match[4]) - 1 : r0,
    c1 = match[3] ? columnIndex(match[3]) : c0;
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

export function formatAddress(sheetName: string, box: Box): string {
  const first = `${columnLetters(box.c0)}${box.r0 + 1}`;
  const last = `${columnLetters(box.c0 + box.cols - 1)}${box.r0 + box.rows}`;
  const quoted = /^[A-Za-z0-9_]+$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${first === last ? first : `${first}:${last}`}`;
}
