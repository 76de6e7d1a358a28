/** What the progress bar says at each stage of a run. */
import type { Progress, Stage } from "../../workbook/host";

const STAGE_LABELS: Record<Stage, string> = {
  reading: "Reading extracts",
  computing: "Computing the figures",
  writing: "Writing the assessment",
};

/** Keeps a fraction within 0 to 1, so a host's rounding never overfills the bar. */
export function clampFraction(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.min(1, Math.max(0, fraction));
}

/** "Reading extracts: 35%" */
export function progressLabel(progress: Progress): string {
  return `${STAGE_LABELS[progress.stage]}: ${Math.floor(clampFraction(progress.fraction) * 100)}%`;
}
