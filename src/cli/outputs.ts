/**
 * Writing the run's files all or nothing: each is written to a temporary file
 * beside its destination, and only when every one is written are they renamed
 * into place. A failed run leaves no partial output and no temporary files.
 */
import { mkdir, rename, rm, writeFile } from "fs/promises";
import { basename, dirname, join } from "path";
import Papa from "papaparse";
import type { TidyMeasure } from "../engine/assessment/types";
import { AssessmentError } from "../engine/errors";

export interface OutputFile {
  path: string;
  data: Uint8Array | string;
}

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

function cannotWrite(path: string, error: unknown): AssessmentError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "EBUSY" || code === "EPERM" || code === "EACCES"
      ? "it is open in another program or the folder is read-only"
      : `the system said ${code ?? String(error)}`;
  return new AssessmentError(
    `The file could not be written: ${why}.`,
    "Close the file if it is open (e.g. in Excel), or choose another --out path, and run again.",
    { source: path },
  );
}

export async function writeAllOrNothing(files: OutputFile[]): Promise<void> {
  const written: { temporary: string; path: string }[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temporary = temporaryPath(file.path);
      written.push({ temporary, path: file.path });
      await writeFile(temporary, file.data).catch((error) => {
        throw cannotWrite(file.path, error);
      });
    }
    for (const { temporary, path } of written) {
      await rename(temporary, path).catch((error) => {
        throw cannotWrite(path, error);
      });
    }
  } catch (error) {
    await Promise.all(written.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
}

export const MEASURE_COLUMNS = ["area", "category", "period", "measure", "value"] as const;

/**
 * The tidy measures as CSV text. A text value starting with = + - @ (or a tab or
 * carriage return) is prefixed with a single quote, so that a spreadsheet opening
 * the file shows it as text instead of running it as a formula (papaparse's
 * escapeFormulae, which also puts such a value in quotes). Numbers, negative ones included, are written as numbers.
 */
export function measuresCsv(measures: readonly TidyMeasure[]): string {
  if (measures.length === 0) return `${MEASURE_COLUMNS.join(",")}\r\n`;
  const data = measures.map((m) => [m.area, m.category, m.period, m.measure, m.value]);
  return Papa.unparse({ fields: [...MEASURE_COLUMNS], data }, { escapeFormulae: true, newline: "\r\n" }) + "\r\n";
}
