/**
 * A small CSV (such as a population table) read whole into rows of text by
 * papaparse: checked to be CSV text, decoded as UTF-8 (or Windows-1252 when it is
 * not valid UTF-8), delimiter guessed by papaparse. Blank rows are dropped.
 */
import Papa from "papaparse";
import { AssessmentError } from "../../errors";
import { textStart } from "./fileStart";
import { decodeUtf8, decodeWindows1252 } from "./textDecoding";

export function parseSmallCsv(bytes: Uint8Array, source: string): string[][] {
  const body = bytes.subarray(textStart(bytes, source));
  const text = decodeUtf8(body) ?? decodeWindows1252(body);
  // The delimiter is guessed with blank lines skipped (they would spoil the guess), then every line is kept so
  // that the row of a quote error is the line a text editor shows.
  const { delimiter } = Papa.parse<string[]>(text, { skipEmptyLines: true, preview: 50 }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  // papaparse reads on past an unclosed quote, taking the rows after it into one field: refuse rather than misread.
  const quotes = parsed.errors.find((e) => e.type === "Quotes");
  if (quotes) {
    throw new AssessmentError(
      "A quoted value in this file is not closed, or a quote is out of place, so its rows cannot be told apart.",
      "Check the quotation marks on this row, or save the file again from Excel as CSV UTF-8.",
      { source, row: (quotes.row ?? 0) + 1 },
    );
  }
  return parsed.data.filter((row) => row.some((field) => field !== ""));
}
