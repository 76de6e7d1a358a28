/**
 * Browser end-to-end tests: `npm run test:e2e` builds the pane (npm run build:test) and runs
 * test/e2e/*.e2e.ts in node, driving Debian's Chromium through playwright-core.
 */
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": "ts-jest" },
  // Generous: a cold Chromium start, the engine and ExcelJS in the worker, and axe scans.
  testTimeout: 180000,
  maxWorkers: 1,
};
