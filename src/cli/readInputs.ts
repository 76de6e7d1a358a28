/** Reads every input file into one crime table. */
import { basename, extname } from "path";
import { AssessmentError, isAssessmentError } from "../engine/errors";
import { ExtractReader, type ColumnMapping, type ExtractReadOptions, type ReadResult } from "../engine/extracts";
import type { InputFile } from "./inputFiles";
import { readCsvFile } from "./readCsvFile";
import { readXlsxFile } from "./readXlsxFile";

export interface ReadInputs {
  read: ReadResult;
  /** Files or sheets skipped because they are not extracts (only ever ones found in folders, or extra sheets). */
  notes: string[];
}

/** A file the system would not open or read (e.g. no permission), as a message for the user. */
function unreadable(file: InputFile, error: unknown): AssessmentError | null {
  const { code, syscall } = error as NodeJS.ErrnoException;
  if (!syscall) return null;
  return new AssessmentError(
    `The file could not be read (the system said ${code ?? syscall}).`,
    "Check that it is not open in another program and that you may read it.",
    { source: file.shown },
  );
}

/** Reads a CSV; one found in a folder that is not an extract is skipped with a note. */
async function readCsv(reader: ExtractReader, file: InputFile, mapping?: ColumnMapping): Promise<string[]> {
  const sources = reader.session.sourceCount;
  try {
    await readCsvFile(reader, file.path, mapping);
    return [];
  } catch (error) {
    // A CSV that is not an extract fails before it becomes a source (before any row is read), so
    // nothing of it is counted; a problem once it is one (a mapped date column with no date) stops the run.
    if (file.named || reader.session.sourceCount > sources || !isAssessmentError(error)) throw error;
    return [`Skipped ${basename(file.path)}: ${error.describe()}`];
  }
}

/**
 * Reads the files in turn; `notes` (from listing them) are kept first. A file or
 * sheet with the `mapping`'s columns is read with it; others in their own format.
 * `options` may name sources to keep.
 */
export async function readInputs(
  files: InputFile[],
  notes: string[] = [],
  mapping?: ColumnMapping,
  options: ExtractReadOptions = {},
): Promise<ReadInputs> {
  const reader = new ExtractReader(options);
  const kept = [...notes];
  for (const file of files) {
    try {
      // Each reader decides what it may skip: a workbook only if none of it went into the table.
      const xlsx = extname(file.path).toLowerCase() === ".xlsx";
      kept.push(
        ...(xlsx ? await readXlsxFile(reader, file.path, file.named, mapping) : await readCsv(reader, file, mapping)),
      );
    } catch (error) {
      // A system error may come after some rows went into the table, so it always stops the run.
      throw unreadable(file, error) ?? error;
    }
  }
  return { read: finishWithSkipped(reader, kept), notes: kept };
}

/**
 * The reader's result. When nothing could be counted, the files skipped in folders
 * are said with the error: they may be the extracts, and without them the message
 * would name no file at all ("No crime extract was found to read").
 */
function finishWithSkipped(reader: ExtractReader, notes: string[]): ReadResult {
  try {
    return reader.finish();
  } catch (error) {
    const skipped = notes.filter((note) => note.startsWith("Skipped "));
    if (!isAssessmentError(error) || skipped.length === 0) throw error;
    const { source, row, column } = error;
    throw new AssessmentError(error.message, `${error.advice} ${skipped.join(" ")}`, { source, row, column });
  }
}
