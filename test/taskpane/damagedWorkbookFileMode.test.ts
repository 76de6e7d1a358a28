/** The browser file mode gives the command line's message for a file with an .xlsx name that is not a sound workbook. */
import { readFileSync } from "fs";
import { join } from "path";
import { AssessmentError } from "../../src/engine/errors";
import { EngineSession } from "../../src/taskpane/fileMode/engineSession";
import { damagedWorkbooks } from "../cli/workbookFixtures";

// Writing and reading workbooks with ExcelJS takes seconds on a busy 2-core machine.
jest.setTimeout(60_000);

const STREET = join(__dirname, "..", "cli", "fixtures", "valid", "street-small.csv");

it("refuses each damaged workbook with its name, the reason and the advice", async () => {
  for (const [name, bytes, reason] of await damagedWorkbooks(readFileSync(STREET))) {
    const error = await new EngineSession(64).open(new File([new Uint8Array(bytes)], name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentError);
    const { source, message, advice } = error as AssessmentError;
    expect([name, source]).toEqual([name, name]);
    expect(message.startsWith(`This file is not a valid Excel workbook (${reason}`)).toBe(true);
    expect(advice).toBe("Open it in Excel and save it again as .xlsx, or if it is a CSV give it a .csv name.");
  }
});
