/**
 * The mapped table end to end through the README's command (--map and
 * --priorities), against the police.uk CSV of the same rows through the same
 * command, taken in turns so that a busy spell on the shared machine falls on both.
 * Target: the mapped run within 1.5x of the police.uk run, and <= 600 MB.
 */
import { loadavg } from "os";
import { join } from "path";
import { CLI_WAYS, runCli, type CliRun } from "./cliRuns";
import { MAPPED_MAP } from "./mappedExtract";
import { printTable } from "./report";

export const MAPPED_TARGET_RATIO = 1.5;
const MAPPED_TARGET_MB = 600;

const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

export interface MappedFiles {
  policeUkCsv: string;
  mappedCsv: string;
  priorities: string;
}

export async function mappedRuns(files: MappedFiles, area: string, dir: string, repeats: number): Promise<void> {
  const readme = CLI_WAYS[0];
  const policeArgs = [files.policeUkCsv, "--area", area, "--out", join(dir, "police.xlsx")];
  const mappedArgs = [files.mappedCsv, "--area", area, "--map", MAPPED_MAP, "--priorities", files.priorities];
  mappedArgs.push("--out", join(dir, "mapped.xlsx"));
  let police: CliRun | null = null;
  let mapped: CliRun | null = null;
  for (let k = 0; k < repeats; k++) {
    const p = await runCli(readme, policeArgs);
    const m = await runCli(readme, mappedArgs);
    if (!police || p.seconds < police.seconds) police = p;
    if (!mapped || m.seconds < mapped.seconds) mapped = m;
  }
  const [p, m] = [police as CliRun, mapped as CliRun];
  [p, m].filter((run) => run.exitCode !== 0).forEach((run) => console.log(run.output));
  printTable(
    `Mapped table (2 flag columns, 3 priorities) against police.uk, README command, best of ${repeats} in turns ` +
      `(load average ${loadavg()[0].toFixed(1)})`,
    ["run", "seconds", "CLI's own peak MB", "exit"],
    [
      ["police.uk CSV -> assessment.xlsx", p.seconds, p.cliPeakMb ?? p.peakMb ?? "n/a", String(p.exitCode)],
      [
        "mapped CSV --map --priorities -> assessment.xlsx",
        m.seconds,
        m.cliPeakMb ?? m.peakMb ?? "n/a",
        String(m.exitCode),
      ],
    ],
  );
  const ratio = m.seconds / p.seconds;
  const mb = m.cliPeakMb ?? m.peakMb ?? Infinity;
  console.log(
    `  mapped / police.uk: ${ratio.toFixed(2)}x (target <= ${MAPPED_TARGET_RATIO}x: ${verdict(ratio <= MAPPED_TARGET_RATIO)}), ` +
      `${mb.toFixed(0)} MB (target <= ${MAPPED_TARGET_MB} MB: ${verdict(mb <= MAPPED_TARGET_MB)})`,
  );
}
