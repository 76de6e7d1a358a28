/**
 * Writing the run's files all or nothing: each is written to a temporary file
 * beside its destination; only when every one is written are they moved into
 * place, each file it replaces set aside until all are in. A failure at any
 * step puts back what was there: no partial output, no temporary files.
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

interface Staged {
  path: string;
  temporary: string;
  /** Where the file it replaces was set aside, if there was one. */
  previous: string | null;
  placed: boolean;
}

function besidePath(path: string, kind: "tmp" | "old"): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${kind}`);
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

async function moveIntoPlace(file: Staged): Promise<void> {
  const previous = besidePath(file.path, "old");
  const setAside = await rename(file.path, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw cannotWrite(file.path, error);
      return false;
    },
  );
  file.previous = setAside ? previous : null;
  await rename(file.temporary, file.path).catch((error) => {
    throw cannotWrite(file.path, error);
  });
  file.placed = true;
}

/** Puts back what was there before, latest first; removes the temporary files and the folders made for them. */
async function undo(staged: Staged[], folders: string[]): Promise<void> {
  for (const file of [...staged].reverse()) {
    if (file.placed) await rm(file.path, { force: true });
    if (file.previous) await rename(file.previous, file.path);
    await rm(file.temporary, { force: true });
  }
  for (const folder of folders.reverse()) await rm(folder, { recursive: true, force: true });
}

export async function writeAllOrNothing(files: OutputFile[]): Promise<void> {
  const staged: Staged[] = [];
  const madeFolders: string[] = [];
  try {
    for (const file of files) {
      const made = await mkdir(dirname(file.path), { recursive: true }).catch((error) => {
        throw cannotWrite(file.path, error);
      });
      if (made) madeFolders.push(made);
      const entry: Staged = { path: file.path, temporary: besidePath(file.path, "tmp"), previous: null, placed: false };
      staged.push(entry);
      await writeFile(entry.temporary, file.data).catch((error) => {
        throw cannotWrite(file.path, error);
      });
    }
    for (const file of staged) await moveIntoPlace(file);
  } catch (error) {
    await undo(staged, madeFolders);
    throw error;
  }
  await Promise.all(staged.map((file) => file.previous && rm(file.previous, { force: true })));
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
