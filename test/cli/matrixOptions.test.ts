/**
 * --weights and --matrix-weights through the command: the weights reach the harm
 * table and the matrix, a weights file naming categories the data lacks is refused
 * with them listed (and nothing written), and bad criterion weights are refused.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseMatrixWeights, runAssessment, type AssessOptions } from "../../src/cli/assessCommand";
import { AssessmentError } from "../../src/engine/errors";

const EXTRACT = join(__dirname, "fixtures", "valid", "street-small.csv");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "assess-matrix-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<AssessmentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("expected the run to fail");
}

const run = (options: Partial<AssessOptions>) =>
  runAssessment({ inputs: [EXTRACT], area: "Aldbury", out: join(dir, "out.xlsx"), ...options });

describe("--weights", () => {
  it("weighs the categories, writes the harm table on the Priorities sheet and harm in the measures", async () => {
    const weights = file("css.csv", "Crime type,CSS weight\nBurglary,50\nrobbery,200\n");
    const measures = join(dir, "measures.csv");
    const outcome = await run({ weights, measures });
    const harm = outcome.assessment.harm!;
    expect(harm).toMatchObject({ name: "CSS weight", source: "css.csv" });
    const burglary = harm.rows.find((r) => r.category === "Burglary")!;
    expect(burglary.harm).toBe(burglary.count * 50);
    expect(harm.withoutWeight).toEqual(expect.arrayContaining(["Anti-social behaviour", "Drugs"]));
    expect(outcome.sheetNames).toContain("Priorities");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "out.xlsx"));
    const texts: string[] = [];
    workbook.getWorksheet("Priorities")!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("Volume and harm");
    expect(texts).toContain("50 a crime");
    expect(readFileSync(measures, "utf8")).toContain(
      `Aldbury,Burglary,${outcome.assessment.lead.label},harm,${burglary.harm}`,
    );
  });

  it("refuses weights naming categories the data lacks, listing them, and writes nothing", async () => {
    const weights = file("css.csv", "Category,Weight\nBurglary,50\nBurglery,1\nKnife crime,9\n");
    const error = await failure(run({ weights }));
    expect(error.message).toContain('"Burglery" (row 3; closest: "Burglary")');
    expect(error.message).toContain('"Knife crime" (row 4');
    expect([error.source, error.row, error.column]).toEqual(["css.csv", 3, "Category"]);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  });

  it("refuses a file that is not a weights table, and an output over it", async () => {
    const weights = file("w.csv", "Name,Value\nBurglary,50\n");
    expect((await failure(run({ weights }))).message).toBe('"w.csv" is not a harm weights table.');
    const error = await failure(run({ weights, out: weights }));
    expect(error.message).toContain("--weights");
  });
});

describe("--matrix-weights", () => {
  it("sets the criteria's weights, the others keeping the default of 1", async () => {
    const outcome = await run({ matrixWeights: "volume=2, harm=0" });
    expect(outcome.assessment.matrix!.weights).toEqual({ volume: 2, trend: 1, rate: 1, harm: 0 });
    expect(outcome.assessment.method.join(" ")).toContain("weights: volume 2, trend 1");
  });

  it.each([
    ["size=2", '"size=2" names no criterion of the matrix.'],
    ["volume=-1", '"volume=-1" is not a weight of zero or more.'],
    ["trend", '"trend" is not a weight of zero or more.'],
    ["rate=1=2", '"rate=1=2" is not a weight of zero or more.'],
  ])("refuses %s", (text, message) => {
    let error: unknown;
    try {
      parseMatrixWeights(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AssessmentError);
    expect((error as AssessmentError).message).toBe(message);
    expect((error as AssessmentError).column).toBe("--matrix-weights");
  });
});
