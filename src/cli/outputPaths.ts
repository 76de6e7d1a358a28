/**
 * An output never writes over what the run reads. An --out or --measures path
 * that is an input (an extract, or the targets or population file), or a .csv or
 * .xlsx file in a folder being read (it would replace an extract, or be read as
 * one next time), is refused before anything is read. Paths are compared with
 * their links resolved, so no link or "../" leads round the check.
 */
import { realpath, stat } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import { AssessmentError } from "../engine/errors";
import { isReadable, type InputList } from "./inputFiles";

export interface OptionPath {
  /** As given, for messages. */
  path: string;
  /** The option that gave it, e.g. "--out". */
  option: string;
}

/** The real path of a file that may not exist yet: its nearest existing folder's real path, and the rest. */
export async function realPathOf(path: string): Promise<string> {
  const full = resolve(path);
  const real = await realpath(full).catch(() => null);
  if (real !== null) return real;
  const parent = dirname(full);
  return parent === full ? full : join(await realPathOf(parent), basename(full));
}

function refused(
  output: OptionPath,
  problem: string,
  advice = `Choose another output path for ${output.option}, outside the folders being read.`,
): AssessmentError {
  return new AssessmentError(problem, advice, { source: output.path });
}

/** Throws if an output is an input, another output, a folder, or an extract's place in a folder being read. */
export async function refuseOutputsOverInputs(
  outputs: OptionPath[],
  inputs: InputList,
  otherInputs: OptionPath[],
): Promise<void> {
  const overInput = (what: string) => `would write over ${what}, and a run never writes over the files it reads.`;
  const taken = new Map<string, string>(inputs.files.map((f) => [f.realPath, overInput(`the extract ${f.shown}`)]));
  for (const other of otherInputs) taken.set(await realPathOf(other.path), overInput(`the ${other.option} file`));
  for (const output of outputs) {
    const real = await realPathOf(output.path);
    const clash = taken.get(real);
    if (clash) throw refused(output, `${output.option} ${clash}`);
    const folder = inputs.folders.find((f) => f.realPath === dirname(real));
    if (folder && isReadable(real))
      throw refused(
        output,
        `${output.option} would write into the folder ${folder.shown} being read, where a .csv or .xlsx file is taken for an extract.`,
      );
    if ((await stat(real).catch(() => null))?.isDirectory())
      throw refused(
        output,
        `${output.option} names a folder.`,
        `Give a file name, e.g. ${join(output.path, "assessment.xlsx")}.`,
      );
    taken.set(real, `names the same file as ${output.option}.`);
  }
}
