/** The corpus's inputs that a run reads, through the command line: see validCases.ts and runCase.ts. */
import { runCase } from "./runCase";
import { VALID_CASES } from "./validCases";

// Each case writes files and a workbook: seconds on a busy 2-core machine.
jest.setTimeout(120_000);

describe("corpus: inputs read, with every row accounted for", () => {
  it.each(VALID_CASES.map((c) => [c.name, c] as const))("%s", (_, testCase) => runCase(testCase));
});
