/**
 * Opens the written fixture workbook in a real spreadsheet application:
 * LibreOffice converts it to PDF, which it can only do if it can read the file,
 * tables, formats and charts included. CI installs LibreOffice; where soffice is
 * not on PATH the test is skipped with a note.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { writeAssessmentXlsx } from "../../../src/workbook/xlsx";
import { smallAssessmentPlan } from "../../fixtures/plans/smallAssessmentPlan";
import { assess } from "../../../src/engine/assessment/assess";
import { defaultSettings } from "../../../src/engine/assessment/settings";
import { readGrids } from "../../../src/engine/extracts";
import { buildReportPlan } from "../../../src/report/buildReportPlan";
import type { ReportPlan } from "../../../src/report/plan";
import { generatePoliceUkExtract } from "../../../src/sample/generateExtract";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
// CI installs LibreOffice (.ci/run): there, a missing soffice is a failure, not a skip.
if (process.env.CI && !hasSoffice)
  throw new Error("CI: soffice is missing; .ci/run should install libreoffice-calc-nogui.");
if (!hasSoffice) {
  console.warn(
    "libreoffice.test.ts skipped: soffice is not on PATH (apt-get install -y libreoffice-calc-nogui to run it).",
  );
}

/** Counts pages from the PDF's page objects ("/Type /Page", not "/Type /Pages"). */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString("latin1");
  return (text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

(hasSoffice ? describe : describe.skip)("the fixture workbook in LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xlsx-render-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes the plan, converts it with soffice and returns the PDF bytes. */
  async function render(plan: ReportPlan, name: string): Promise<Buffer> {
    const xlsxPath = join(dir, `${name}.xlsx`);
    writeFileSync(xlsxPath, await writeAssessmentXlsx(plan));
    // A private profile so a running LibreOffice or a parallel test cannot block this one.
    const profile = pathToFileURL(join(dir, "profile")).href;
    execFileSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsxPath],
      {
        stdio: "pipe",
        timeout: 120_000,
      },
    );
    const pdfPath = join(dir, `${name}.pdf`);
    expect(existsSync(pdfPath)).toBe(true);
    return readFileSync(pdfPath);
  }

  it("renders the demo assessment of the seeded sample, findings included", async () => {
    const read = readGrids([{ name: "sample.csv", kind: "file", rows: generatePoliceUkExtract({ rows: 20_000 }) }]);
    const assessment = assess(read, defaultSettings("St. Aldric"));
    const pdf = await render(buildReportPlan(assessment), "demo");
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(5);
    const hasPdfToText = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;
    if (hasPdfToText) {
      const text = execFileSync("pdftotext", ["-layout", join(dir, "demo.pdf"), "-"]).toString("utf8");
      expect(text).toContain("Strategic assessment: St. Aldric");
      expect(text.replace(/\s+/g, " ")).toContain(assessment.findings[0].text.slice(0, 40));
    }
  }, 180_000);

  it("converts to a PDF with at least one page per sheet", async () => {
    const pdf = await render(smallAssessmentPlan, "assessment");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5000);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(smallAssessmentPlan.sheets.length);
  }, 180_000);
});
