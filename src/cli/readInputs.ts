/** Reads every input file into one crime table. */
import { basename, extname } from "path";
import { isAssessmentError } from "../engine/errors";
import { ExtractReader, type ReadResult } from "../engine/extracts";
import type { InputFile } from "./inputFiles";
import { readCsvFile } from "./readCsvFile";
import { readXlsxFile } from "./readXlsxFile";

export interface ReadInputs {
  read: ReadResult;
  /** Files or sheets skipped because they are not extracts (only ever ones found in folders, or extra sheets). */
  notes: string[];
}

export async function readInputs(files: InputFile[]): Promise<ReadInputs> {
  const reader = new ExtractReader();
  const notes: string[] = [];
  for (const file of files) {
    if (extname(file.path).toLowerCase() === ".xlsx") {
      notes.push(...(await readXlsxFile(reader, file.path, file.named)));
      continue;
    }
    try {
      await readCsvFile(reader, file.path);
    } catch (error) {
      // A CSV that is not an extract fails before its first row is added, so nothing of it is in the table.
      if (file.named || !isAssessmentError(error)) throw error;
      notes.push(`Skipped ${basename(file.path)}: ${error.describe()}`);
    }
  }
  return { read: reader.finish(), notes };
}
