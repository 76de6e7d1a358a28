/**
 * The writer runs in the browser too (file mode), so it must not reach for Node:
 * no fs, path, Buffer or process. webpack would fail or bloat the bundle otherwise.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const root = join(__dirname, "../../../src/workbook/xlsx");
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });

describe("the xlsx writer's sources", () => {
  const files = sourceFiles(root);

  it("are found", () => expect(files.length).toBeGreaterThan(5));

  it.each(sourceFiles(root).map((path) => [path.slice(root.length + 1), path]))("%s uses no Node API", (_, path) => {
    const code = readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(code).not.toMatch(/from "(fs|path|os|stream|buffer|node:[a-z]+)"|require\(|\bBuffer\b|\bprocess\./);
  });
});
