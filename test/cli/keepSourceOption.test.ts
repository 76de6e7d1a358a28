/**
 * --keep-source on the command line reaches the run: the note on a source left out
 * as a copy tells the analyst to use it, and the command had no such option.
 * program.ts parses process.argv when loaded, so it is loaded with the arguments set.
 */
import type { AssessOptions } from "../../src/cli/assessCommand";

const received: AssessOptions[] = [];
jest.mock("../../src/cli/assessCommand", () => ({
  ...jest.requireActual("../../src/cli/assessCommand"),
  assessCommand: async (options: AssessOptions) => {
    received.push(options);
    return null;
  },
}));

async function parse(args: string[]): Promise<AssessOptions> {
  const argv = process.argv;
  process.argv = ["node", "strategic-assessment", ...args];
  try {
    jest.isolateModules(() => require("../../src/cli/program"));
    // The action runs asynchronously after parsing.
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.argv = argv;
  }
  const options = received.pop();
  if (!options) throw new Error("the command did not run");
  return options;
}

it("passes each --keep-source to the run, in order", async () => {
  const options = await parse([
    "in",
    "--area",
    "St. Aldric",
    "--keep-source",
    "st-aldric-only.csv",
    "--keep-source",
    "book.xlsx: Street",
  ]);
  expect(options.keepSources).toEqual(["st-aldric-only.csv", "book.xlsx: Street"]);
  expect(options.inputs).toEqual(["in"]);
  expect(options).not.toHaveProperty("keepSource");
});

it("keeps none when the option is not given", async () => {
  expect((await parse(["in", "--area", "St. Aldric"])).keepSources).toEqual([]);
});
