/**
 * The command runs the JavaScript in build/ (npm install compiles it), so it
 * starts at once instead of compiling TypeScript on every run. A source file
 * changed since then (an edit, a git pull) would leave it running old code, so a
 * build older than its source is compiled again first, once.
 */
import { spawnSync } from "child_process";
import { chmodSync, existsSync, readdirSync, statSync, utimesSync } from "fs";
import { dirname, join } from "path";

const NODE_CONFIG = "tsconfig.node.json";
/** tsc writes this on each build that changes anything; a rebuild here touches it too. */
const STAMP = join("build", "node", ".tsbuildinfo");
export const COMMAND = join("build", "node", "src", "cli", "index.js");

/** The project folder: the nearest one up from `from` holding package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path));
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The build is older than a source file or a compiler setting (or missing). False outside a source checkout. */
export function isBuildStale(root: string): boolean {
  if (!existsSync(join(root, NODE_CONFIG)) || !existsSync(join(root, "src"))) return false;
  const stamp = join(root, STAMP);
  if (!existsSync(stamp)) return true;
  const settings = ["tsconfig.json", NODE_CONFIG].map((name) => statSync(join(root, name)).mtimeMs);
  return Math.max(newestIn(join(root, "src")), ...settings) > statSync(stamp).mtimeMs;
}

/** Compiles the command line as `npm run build:node` does; returns tsc's output if it failed. */
export function rebuild(root: string): string | null {
  let tsc: string;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  } catch {
    return "TypeScript is not installed: run npm install in the project folder.";
  }
  const result = spawnSync(process.execPath, [tsc, "-p", join(root, NODE_CONFIG)], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) return `${result.stdout ?? ""}${result.stderr ?? ""}${result.error?.message ?? ""}`.trim();
  const now = new Date();
  utimesSync(join(root, STAMP), now, now); // tsc leaves it alone when only file times changed
  chmodSync(join(root, COMMAND), 0o755);
  return null;
}
