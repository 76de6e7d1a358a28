/**
 * The built pane as a plain web page (file mode) in headless Chromium: open a generated
 * police.uk extract, choose the area, add a target, Generate, Download, and read the
 * downloaded workbook back. Also: axe finds no violations, and no request leaves the machine.
 * Then, at task-pane width, two years of monthly files: one Data entry, and page 1 in Results.
 * And a force log with two flag columns: mapped with its flags under a name, a Domestic abuse
 * priority defined from a flag by keyboard, and the priority in the results and the workbook.
 * And a Home Office table: two peers, the harm weights and population tables and a matrix
 * weight chosen at task-pane width, and the peers named in the results and the workbook.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  describeSample,
  generatePoliceUkCsv,
  generatePoliceUkExtract,
  toCsvText,
} from "../../src/sample/generateExtract";
import { forceLogCsv } from "../taskpane/forceLogFixture";
import { cspRows, csvOf, populationRows, WEIGHTS_ROWS } from "../taskpane/homeOfficeFixture";
import { isLocal, launchBrowser, type Browser } from "./browser";
import { serveDirectory, type StaticServer } from "./staticServer";

const DIST = path.resolve(__dirname, "../../dist");
const SHOTS = path.resolve(__dirname, "../../test-results");
const SAMPLE = { rows: 20_000 };

let server: StaticServer;
let browser: Browser;
let page: Page;
let work: string;
let csvPath: string;

/** Waits for CSS transitions (e.g. a button turning enabled) to end, so colours are final. */
async function settle() {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

async function screenshot(name: string, fullPage = true) {
  await settle();
  // From the top, so the sticky error bar sits where a user sees it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

/**
 * Fluent's focus manager (tabster) adds focusable aria-hidden <i data-tabster-dummy> guards on
 * purpose; axe's aria-hidden-focus flags them. Microsoft's own Accessibility Insights drops
 * exactly these (https://github.com/microsoft/tabster/issues/288,
 * https://github.com/microsoft/accessibility-insights-web/pull/7605); so does this scan, and nothing else.
 */
function withoutTabsterGuards(violations: Result[]): Result[] {
  return violations
    .map((v) =>
      v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) } : v,
    )
    .filter((v) => v.nodes.length > 0);
}

async function expectNoAxeViolations(label: string) {
  await settle();
  const results = await new AxeBuilder({ page }).analyze();
  const summary = withoutTabsterGuards(results.violations).map(
    (v) =>
      `${label}: ${v.id}: ${v.help}: ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join("; ")}`,
  );
  expect(summary).toEqual([]);
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build:test` first (npm run test:e2e does).");
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), "sa-e2e-"));
  csvPath = path.join(work, "northshire-street.csv");
  fs.writeFileSync(csvPath, generatePoliceUkCsv(SAMPLE));
  server = await serveDirectory(DIST);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("file mode in the browser", () => {
  const sample = describeSample(SAMPLE);
  const area = sample.fallingDistrict;

  it("opens with Open workbook or CSV and no violations", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Strategic Assessment", level: 1 }).waitFor();
    const open = page.getByRole("button", { name: "Open workbook or CSV" });
    await open.waitFor();
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll("button")).some(
        (b) => b.textContent?.includes("Open workbook") && !b.disabled,
      ),
    );
    expect(await open.isEnabled()).toBe(true);
    await screenshot("01-file-mode-start");
    await expectNoAxeViolations("start");
  });

  it("reads the extract in the worker and lists it", async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open workbook or CSV" }).click(),
    ]);
    await chooser.setFiles(csvPath);
    const source = page.getByRole("checkbox", { name: "northshire-street.csv" });
    await source.waitFor();
    expect(await source.isChecked()).toBe(true);
    await expect(page.getByText("police.uk", { exact: true }).count()).resolves.toBe(1);
    await page
      .getByRole("combobox", { name: "Area" })
      .locator(`option[value="${area}"]`)
      .waitFor({ state: "attached" });
  });

  it("chooses the area and adds a target by keyboard alone", async () => {
    const areaPicker = page.getByRole("combobox", { name: "Area" });
    // Tab from the top of the page to the area picker, as a keyboard user would.
    await page.getByRole("button", { name: "Open workbook or CSV" }).focus();
    for (let i = 0; i < 10 && !(await areaPicker.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    expect(await areaPicker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(area.slice(0, 4)); // a native select jumps to the typed name
    expect(await areaPicker.inputValue()).toBe(area);

    const addTarget = page.getByRole("button", { name: "Add target" });
    await addTarget.focus();
    await page.keyboard.press("Enter");
    const target = page.getByRole("group", { name: "Target 1" });
    await target.waitFor();
    const change = target.getByRole("textbox", { name: "Change (%)" });
    await change.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("-6");
    await screenshot("02-data-and-settings");
    await expectNoAxeViolations("settings");
  });

  it("generates with progress, then shows page 1's key points, more findings and the download", async () => {
    const generate = page.getByRole("button", { name: "Generate" });
    await generate.focus();
    await page.keyboard.press("Enter");
    const download = page.getByRole("button", { name: "Download assessment workbook" });
    await download.waitFor({ timeout: 120_000 });
    const points = page.getByRole("list", { name: "Key points" });
    expect(await points.getByRole("listitem").count()).toBeGreaterThanOrEqual(3);
    expect(await points.innerText()).toContain(area);
    const more = page.getByText(/^More findings \(\d+\)$/);
    await more.focus();
    await page.keyboard.press("Enter");
    const findings = page.getByRole("list", { name: "More findings" });
    await findings.waitFor();
    expect(await findings.getByRole("listitem").count()).toBeGreaterThan(2);
    expect(await findings.innerText()).toContain(area);
    await screenshot("03-results");
    await expectNoAxeViolations("results");
  });

  it("downloads a new workbook holding the assessment sheets and tables", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download assessment workbook" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Strategic assessment - ${area}.xlsx`);
    const saved = path.join(work, download.suggestedFilename());
    await download.saveAs(saved);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual([
      "Summary",
      "Trends",
      "Share of region",
      "Monthly",
      "Priorities",
      "Places",
      "ASB",
      "Targets",
      "Data quality & method",
    ]);
    for (const sheet of workbook.worksheets) {
      expect(Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables).length).toBeGreaterThan(0);
    }
    const summaryText = workbook.getWorksheet("Summary")!.getSheetValues().flat().join(" ");
    expect(summaryText).toContain(area);
    // The user's CSV is untouched: the download is a new file.
    expect(fs.readFileSync(csvPath, "utf8")).toBe(generatePoliceUkCsv(SAMPLE));
  });

  it("shows a file it cannot read in the error bar, with what to do", async () => {
    const notes = path.join(work, "notes.txt");
    fs.writeFileSync(notes, "not a spreadsheet");
    await page.locator('input[type="file"]').setInputFiles(notes);
    // The error bar loads lazily; its plain-text stand-in has no "What to do:" label.
    await page.getByText("What to do:").waitFor();
    const alert = page.getByRole("alert");
    const text = await alert.innerText();
    expect(text).toContain("This kind of file cannot be read.");
    expect(text).toContain('"notes.txt"');
    expect(text).toContain("What to do:");
    await screenshot("04-error");
    await expectNoAxeViolations("error");
    await alert.getByRole("button", { name: "Dismiss" }).click();
  });

  it("maps the columns of a table it does not recognise, and the page stays usable", async () => {
    const log = path.join(work, "asb-log.csv");
    fs.writeFileSync(
      log,
      `Ref,Incident date,Ward,Incident type\n1,2024-05-01,${area},Noise\n2,2024-06-03,${area},Noise\n`,
    );
    await page.locator('input[type="file"]').setInputFiles(log);
    await page.getByRole("button", { name: "Map columns of asb-log.csv" }).click();
    const dialog = page.getByRole("dialog", { name: "Map the columns of asb-log.csv" });
    await dialog.waitFor();
    await screenshot("05-column-mapping", false);
    await expectNoAxeViolations("mapping dialog");
    await dialog.getByRole("button", { name: "Use this mapping" }).click();
    await dialog.waitFor({ state: "detached" });
    // Fluent must have given the page back to screen readers: role queries see it again.
    const mapped = page.getByRole("checkbox", { name: "asb-log.csv" });
    await mapped.waitFor();
    expect(await mapped.isChecked()).toBe(true);
    expect(await page.locator("[aria-hidden=true] main").count()).toBe(0);
  });

  it("follows a dark system theme with no violations", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.getByRole("heading", { name: "Strategic Assessment", level: 1 }).waitFor();
    await screenshot("06-dark");
    await expectNoAxeViolations("dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("stays readable with forced colours (Windows high contrast)", async () => {
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    await page.getByRole("heading", { name: "Strategic Assessment", level: 1 }).waitFor();
    await screenshot("07-high-contrast");
    await expectNoAxeViolations("forced colours");
    await page.emulateMedia({ forcedColors: "none", colorScheme: "light" });
  });

  it("sent no request beyond this machine", () => {
    expect(browser.requests.length).toBeGreaterThan(3);
    expect(browser.requests.filter((url) => !isLocal(url))).toEqual([]);
    // The worker and office.js came from the local server.
    expect(browser.requests.some((url) => url.includes("/office-js/office.js"))).toBe(true);
  });
});

describe("two years of monthly files at task-pane width", () => {
  // Jan 2024 to Dec 2025; the sample leaves out one month for the force (Nov 2024).
  const MONTHLY = { rows: 12_000, months: 24, firstMonth: "2024-01" };
  const sample = describeSample(MONTHLY);
  const area = sample.fallingDistrict;
  const COPY = "my-area-2025-06.csv";
  let files: string[] = [];
  let rows = 0;

  /** One CSV per month, as police.uk publishes them, and a "my area only" copy of one month. */
  function writeMonthlyFiles(): string[] {
    const [header, ...data] = generatePoliceUkExtract(MONTHLY);
    const monthColumn = header.indexOf("Month");
    const lsoaColumn = header.indexOf("LSOA name");
    const byMonth = new Map<string, string[][]>();
    for (const row of data) byMonth.set(row[monthColumn], [...(byMonth.get(row[monthColumn]) ?? []), row]);
    const paths = [...byMonth].map(([month, monthRows]) => {
      const file = path.join(work, `${month}-northshire-street.csv`);
      fs.writeFileSync(file, toCsvText([header, ...monthRows]));
      return file;
    });
    const mine = byMonth.get("2025-06")!.filter((row) => row[lsoaColumn].startsWith(`${area} `));
    fs.writeFileSync(path.join(work, COPY), toCsvText([header, ...mine]));
    rows = data.length + mine.length;
    return [...paths, path.join(work, COPY)];
  }

  beforeAll(async () => {
    files = writeMonthlyFiles();
    page = await browser.context.newPage();
    page.on("pageerror", (error) => console.error("page error:", error));
    await page.setViewportSize({ width: 350, height: 900 });
  });

  it("lists 23 monthly files and a copy as one entry, naming the month absent", async () => {
    expect(files).toHaveLength(24);
    expect(sample.missingMonth).toBe("2024-11");
    await page.goto(`${server.origin}/taskpane.html`);
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open workbook or CSV" }).click(),
    ]);
    await chooser.setFiles(files);
    const group = page.getByRole("checkbox", { name: "police.uk street-level crime: 24 files" });
    await group.waitFor({ timeout: 120_000 });
    expect(await group.isChecked()).toBe(true);
    const entry = page.locator("li", { has: group });
    const text = await entry.innerText();
    expect(text).toContain("Jan 2024–Dec 2025");
    expect(text).toContain(`${rows.toLocaleString("en-GB")} rows`);
    expect(text).toContain("Nov 2024 not in the files");
    // One entry: the files themselves are behind the disclosure, out of sight.
    expect(await page.getByRole("checkbox", { name: COPY }).isVisible()).toBe(false);
  });

  it("opens the list of files by keyboard, each with its own checkbox", async () => {
    const group = page.getByRole("checkbox", { name: "police.uk street-level crime: 24 files" });
    await group.focus();
    await page.keyboard.press("Tab");
    const summary = page.getByText("Each of the 24 files");
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    const first = page.getByRole("checkbox", { name: "2024-01-northshire-street.csv" });
    await first.waitFor();
    await page.keyboard.press("Tab");
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Space");
    expect(await first.isChecked()).toBe(false);
    // Mixed: the native checkbox's indeterminate state, which screen readers announce.
    expect(await group.evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    await screenshot("08-monthly-files-grouped");
    await expectNoAxeViolations("grouped list expanded");
    await group.focus();
    await page.keyboard.press("Space"); // a mixed box chooses them all
    expect(await first.isChecked()).toBe(true);
  });

  it("generates and shows page 1: the warnings, then the key points", async () => {
    const picker = page.getByRole("combobox", { name: "Area" });
    await picker.locator(`option[value="${area}"]`).waitFor({ state: "attached", timeout: 120_000 });
    await picker.selectOption(area);
    await page.getByRole("button", { name: "Generate" }).click();
    const points = page.getByRole("list", { name: "Key points" });
    await points.waitFor({ timeout: 120_000 });
    const sentences = await points.getByRole("listitem").allInnerTexts();
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.join(" ")).toContain(area);
    const warnings = await page.getByRole("list", { name: "Read this first" }).innerText();
    expect(warnings).toContain(`"${COPY}" was left out`);
    expect(await page.getByRole("heading", { name: /^Strategic assessment: / }).innerText()).toContain(area);
    const basis = page.getByText(/^Last run: (financial|calendar|rolling)/);
    expect(await basis.innerText()).toMatch(/They compare \d+ months? with a year earlier/);
    await screenshot("09-monthly-results");
    await expectNoAxeViolations("results with warnings");
  });

  it("says why the copy was left out and offers to count it anyway", async () => {
    const group = page.getByRole("checkbox", { name: "police.uk street-level crime: 24 files" });
    expect(await page.locator("li", { has: group }).first().innerText()).toContain("1 not counted by the last run");
    const keep = page.getByRole("checkbox", { name: `Count it anyway (${COPY})` });
    await keep.scrollIntoViewIfNeeded();
    expect(await keep.isVisible()).toBe(true);
    expect(await keep.isChecked()).toBe(false);
    await keep.check();
    await screenshot("10-count-it-anyway");
    await expectNoAxeViolations("count it anyway");
  });
});

describe("a force log with two flag columns at task-pane width", () => {
  const LOG = "force-log.csv";
  const HIGHER = "Higher is better, e.g. reports where confidence to report is growing";

  beforeAll(async () => {
    fs.writeFileSync(path.join(work, LOG), forceLogCsv());
    page = await browser.context.newPage();
    page.on("pageerror", (error) => console.error("page error:", error));
    await page.setViewportSize({ width: 350, height: 900 });
  });

  it("maps the log's columns and both flags, and saves the mapping by name", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open workbook or CSV" }).click(),
    ]);
    await chooser.setFiles(path.join(work, LOG));
    await page.getByRole("button", { name: `Map columns of ${LOG}` }).click();
    const dialog = page.getByRole("dialog", { name: `Map the columns of ${LOG}` });
    await dialog.waitFor();
    expect(await dialog.getByRole("combobox", { name: /Date or month/ }).inputValue()).toBe("Date");
    await dialog.getByRole("combobox", { name: /^Area/ }).selectOption("Ward");
    await dialog.getByRole("combobox", { name: /^Category/ }).selectOption("Offence");
    for (const [n, name, column] of [
      [1, "Domestic abuse", "DA flag"],
      [2, "Hate crime", "Hate flag"],
    ]) {
      await dialog.getByRole("button", { name: "Add a flag column" }).click();
      await dialog.getByRole("textbox", { name: new RegExp(`Flag ${n} name`) }).fill(String(name));
      await dialog.getByRole("combobox", { name: new RegExp(`Flag ${n} column`) }).selectOption(String(column));
    }
    await dialog.getByRole("textbox", { name: /Save the mapping as/ }).fill("Force records export");
    await screenshot("11-mapping-with-flags", false);
    await expectNoAxeViolations("mapping dialog with flags");
    await dialog.getByRole("button", { name: "Use this mapping" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByRole("checkbox", { name: LOG }).isChecked()).toBe(true);
  });

  it("defines Domestic abuse from the flag by keyboard, offered only what the log holds", async () => {
    const area = page.getByRole("combobox", { name: "Area" });
    await area.locator('option[value="North"]').waitFor({ state: "attached", timeout: 120_000 });
    await area.selectOption("North");
    const add = page.getByRole("button", { name: "Add priority" });
    await add.focus();
    await page.keyboard.press("Enter");
    const priority = page.getByRole("group", { name: "Priority 1" });
    const name = priority.getByRole("textbox", { name: /Name/ });
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("Domestic abuse");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    expect(await priority.getByRole("radio", { name: HIGHER }).isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    const picker = priority.getByRole("combobox", { name: "Add a category or flag" });
    expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
    // A mapped table with flags: its categories and its flags, nothing else.
    const groups = await picker.locator("optgroup").evaluateAll((els) => els.map((e) => e.getAttribute("label")));
    expect(groups).toEqual(["Categories", "Flags"]);
    await page.keyboard.type("Dom"); // a native select jumps to the typed name
    expect(await picker.locator("option:checked").innerText()).toBe("Domestic abuse");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await priority.getByRole("list", { name: "Rules of priority 1" }).innerText()).toContain(
      "Flag: Domestic abuse",
    );
    expect(await priority.innerText()).toContain("Takes in rows flagged Domestic abuse.");
    await priority.scrollIntoViewIfNeeded();
    await settle();
    await page.screenshot({ path: path.join(SHOTS, "12-priority-at-350px.png") });
    await expectNoAxeViolations("priorities editor");

    const suggest = page.getByRole("button", { name: "Suggest priorities" });
    await suggest.click();
    const suggestions = page.getByRole("list", { name: "Suggested priorities" });
    await suggestions.waitFor();
    expect(await suggestions.getByRole("button", { name: "Domestic abuse added" }).count()).toBe(1);
    expect(await suggestions.getByRole("button", { name: "Add Hate crime" }).count()).toBe(1);
    await suggestions.scrollIntoViewIfNeeded();
    await settle();
    await page.screenshot({ path: path.join(SHOTS, "13-suggestions-at-350px.png") });
    await expectNoAxeViolations("suggested priorities");
    await suggest.click();
  });

  it("generates and shows the priority in the results and the workbook", async () => {
    await page.getByRole("button", { name: "Generate" }).click();
    const more = page.getByText(/^More findings \(\d+\)$/);
    await more.waitFor({ timeout: 120_000 });
    await more.click();
    const findings = await page.getByRole("list", { name: "More findings" }).innerText();
    // By hand (forceLogFixture): North's flagged rows are 12 in 2023/24 and 24 in 2024/25.
    expect(findings).toMatch(
      /Reports of domestic abuse in North rose by 100(\.0)?% in 2024\/25 compared with 2023\/24/,
    );
    await screenshot("14-priority-results");
    await expectNoAxeViolations("results with a priority");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download assessment workbook" }).click(),
    ]);
    const saved = path.join(work, "force-log-assessment.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const trends = workbook.getWorksheet("Trends")!.getSheetValues().flat().join(" ");
    expect(trends).toContain("Domestic abuse");
  });
});

describe("a Home Office table with peers, harm weights and the matrix at task-pane width", () => {
  // Screenshots of the Settings panel, for a person to look at; outside the repository.
  const shots = path.join(os.tmpdir(), "sa-settings-shots");

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    fs.writeFileSync(path.join(work, "csp.csv"), csvOf(cspRows()));
    fs.writeFileSync(path.join(work, "population.csv"), csvOf(populationRows()));
    fs.writeFileSync(path.join(work, "weights.csv"), csvOf(WEIGHTS_ROWS));
    page = await browser.context.newPage();
    page.on("pageerror", (error) => console.error("page error:", error));
    await page.setViewportSize({ width: 350, height: 900 });
  });

  it("picks two peers by keyboard, the weights and population tables, and a matrix weight, with no violations", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open workbook or CSV" }).click(),
    ]);
    await chooser.setFiles(["csp.csv", "population.csv", "weights.csv"].map((f) => path.join(work, f)));
    const area = page.getByRole("combobox", { name: "Area" });
    await area.locator('option[value="Holm"]').waitFor({ state: "attached", timeout: 120_000 });
    await area.selectOption("Holm");
    await page.getByRole("combobox", { name: /^Population table/ }).selectOption("population.csv");
    await page.getByRole("combobox", { name: "Harm weights table" }).selectOption("weights.csv");
    // The weights table is read as weights: it is not offered as data.
    expect(await page.getByRole("checkbox", { name: "weights.csv" }).isChecked()).toBe(false);

    const peers = page.getByRole("combobox", { name: /^Peers \(most similar group\)/ });
    await peers.focus();
    for (const typed of ["Ash", "bro"]) {
      await page.keyboard.type(typed);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
    }
    const chosen = page.getByRole("listbox", { name: "Chosen peers" });
    expect(await chosen.getByRole("option").allInnerTexts()).toEqual(["Ashby", "Brook"]);
    await page.keyboard.press("Escape");
    // A Home Office table has no LSOAs: there are no top places to list.
    expect(await page.getByRole("textbox", { name: /^Top places to list/ }).count()).toBe(0);

    await page.getByText("Priority matrix", { exact: true }).click();
    const volume = page.getByRole("textbox", { name: /^Volume/ });
    await volume.fill("2");
    expect(await page.getByRole("textbox", { name: /^Harm/ }).isEnabled()).toBe(true);
    await settle();
    await page.getByRole("heading", { name: "Settings" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, "settings-at-350px.png"), fullPage: true });
    await expectNoAxeViolations("peers, weights and matrix settings");
  });

  it("generates with harm in the matrix, and names the peers on the Comparisons sheet", async () => {
    await page.getByRole("button", { name: "Generate" }).click();
    const more = page.getByText(/^More findings \(\d+\)$/);
    await more.waitFor({ timeout: 120_000 });
    await more.click();
    // With three members no control limits are drawn, so no peer sentence: the harm-weighted matrix is there.
    const findings = await page.getByRole("list", { name: "More findings" }).innerText();
    expect(findings).toMatch(/priority-setting matrix \(volume, rate, harm\)/);
    await page.screenshot({ path: path.join(shots, "results-at-350px.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download assessment workbook" }).click(),
    ]);
    const saved = path.join(work, "csp-assessment.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const comparisons = workbook.getWorksheet("Comparisons")!.getSheetValues().flat().join(" ");
    expect(comparisons).toContain("Ashby");
    expect(comparisons).toContain("Brook");
    expect(comparisons).not.toContain("Carr");
    expect(workbook.getWorksheet("Priorities")).toBeDefined();
  });
});
