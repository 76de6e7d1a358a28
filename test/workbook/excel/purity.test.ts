/**
 * The shared Excel rules are pure and sit below both writers: no ExcelJS, Office.js,
 * DOM or Node, and no imports from either writer (tsconfig.pure.json checks the types).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const folder = join(__dirname, "../../../src/workbook/excel");
const files = readdirSync(folder).filter((name) => name.endsWith(".ts"));

it("has modules to check", () => expect(files.length).toBeGreaterThan(5));

it.each(files)("%s imports only the report plan and its neighbours", (file) => {
  const text = readFileSync(join(folder, file), "utf8");
  const imports = [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((match) => match[1]);
  for (const path of imports) expect(path).toMatch(/^(\.\/[\w]+|\.\.\/\.\.\/report\/plan)$/);
  expect(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")).not.toMatch(
    /\b(Office|Excel|document|window|process|Buffer)\s*[.(]/,
  );
});
