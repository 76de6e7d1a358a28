/** The corpus's inputs and options that a run refuses, through the command line: see invalidCases.ts and runCase.ts. */
import { INVALID_CASES } from "./invalidCases";
import { runCase } from "./runCase";

// Some cases write workbooks to refuse: seconds on a busy 2-core machine.
jest.setTimeout(120_000);

describe("corpus: inputs refused with one message, nothing written", () => {
  it.each(INVALID_CASES.map((c) => [c.name, c] as const))("%s", (_, testCase) => runCase(testCase));
});
