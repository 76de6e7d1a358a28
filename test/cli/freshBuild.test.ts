/** When the command line is compiled again: when its build is older than a source file or a compiler setting. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { isBuildStale, projectRoot } from "../../src/cli/freshBuild";

let root: string;
const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "fresh-build-"));
  mkdirSync(join(root, "src", "engine"), { recursive: true });
  mkdirSync(join(root, "build", "node"), { recursive: true });
  for (const file of ["package.json", "tsconfig.json", "tsconfig.node.json", "src/engine/a.ts", "src/engine/b.tsx"])
    writeFileSync(join(root, file), "{}");
  writeFileSync(join(root, "build", "node", ".tsbuildinfo"), "{}");
  for (const file of ["tsconfig.json", "tsconfig.node.json", "src/engine/a.ts", "src/engine/b.tsx"]) at(file, 1000);
  at("build/node/.tsbuildinfo", 2000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("isBuildStale", () => {
  it("is fresh when the build is newer than every source file and setting", () => {
    expect(isBuildStale(root)).toBe(false);
  });

  it("is stale when a source file deep in src/ is newer than the build", () => {
    at("src/engine/b.tsx", 3000);
    expect(isBuildStale(root)).toBe(true);
  });

  it("is stale when a compiler setting is newer than the build", () => {
    at("tsconfig.node.json", 3000);
    expect(isBuildStale(root)).toBe(true);
  });

  it("is stale when there is no build", () => {
    rmSync(join(root, "build"), { recursive: true });
    expect(isBuildStale(root)).toBe(true);
  });

  it("ignores files that are not TypeScript", () => {
    writeFileSync(join(root, "src", "notes.md"), "");
    at("src/notes.md", 3000);
    expect(isBuildStale(root)).toBe(false);
  });

  it("is never stale without the sources (an installed copy)", () => {
    rmSync(join(root, "src"), { recursive: true });
    rmSync(join(root, "build"), { recursive: true });
    expect(isBuildStale(root)).toBe(false);
  });
});

it("finds the project folder from a folder inside it", () => {
  expect(projectRoot(join(root, "build", "node"))).toBe(root);
});
