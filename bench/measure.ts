/** Timing and memory helpers for the benchmark (Node only). */
import { spawn, spawnSync } from "child_process";
import { existsSync, readFileSync, writeFileSync } from "fs";

export function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Linux keeps this process's peak resident memory (VmHWM); writing 5 to clear_refs resets it. */
export function resetPeakMemory(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

export function peakMemoryMb(pid: number | "self" = "self"): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

export interface ChildRun {
  seconds: number;
  peakMb: number | null;
  exitCode: number | null;
  output: string;
}

const TIME = "/usr/bin/time";

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs a command to completion, measuring wall time and peak memory (GNU time, else polling /proc). */
export async function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<ChildRun> {
  if (existsSync(TIME)) {
    const result = spawnSync(TIME, ["-f", "BENCH-TIME %e %M", command, ...args], {
      ...options,
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    const match = /BENCH-TIME ([\d.]+) (\d+)/.exec(result.stderr);
    const output = `${result.stdout}${result.stderr.replace(/BENCH-TIME.*\n?/, "")}`;
    if (match) return { seconds: Number(match[1]), peakMb: Number(match[2]) / 1024, exitCode: result.status, output };
  }
  return pollMeasured(command, args, options);
}

function pollMeasured(command: string, args: string[], options: RunOptions): Promise<ChildRun> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let peak: number | null = null;
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setInterval(() => {
      const now = child.pid ? peakMemoryMb(child.pid) : null;
      if (now !== null) peak = Math.max(peak ?? 0, now);
    }, 5);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ seconds: seconds(start), peakMb: peak, exitCode: code, output });
    });
  });
}
