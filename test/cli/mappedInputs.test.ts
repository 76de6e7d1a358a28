/**
 * The command line on a mapped table: --map and --mapping read the same way, flags
 * and --priorities reach the figures, and the mapping's mistakes name the file.
 * The fixture: a force export, by hand (North is the area; South the other district).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runAssessment, type AssessOptions } from "../../src/cli/assessCommand";
import { AssessmentError } from "../../src/engine/errors";

let dir: string;
let outDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "assess-mapped-"));
  outDir = mkdtempSync(join(tmpdir(), "assess-mapped-out-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  process.exitCode = undefined;
});

/**
 * One theft a month in each district, April 2023 to March 2025, and in North two
 * assaults flagged domestic abuse in June 2023 and three in June 2024, one of
 * them also flagged hate crime ("H" marks against blanks).
 */
function forceExport(): string {
  const lines = ["Committed date,Beat area,Offence type,DA flag,Hate"];
  for (let m = 0; m < 24; m++) {
    const year = 2023 + Math.floor((m + 3) / 12);
    const month = ((m + 3) % 12) + 1;
    const date = `15/${String(month).padStart(2, "0")}/${year}`;
    lines.push(`${date},North,Theft,N,`, `${date},South,Theft,N,`);
  }
  lines.push("01/06/2023,North,Assault,Y,", "02/06/2023,North,Assault,Yes,");
  lines.push("01/06/2024,North,Assault,Y,H", "02/06/2024,North,Assault,y,", "03/06/2024,North,Assault,1,");
  const path = join(dir, "force-export.csv");
  writeFileSync(path, lines.join("\r\n"));
  return path;
}

const MAP = "date=committed date,area=beat area,category=offence type,flag:Domestic abuse=da flag,flag:Hate crime=hate";

function priorities(): string {
  const path = join(outDir, "priorities.csv");
  writeFileSync(
    path,
    "priority,kind,value,polarity\nDomestic abuse,flag,Domestic abuse,higherIsBetter\nHate crime,flag,Hate crime,higherIsBetter\n",
  );
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

function options(extra: Partial<AssessOptions>): AssessOptions {
  return { inputs: [dir], area: "North", out: join(outDir, "a.xlsx"), basis: "financial", ...extra };
}

describe("a mapped table through the command line", () => {
  it("reads --map with flags, and reports --priorities like categories", async () => {
    forceExport();
    const outcome = await runAssessment(options({ map: MAP, priorities: priorities() }));
    expect(outcome.read.sources).toEqual([
      expect.objectContaining({
        name: "force-export.csv",
        format: "mapped",
        rowsRead: 53,
        rowsKept: 53,
        flags: ["Domestic abuse", "Hate crime"],
      }),
    ]);
    const trend = (name: string) => outcome.assessment.trends.find((t) => t.category === name);
    // By hand: 12 thefts + 2 assaults in 2023/24; 12 + 3 in 2024/25.
    expect(trend("All crime")?.yearly).toEqual([14, 15]);
    expect(trend("Domestic abuse")?.yearly).toEqual([2, 3]);
    expect(trend("Hate crime")?.yearly).toEqual([0, 1]);
    expect(trend("Domestic abuse")?.polarity).toBe("higherIsBetter");
  });

  it("reads a --mapping file as --map reads the same mapping", async () => {
    forceExport();
    const mapping = join(outDir, "force.mapping.csv");
    writeFileSync(
      mapping,
      "field,column\ndate,Committed date\narea,Beat area\ncategory,Offence type\nflag:Domestic abuse,DA flag\nflag:Hate crime,Hate\n",
    );
    const fromFile = await runAssessment(options({ mapping, out: join(outDir, "b.xlsx") }));
    const inline = await runAssessment(options({ map: MAP }));
    expect(fromFile.assessment.measures).toEqual(inline.assessment.measures);
  });

  it("reads a mapped sheet of a workbook, with date cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Log");
    sheet.addRow(["Committed date", "Beat area", "Offence type", "DA flag", "Hate"]);
    sheet.addRow([new Date(Date.UTC(2024, 5, 30, 22, 15)), "North", "Assault", true, null]);
    sheet.addRow([new Date(Date.UTC(2024, 6, 1)), "South", "Theft", false, null]);
    await workbook.xlsx.writeFile(join(dir, "log.xlsx"));
    const outcome = await runAssessment(options({ map: MAP }));
    expect(outcome.read.sources).toEqual([
      expect.objectContaining({ name: "log.xlsx: Log", rowsKept: 2, firstMonth: 2024 * 12 + 5 }),
    ]);
    expect(Array.from(outcome.read.table.flags ?? [])).toEqual([1, 0]);
  });

  it("reads police.uk files beside the mapped table in their own format", async () => {
    forceExport();
    writeFileSync(
      join(dir, "street.csv"),
      "Crime ID,Month,Falls within,LSOA code,LSOA name,Crime type\nx1,2024-06,Force not stated,E01000001,North 001A,Drugs\n",
    );
    const outcome = await runAssessment(options({ map: MAP }));
    expect(outcome.read.sources.map((s) => [s.name, s.format])).toEqual([
      ["force-export.csv", "mapped"],
      ["street.csv", "police-uk"],
    ]);
  });

  it("lists the columns found when the mapping names one the file does not have", async () => {
    const file = forceExport();
    const error = await failure(runAssessment(options({ inputs: [file], map: MAP.replace("hate", "hate flag") })));
    expect(error.source).toBe("force-export.csv");
    expect(error.message).toBe(
      'This file has no column "hate flag", which the column mapping names. The columns found are: Committed date, Beat area, Offence type, DA flag, Hate.',
    );
  });

  it("stops, rather than skip it, on a mapped file in a folder whose dates cannot be read", async () => {
    writeFileSync(join(dir, "log.csv"), "Committed date,Beat area,Offence type,DA flag,Hate\nsoon,North,Theft,N,\n");
    const error = await failure(runAssessment(options({ map: MAP })));
    expect([error.source, error.column]).toEqual(["log.csv", "Committed date"]);
    expect(error.message).toBe('No date in the column "Committed date" could be read. Values seen: "soon".');
  });

  it("refuses --map and --mapping together, and a priority naming a flag not in the data", async () => {
    forceExport();
    expect((await failure(runAssessment(options({ map: MAP, mapping: "m.csv" })))).message).toBe(
      "Both --map and --mapping were given.",
    );
    const bad = join(outDir, "bad.csv");
    writeFileSync(bad, "priority,kind,value\nHate,flag,Hate crim\n");
    const error = await failure(runAssessment(options({ map: MAP, priorities: bad })));
    expect([error.source, error.row, error.column]).toEqual(["bad.csv", 2, "value"]);
    expect(error.advice).toBe('Did you mean "Hate crime"? The flags in the data: Domestic abuse, Hate crime.');
  });
});
