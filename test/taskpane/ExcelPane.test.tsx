/**
 * The pane over the real Office adapter, driving the project's fake Excel object model
 * (test/fakeExcel): discover, generate, go to a sheet, then a second pane on the same
 * workbook offers Refresh with the saved settings. A mapped log with flag columns: a
 * priority from a flag, and after a reload the priority and the named mapping come back.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import { createExcelHostWith } from "../../src/workbook/office";
import type { ExcelRun, OfficeRuntime } from "../../src/workbook/office/runtime";
import { FakeExcel, newWorkbook, type Scalar } from "../fakeExcel";
import { forceLogRows } from "./forceLogFixture";
import { renderPane } from "./renderPane";

// Each test renders the whole pane and drives it by keyboard and mouse: on a busy
// 2-core machine that took up to 45 s (jest's default is 5 s, Testing Library's 1 s).
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

const HEADER = [
  "Crime ID",
  "Month",
  "Reported by",
  "Falls within",
  "Longitude",
  "Latitude",
  "Location",
  "LSOA code",
  "LSOA name",
  "Crime type",
  "Last outcome category",
  "Context",
];

/** 24 months (Apr 2023 to Mar 2025); each month Knowsley has 2 burglaries and Sefton 1. */
function extract(from = 0, to = 24): Scalar[][] {
  const rows: Scalar[][] = [HEADER];
  for (let i = from; i < to; i++) {
    const month = `${2023 + Math.floor((3 + i) / 12)}-${String(((3 + i) % 12) + 1).padStart(2, "0")}`;
    for (const lsoa of ["Knowsley 006A", "Knowsley 007B", "Sefton 001A"]) {
      rows.push([
        `id-${i}-${lsoa}`,
        month,
        "Merseyside Police",
        "Merseyside Police",
        -2.8,
        53.4,
        "On or near Main Street",
        "E01006400",
        lsoa,
        "Burglary",
        "Under investigation",
        "",
      ]);
    }
  }
  return rows;
}

function excelHost(excel: FakeExcel) {
  const runtime: OfficeRuntime = {
    run: excel.run as unknown as ExcelRun,
    supportsExcelApi: (version) => excel.isSetSupported("ExcelApi", version),
    yieldToUi: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
  return createExcelHostWith(runtime);
}

describe("the pane in Excel (fake object model)", () => {
  const excel = new FakeExcel(newWorkbook({ Crimes: extract(), "My notes": [["Notes"]] }));

  it("generates the assessment sheets and goes to a finding's sheet", async () => {
    const { user, unmount } = renderPane(excelHost(excel));
    expect(await screen.findByRole("checkbox", { name: "Crimes" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "My notes" })).not.toBeChecked();
    await waitFor(() => expect(screen.getByRole("combobox", { name: /area/i })).toBeEnabled());
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: "Generate" }));

    const points = await screen.findByRole("list", { name: "Key points" });
    // By hand: Knowsley has 2 burglaries a month, 24 in each financial year.
    expect(points).toHaveTextContent("Knowsley recorded 24 crimes in 2024/25.");
    const sheets = excel.model.sheets.map((s) => s.name);
    expect(sheets.slice(0, 2)).toEqual(["Crimes", "My notes"]);
    expect(sheets).toContain("Summary");
    // Each key point is on the Summary sheet, beside the table of its figures.
    await user.click(within(points).getAllByRole("button", { name: /^Go to Summary: / })[0]);
    await waitFor(() => expect(excel.model.activeSheet?.name).toBe("Summary"));

    await user.click(screen.getByText(/^More findings/));
    const findings = screen.getByRole("list", { name: "More findings" });
    const goToShare = within(findings).getAllByRole("button", { name: /^Go to Share of region/ })[0];
    await user.click(goToShare);
    await waitFor(() => expect(excel.model.activeSheet?.name).toBe("Share of region"));
    unmount();
  }, 60_000);

  it("offers Refresh next time, with the saved area, and rebuilds without duplicates", async () => {
    const sheetsBefore = excel.model.sheets.map((s) => s.name);
    const { user } = renderPane(excelHost(excel));
    const refresh = await screen.findByRole("button", { name: "Refresh" });
    await waitFor(() => expect(screen.getByRole("combobox", { name: /area/i })).toHaveValue("Knowsley"));
    await waitFor(() => expect(refresh).toBeEnabled());
    await user.click(refresh);
    await screen.findByRole("list", { name: "Key points" });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  }, 60_000);
});

describe("several extract sheets in Excel", () => {
  it("are one Data entry, naming the months absent from the sheets", async () => {
    // One sheet per financial year, the first holding only Apr to Sep 2023.
    const excel = new FakeExcel(
      newWorkbook({ "2023-24": extract(0, 6), "2024-25": extract(12, 24), "My notes": [["Notes"]] }),
    );
    renderPane(excelHost(excel));
    const group = await screen.findByRole("checkbox", { name: "police.uk street-level crime: 2 sheets" });
    expect(group).toBeChecked();
    // By hand: Apr-Sep 2023 and Apr 2024-Mar 2025, 3 rows a month: 18 + 36 rows; Oct 2023-Mar 2024 absent.
    expect(group).toHaveAccessibleDescription("Apr 2023–Mar 2025 54 rows Oct 2023–Mar 2024 not in the sheets");
    expect(screen.getByRole("checkbox", { name: "My notes" })).not.toBeChecked();
  }, 60_000);
});

describe("a force log with flag columns in Excel", () => {
  // Two sheets with the force's export headers; the second is next year's, not yet mapped.
  const excel = new FakeExcel(newWorkbook({ Log: forceLogRows(), "Log 2025": forceLogRows().slice(0, 4) }));
  const HIGHER = "Higher is better, e.g. reports where confidence to report is growing";

  it("maps the log with its flags under a name, defines Domestic abuse from a flag, and generates", async () => {
    const { user, unmount } = renderPane(excelHost(excel));
    await user.click(await screen.findByRole("button", { name: "Map columns of Log" }));
    const dialog = await screen.findByRole("dialog", { name: "Map the columns of Log" });
    expect(within(dialog).getByRole("combobox", { name: /date or month/i })).toHaveValue("Date");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^area/i }), "Ward");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^category/i }), "Offence");
    await user.click(within(dialog).getByRole("button", { name: "Add a flag column" }));
    await user.type(within(dialog).getByRole("textbox", { name: /flag 1 name/i }), "Domestic abuse");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /flag 1 column/i }), "DA flag");
    await user.click(within(dialog).getByRole("button", { name: "Add a flag column" }));
    await user.type(within(dialog).getByRole("textbox", { name: /flag 2 name/i }), "Hate crime");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /flag 2 column/i }), "Hate flag");
    const name = within(dialog).getByRole("textbox", { name: /save the mapping as/i });
    await user.clear(name);
    await user.type(name, "Force records export");
    await user.click(within(dialog).getByRole("button", { name: "Use this mapping" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    // The flags come from the Office adapter's read of the sheet (describeData).
    const area = screen.getByRole("combobox", { name: /area/i, hidden: true });
    await waitFor(() =>
      expect(
        within(area)
          .getAllByRole("option", { hidden: true })
          .map((o) => o.textContent),
      ).toEqual(["Choose the area", "North", "South"]),
    );
    await user.selectOptions(area, "North");
    await user.click(screen.getByRole("button", { name: "Add priority", hidden: true }));
    const priority = screen.getByRole("group", { name: "Priority 1", hidden: true });
    await user.type(within(priority).getByRole("textbox", { name: /name/i, hidden: true }), "Domestic abuse");
    await user.click(within(priority).getByRole("radio", { name: HIGHER, hidden: true }));
    const picker = within(priority).getByRole("combobox", { name: "Add a category or flag", hidden: true });
    await user.selectOptions(picker, "Domestic abuse");
    await user.click(within(priority).getByRole("button", { name: "Add to priority 1", hidden: true }));
    await user.click(screen.getByRole("button", { name: "Generate", hidden: true }));

    const findings = await screen.findByRole("list", { name: "More findings", hidden: true });
    // By hand (forceLogFixture): North's flagged rows are 12 in 2023/24 and 24 in 2024/25.
    expect(findings).toHaveTextContent(/Reports of domestic abuse in North rose by 100(\.0)?% in 2024\/25/);
    unmount();
  }, 120_000);

  it("brings the priority back after a reload, and offers the saved mapping for next year's sheet in one click", async () => {
    const { user } = renderPane(excelHost(excel));
    await screen.findByRole("button", { name: "Refresh" });
    const priority = await screen.findByRole("group", { name: "Priority 1" });
    expect(within(priority).getByRole("textbox", { name: /name/i })).toHaveValue("Domestic abuse");
    expect(within(priority).getByRole("radio", { name: HIGHER })).toBeChecked();
    expect(within(priority).getByRole("list", { name: "Rules of priority 1" })).toHaveTextContent(
      "Flag: Domestic abuse",
    );

    const next = screen.getByRole("checkbox", { name: "Log 2025" });
    expect(next).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Use the saved mapping Force records export for Log 2025" }));
    expect(next).toBeChecked();
  }, 120_000);
});
