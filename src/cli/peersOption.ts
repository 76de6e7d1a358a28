/**
 * --peers: the area's most similar group, as a list ("Ashby,Brook,Carr", or with
 * semicolons for names that hold a comma: "Bristol, City of; Bath and North East
 * Somerset") or as a file: one name a line, or a CSV whose header names a column
 * of names (Name, Area, CSP Name, Peer).
 * Hand-written beyond papaparse: the few rules of which form the value takes.
 */
import { readFile, stat } from "fs/promises";
import { basename } from "path";
import Papa from "papaparse";
import { AssessmentError } from "../engine/errors";

const NAME_HEADERS = ["name", "area", "csp name", "csp", "community safety partnership", "peer", "peers", "district"];

export interface PeersOption {
  names: string[];
  /** The file they were read from, or null for a list given on the command line. */
  file: string | null;
}

export async function readPeersOption(value: string | undefined): Promise<PeersOption | null> {
  if (value === undefined) return null;
  const info = await stat(value).catch(() => null);
  if (info?.isFile()) return { names: await peersFromFile(value), file: value };
  if (looksLikeFile(value)) {
    throw new AssessmentError("The peers file could not be read.", "Check the --peers path, or list the names.", {
      source: value,
    });
  }
  const names = value
    .split(value.includes(";") ? ";" : ",")
    .map((name) => name.trim())
    .filter(isName);
  if (names.length === 0) {
    throw new AssessmentError("No peers were named.", 'List them, e.g. --peers "Ashby,Brook,Carr", or give a file.', {
      column: "--peers",
    });
  }
  return { names, file: null };
}

/** A name has a letter or digit: a stray comma or semicolon is none. */
function isName(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** A path with a file's ending or a folder in it, rather than a list of names. */
function looksLikeFile(value: string): boolean {
  return /\.(csv|txt)$/i.test(value.trim()) || /[\\/]/.test(value);
}

/** A CSV with a column headed as names, else one name a line (a line may hold a comma: "Bristol, City of"). */
async function peersFromFile(path: string): Promise<string[]> {
  const text = await readFile(path, "utf8").catch(() => {
    throw new AssessmentError("The peers file could not be read.", "Check the --peers path.", { source: path });
  });
  const body = text.replace(/^\uFEFF/, "");
  const rows = Papa.parse<string[]>(body, { skipEmptyLines: "greedy" }).data;
  const nameCol = (rows[0] ?? []).findIndex((cell) => NAME_HEADERS.includes(cell.trim().toLowerCase()));
  const names =
    nameCol >= 0
      ? rows.slice(1).map((row) => row[nameCol] ?? "")
      : body.split(/\r?\n/).map((line) => line.trim().replace(/^"(.*)"$/, "$1"));
  const listed = names.map((name) => name.trim()).filter(isName);
  if (listed.length === 0) {
    throw new AssessmentError(`"${basename(path)}" names no peers.`, "List one peer name a line.", {
      source: basename(path),
    });
  }
  return listed;
}
