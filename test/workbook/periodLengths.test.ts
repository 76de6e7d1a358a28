/**
 * No chart lines up periods of different lengths, read back from the workbook the
 * command line wrote: for files with the gap analysts meet (four months of one
 * year, all twelve of the next, months missing between, as in the real Cleveland
 * files), on every basis. A chart whose categories are periods must give every
 * category the same number of months; the months are worked out here from the
 * label as a reader sees it, not from the engine.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runAssessment } from "../../src/cli/assessCommand";
import { buildReportPlan } from "../../src/report/buildReportPlan";
import { describeSample, generatePoliceUkExtract, toCsvText } from "../../src/sample/generateExtract";
import { readXlsxBack, type SheetReadBack } from "./parity/readXlsxBack";
import { parseA1 } from "./parity/writtenLook";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Months a period label covers, as a reader counts them; null for a label that is not a period. */
function monthsInLabel(label: string): number | null {
  const counted = /\((\d+) months?\)/.exec(label);
  if (counted) return Number(counted[1]);
  const span = /^([A-Z][a-z]{2})[–-]([A-Z][a-z]{2}) \d{4}$/.exec(label);
  if (span) return ((MONTHS.indexOf(span[2]) - MONTHS.indexOf(span[1]) + 12) % 12) + 1;
  if (/^[A-Z][a-z]{2} \d{4}$/.test(label)) return 1;
  if (/^\d{4}(\/\d{2})?$/.test(label) || /^12 months to [A-Z][a-z]{2} \d{4}$/.test(label)) return 12;
  return null;
}

/** The text of the cells a chart reference points at ("'Trends'!$A$5:$A$7"). */
function cellTexts(side: Map<string, SheetReadBack>, formula: string): string[] {
  const bang = formula.lastIndexOf("!");
  const sheet = formula.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const [first, last = first] = formula
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":")
    .map(parseA1);
  const texts: string[] = [];
  for (let row = first[0]; row <= last[0]; row++)
    for (let col = first[1]; col <= last[1]; col++) texts.push(String(side.get(sheet)!.cellAt(row, col).value ?? ""));
  return texts;
}

describe.each(["calendar", "financial", "rolling12", "auto"])("files with a gap, %s basis", (basis) => {
  let dir: string;
  let side: Map<string, SheetReadBack>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "period-lengths-"));
    // The sample runs Apr 2022 to Mar 2025; keep Jan-Apr 2023 and Jan-Dec 2024.
    const rows = generatePoliceUkExtract({ rows: 8_000 });
    const kept = rows.filter((row, i) => i === 0 || /^2023-0[1-4]$|^2024-/.test(row[1]));
    const extract = join(dir, "gap.csv");
    writeFileSync(extract, toCsvText(kept));
    const out = join(dir, "gap.xlsx");
    const outcome = await runAssessment({
      inputs: [extract],
      area: describeSample().fallingDistrict,
      basis,
      out,
      producedOn: "2026-01-15",
    });
    side = await readXlsxBack(buildReportPlan(outcome.assessment), new Uint8Array(readFileSync(out)));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has charts over periods, and every one gives its categories the same number of months", () => {
    let periodCharts = 0;
    for (const [sheet, read] of side) {
      for (const chart of read.shown.charts) {
        // Every series of a chart shares its categories (the writers bind each to the same cells).
        const labels = cellTexts(side, chart.series[0].categories);
        if (!labels.some((label) => /\d{4}/.test(label))) continue; // districts, crime types, calendar months
        periodCharts++;
        const lengths = labels.map(monthsInLabel);
        expect({ sheet, chart: chart.name, labels, lengths: new Set(lengths).size }).toEqual({
          sheet,
          chart: chart.name,
          labels,
          lengths: 1,
        });
        expect(lengths).not.toContain(null);
      }
    }
    expect(periodCharts).toBeGreaterThanOrEqual(2);
  });
});

describe("reading a period label's months", () => {
  it.each([
    ["Jan–Apr 2025", 4],
    ["Nov–Feb 2025", 4],
    ["Jan 2024", 1],
    ["2025", 12],
    ["2024/25", 12],
    ["12 months to Dec 2025", 12],
    ["2023/24 (11 months)", 11],
    ["Northby", null],
  ])("%s covers %p months", (label, months) => {
    expect(monthsInLabel(label)).toBe(months);
  });
});
