/**
 * The engine, the report model and the sample generator must run in Excel, a
 * browser and Node alike: no Office, DOM or Node APIs, and data flows one way.
 * (tsconfig.pure.json also compiles them with no DOM or Node types at all.)
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const root = join(__dirname, "..");
const pure = ["src/engine", "src/report", "src/sample"].flatMap((d) => sources(join(root, d)));
const forbiddenImport =
  /from\s+["'](fs|path|os|child_process|node:[^"']+|react[^"']*|@fluentui[^"']*|exceljs|office-[^"']+|@microsoft\/office-js)["']/;
const forbiddenGlobal = /\b(Office|Excel|document|window|process|Buffer|require)\s*[.(]/;
const upstream: Record<string, RegExp> = {
  "src/engine": /from\s+["'](\.\.\/)+(report|workbook|taskpane|cli|commands)\b/,
  "src/report": /from\s+["'](\.\.\/)+(workbook|taskpane|cli|commands)\b/,
};

describe("pure layers", () => {
  it.each(pure.map((p) => [p.slice(root.length + 1)]))("%s uses no Office, DOM or Node API", (file) => {
    const text = readFileSync(join(root, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(text).not.toMatch(forbiddenImport);
    expect(text).not.toMatch(forbiddenGlobal);
    for (const [layer, pattern] of Object.entries(upstream)) {
      if (file.startsWith(layer)) expect(text).not.toMatch(pattern);
    }
  });
});
