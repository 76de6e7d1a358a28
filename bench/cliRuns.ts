/**
 * The command line end to end on the benchmark CSV, started each way an analyst
 * could, each as its own process from the project folder: the README's command
 * (node build/node/src/cli/index.js), `npm run assess --` and `npx strategic-assessment`.
 * Wall time and peak memory come from GNU time when present; its peak is the
 * largest process of the tree (the CLI's, or npm's own if larger), so the CLI
 * also reports its own peak (STRATEGIC_ASSESSMENT_PEAK_MEMORY).
 */
import { COMMAND, projectRoot } from "../src/cli/freshBuild";
import { runMeasured, type ChildRun } from "./measure";

export interface CliWay {
  name: string;
  command: string;
  args: string[];
}

export const CLI_WAYS: CliWay[] = [
  { name: "README command: node build/node/src/cli/index.js", command: process.execPath, args: [COMMAND] },
  { name: "npm run assess -- ...", command: "npm", args: ["run", "--silent", "assess", "--"] },
  { name: "npx strategic-assessment ...", command: "npx", args: ["--offline", "strategic-assessment"] },
];

export interface CliRun extends ChildRun {
  /** The CLI process's own peak, as it reported it. */
  cliPeakMb: number | null;
}

export async function runCli(way: CliWay, args: string[]): Promise<CliRun> {
  const run = await runMeasured(way.command, [...way.args, ...args], {
    cwd: projectRoot(__dirname),
    env: { ...process.env, STRATEGIC_ASSESSMENT_PEAK_MEMORY: "1" },
  });
  const reported = /peak memory: (\d+) KB/.exec(run.output);
  return { ...run, cliPeakMb: reported ? Number(reported[1]) / 1024 : null };
}

/** The best of `repeats` runs of each way, taken in turns so that a busy spell on the machine falls on all alike. */
export async function bestInTurns(args: string[], repeats: number): Promise<CliRun[]> {
  const best: CliRun[] = [];
  for (let k = 0; k < repeats; k++) {
    for (const [i, way] of CLI_WAYS.entries()) {
      const run = await runCli(way, args);
      if (!best[i] || run.seconds < best[i].seconds) best[i] = run;
    }
  }
  return best;
}
