#!/usr/bin/env node
/**
 * The command line's entry (`node build/node/src/cli/index.js …`, or the package's
 * bin, strategic-assessment). It compiles the command again if its source changed
 * since the last build, and only then loads it, so the fresh code is what runs.
 */
import { isBuildStale, projectRoot, rebuild } from "./freshBuild";

const root = projectRoot();
let failed: string | null = null;
if (isBuildStale(root)) {
  console.error("The command line's source changed since it was built: building it again (a few seconds)...");
  failed = rebuild(root);
}
if (failed) {
  console.error(`${failed}\nThe command line could not be built. Run npm run build:node to see why.`);
  process.exitCode = 2;
} else {
  void import("./program");
}
