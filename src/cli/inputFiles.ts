/** Which files to read: named files, and every .csv and .xlsx inside named folders. */
import { readdir, stat } from "fs/promises";
import { basename, extname, join, resolve } from "path";
import { AssessmentError } from "../engine/errors";

export const READABLE_EXTENSIONS = [".csv", ".xlsx"];

export interface InputFile {
  path: string;
  /** Named on the command line (a problem with it is an error) rather than found in a folder (skipped with a note). */
  named: boolean;
}

function isReadable(path: string): boolean {
  return READABLE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** Excel's lock files (~$name.xlsx) and hidden files are never extracts. */
function isOwnerOrHidden(path: string): boolean {
  const name = basename(path);
  return name.startsWith("~$") || name.startsWith(".");
}

/**
 * The files to read, in order: each argument in turn, a folder's files sorted by
 * name. `exclude` holds the run's own outputs and targets file, so that a folder
 * holding them (e.g. the current directory) does not read them as extracts.
 */
export async function listInputFiles(args: string[], exclude: string[]): Promise<InputFile[]> {
  if (args.length === 0) {
    throw new AssessmentError(
      "No extract files or folders were given.",
      "Name at least one police.uk .csv or .xlsx file, or a folder holding them.",
    );
  }
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const files: InputFile[] = [];
  for (const arg of args) {
    const path = resolve(arg);
    const info = await stat(path).catch(() => null);
    if (!info)
      throw new AssessmentError("This file or folder does not exist.", "Check the path and its spelling.", {
        source: arg,
      });
    if (info.isDirectory()) {
      const names = (await readdir(path)).sort((a, b) => a.localeCompare(b, "en-GB", { numeric: true }));
      for (const name of names) {
        const file = join(path, name);
        if (isReadable(file) && !isOwnerOrHidden(file) && !excluded.has(file) && (await stat(file)).isFile())
          files.push({ path: file, named: false });
      }
      continue;
    }
    if (!isReadable(path)) {
      throw new AssessmentError(
        `Only .csv and .xlsx files can be read, not ${extname(path) || "a file without an extension"}.`,
        "Save the extract as CSV or as an Excel workbook (.xlsx).",
        { source: arg },
      );
    }
    if (excluded.has(path))
      throw new AssessmentError(
        "This file is also an output of the run, and inputs are never overwritten.",
        "Choose another name for --out or --measures.",
        { source: arg },
      );
    files.push({ path, named: true });
  }
  if (files.length === 0)
    throw new AssessmentError(
      "The folders given hold no .csv or .xlsx files.",
      "Put the police.uk extracts in the folder, or name the files.",
      { source: args.join(", ") },
    );
  return files;
}
