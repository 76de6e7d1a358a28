/**
 * Which files to read: named files, and every .csv and .xlsx inside named folders.
 * Each real file is read once, however it is reached (named twice, or through a
 * link); a broken link or a link loop in a folder is skipped with a note.
 */
import type { Stats } from "fs";
import { lstat, readdir, readlink, realpath, stat } from "fs/promises";
import { basename, extname, join, resolve } from "path";
import { AssessmentError } from "../engine/errors";

export const READABLE_EXTENSIONS = [".csv", ".xlsx"];

export interface InputFile {
  path: string;
  /** The path with every link resolved: how the same file reached twice is recognised. */
  realPath: string;
  /** As the user would recognise it: the argument, or the argument joined with the file's name. */
  shown: string;
  /** Named on the command line (a problem with it is an error) rather than found in a folder (skipped with a note). */
  named: boolean;
}

export interface InputList {
  files: InputFile[];
  /** The folders named, whose .csv and .xlsx files are read. */
  folders: { realPath: string; shown: string }[];
  /** Files skipped or read once, for the summary. */
  notes: string[];
}

export function isReadable(path: string): boolean {
  return READABLE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** Excel's lock files (~$name.xlsx) and hidden files are never extracts. */
function isOwnerOrHidden(path: string): boolean {
  const name = basename(path);
  return name.startsWith("~$") || name.startsWith(".");
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** stat, following links, with the error returned rather than thrown. */
const statOrError = (path: string): Promise<{ info: Stats } | { error: unknown }> =>
  stat(path).then(
    (info) => ({ info }),
    (error: unknown) => ({ error }),
  );

/** Why a path that lstat finds cannot be followed to a file, in words; null if it is not a link. */
async function brokenLink(path: string, error: unknown): Promise<string | null> {
  const link = await lstat(path).catch(() => null);
  if (!link?.isSymbolicLink()) return null;
  if (errorCode(error) === "ELOOP") return "it is a link that leads back to itself (a loop)";
  const target = await readlink(path).catch(() => "?");
  return `it is a link to "${target}", which does not exist`;
}

async function noteUnreadable(path: string, error: unknown): Promise<string> {
  const why = (await brokenLink(path, error)) ?? `it could not be opened (the system said ${errorCode(error)})`;
  return `Skipped ${basename(path)}: ${why}.`;
}

/** Files and links to files in a folder, sorted by name; notes for links that lead nowhere. */
async function folderFiles(folder: string, shownFolder: string, notes: string[]): Promise<InputFile[]> {
  const names = (await readdir(folder)).sort((a, b) => a.localeCompare(b, "en-GB", { numeric: true }));
  const files: InputFile[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if (!isReadable(path) || isOwnerOrHidden(path)) continue;
    const followed = await statOrError(path);
    if ("error" in followed) {
      notes.push(await noteUnreadable(path, followed.error));
      continue;
    }
    if (followed.info.isFile())
      files.push({ path, realPath: await realpath(path), shown: join(shownFolder, name), named: false });
  }
  return files;
}

async function missingArgument(arg: string, path: string, error: unknown): Promise<AssessmentError> {
  const link = await brokenLink(path, error);
  if (link)
    return new AssessmentError(`This cannot be read: ${link}.`, "Name the file the link should lead to.", {
      source: arg,
    });
  return new AssessmentError("This file or folder does not exist.", "Check the path and its spelling.", {
    source: arg,
  });
}

function notReadableType(arg: string, path: string): AssessmentError {
  return new AssessmentError(
    `Only .csv and .xlsx files can be read, not ${extname(path) || "a file without an extension"}.`,
    "Save the extract as CSV or as an Excel workbook (.xlsx).",
    { source: arg },
  );
}

/** Keeps the first of files that are the same real file, with a note for each one dropped. */
function readEachOnce(files: InputFile[], notes: string[]): InputFile[] {
  const kept = new Map<string, InputFile>();
  for (const file of files) {
    const first = kept.get(file.realPath);
    if (!first) {
      kept.set(file.realPath, file);
      continue;
    }
    first.named ||= file.named; // a problem with a file the user named is an error, wherever it was met first
    const why = file.shown === first.shown ? "it was named twice" : `${file.shown} is the same file`;
    notes.push(`Read ${first.shown} once: ${why}.`);
  }
  return [...kept.values()];
}

/**
 * The files to read, in order: each argument in turn, a folder's files sorted by
 * name. `exclude` holds the run's targets and population files, so that a folder
 * holding them (e.g. the current directory) does not read them as extracts.
 */
export async function listInputFiles(args: string[], exclude: string[] = []): Promise<InputList> {
  if (args.length === 0) {
    throw new AssessmentError(
      "No extract files or folders were given.",
      "Name at least one police.uk .csv or .xlsx file, or a folder holding them.",
    );
  }
  const excluded = new Set(await Promise.all(exclude.map((p) => realpath(p).catch(() => resolve(p)))));
  const found: InputFile[] = [];
  const folders: InputList["folders"] = [];
  const notes: string[] = [];
  for (const arg of args) {
    const path = resolve(arg);
    const followed = await statOrError(path);
    if ("error" in followed) throw await missingArgument(arg, path, followed.error);
    if (followed.info.isDirectory()) {
      folders.push({ realPath: await realpath(path), shown: arg });
      const files = await folderFiles(path, arg, notes);
      found.push(...files.filter((f) => !excluded.has(f.realPath)));
      continue;
    }
    if (!isReadable(path)) throw notReadableType(arg, path);
    found.push({ path, realPath: await realpath(path), shown: arg, named: true });
  }
  const files = readEachOnce(found, notes);
  if (files.length === 0)
    throw new AssessmentError(
      "The folders given hold no .csv or .xlsx files.",
      "Put the police.uk extracts in the folder, or name the files.",
      { source: args.join(", ") },
    );
  return { files, folders, notes };
}
