/** A1 addresses from 0-based coordinates (what chart positions need). */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "'My sheet'" as a formula needs it; inner apostrophes doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The sheet a defined name's formula points at: "='My sheet'!$A$1" -> "My sheet"; null for #REF! or anything else. */
export function sheetOfFormula(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const match = /^=(?:'((?:[^']|'')+)'|([^'!=#][^!]*))!/.exec(formula.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}
