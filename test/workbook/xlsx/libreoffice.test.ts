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

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (!hasSoffice) {
  console.warn("libreoffice.test.ts skipped: soffice is not on PATH (apt-get install -y libreoffice-calc-nogui to run it).");
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

  it("converts to a PDF with at least one page per sheet", async () => {
    const xlsxPath = join(dir, "assessment.xlsx");
    writeFileSync(xlsxPath, await writeAssessmentXlsx(smallAssessmentPlan));
    // A private profile so a running LibreOffice or a parallel test cannot block this one.
    const profile = pathToFileURL(join(dir, "profile")).href;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsxPath], {
      stdio: "pipe",
      timeout: 120_000,
    });
    const pdfPath = join(dir, "assessment.pdf");
    expect(existsSync(pdfPath)).toBe(true);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5000);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(smallAssessmentPlan.sheets.length);
  }, 180_000);
});
