/** The whole pane over a fake host: data, settings, generate with progress and cancel, errors, results. */
import { act, configure, screen, waitFor, within } from "@testing-library/react";
import { AssessmentError } from "../../src/engine/errors";
import { ASB_LOG, CRIMES, FakeHost, RESULT } from "./fakeHost";
import { expectToSee, findErrorBar, renderPane } from "./renderPane";

// Each test renders the whole pane and drives it by keyboard and mouse: on a busy
// 2-core machine that took up to 45 s (jest's default is 5 s, Testing Library's 1 s).
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

async function readyPane(host = new FakeHost()) {
  const view = renderPane(host);
  await screen.findByRole("checkbox", { name: "Crimes" });
  await waitFor(() => expect(screen.getByRole("combobox", { name: /area/i })).toBeEnabled());
  return { host, ...view };
}

describe("Data panel", () => {
  it("lists each source with its format, rows, months and districts, and ticks the extracts", async () => {
    await readyPane();
    const crimes = screen.getByRole("checkbox", { name: "Crimes" });
    expect(crimes).toBeChecked();
    const item = crimes.closest("li")!;
    expect(within(item as HTMLElement).getByText("police.uk")).toBeInTheDocument();
    expect(within(item as HTMLElement).getByText("48,213 rows")).toBeInTheDocument();
    expect(within(item as HTMLElement).getByText("Apr 2022 to Mar 2025")).toBeInTheDocument();
    expect(
      within(item as HTMLElement).getByText("Districts: Knowsley, Liverpool, Sefton and 2 more"),
    ).toBeInTheDocument();

    const asb = screen.getByRole("checkbox", { name: "ASB log" });
    expect(asb).not.toBeChecked();
    expect(asb).toBeDisabled();
    expect(screen.getByText("Not recognised")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Map columns of ASB log" })).toBeInTheDocument();
  });

  it("maps an unrecognised table's columns and offers its areas", async () => {
    const { host, user } = await readyPane();
    await user.click(screen.getByRole("button", { name: "Map columns of ASB log" }));
    const dialog = await screen.findByRole("dialog", { name: "Map the columns of ASB log" });
    // Guessed from the headers: date and area and category; count left blank.
    expect(within(dialog).getByRole("combobox", { name: /date or month/i })).toHaveValue("Incident date");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^area/i }), "Ward");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^category/i }), "Incident type");
    await user.click(within(dialog).getByRole("button", { name: "Use this mapping" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    // In jsdom Fluent's modal leaves aria-hidden on the page after closing (its own Dialog
    // does too), so these queries include hidden elements; the end-to-end test checks a real browser.
    expect(screen.getByRole("checkbox", { name: "ASB log", hidden: true })).toBeChecked();
    expect(screen.getByText("Mapped table")).toBeInTheDocument();
    await waitFor(() =>
      expect(host.dataCalls[host.dataCalls.length - 1]).toEqual({
        sourceIds: ["Crimes", "ASB log"],
        mappings: { "ASB log": { date: "Incident date", area: "Ward", category: "Incident type" } },
      }),
    );
  });

  it("refuses a mapping that leaves out a required field", async () => {
    const { user } = await readyPane();
    await user.click(screen.getByRole("button", { name: "Map columns of ASB log" }));
    const dialog = await screen.findByRole("dialog");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^area/i }), "");
    await user.click(within(dialog).getByRole("button", { name: "Use this mapping" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("Choose the area column.");
    expect(screen.getByRole("checkbox", { name: "ASB log", hidden: true })).not.toBeChecked();
  });
});

describe("Generate", () => {
  it("stays disabled until an area is chosen, then runs with the chosen sources and settings", async () => {
    const { host, user } = await readyPane();
    const generate = screen.getByRole("button", { name: /generate/i });
    expect(generate).toBeDisabled();
    expect(screen.getByRole("list", { name: "Before you generate" })).toHaveTextContent(
      "Choose the area under Settings.",
    );

    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Sefton");
    await user.click(screen.getByRole("radio", { name: "Calendar year" }));
    await user.click(screen.getByRole("checkbox", { name: /out-of-area/i }));
    expect(generate).toBeEnabled();
    await user.click(generate);

    expect(host.runs).toHaveLength(1);
    expect(host.lastRun.sourceIds).toEqual(["Crimes"]);
    expect(host.lastRun.settings).toMatchObject({
      area: "Sefton",
      basis: "calendar",
      region: { includeOutOfArea: true },
    });
    expect(host.lastRun.mappings).toEqual({});
  });

  it("shows determinate progress by stage and cancels through the AbortSignal", async () => {
    const { host, user } = await readyPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(screen.getByRole("button", { name: /generate/i })).toBeDisabled();

    act(() => host.lastRun.onProgress({ stage: "computing", fraction: 0.45, message: "" }));
    const bar = screen.getByRole("progressbar");
    expect(bar).toHaveAttribute("aria-valuenow", "0.45");
    expect(bar).toHaveAttribute("aria-valuemax", "1");
    expect(screen.getByText("Computing the figures: 45%")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(host.lastRun.signal.aborted).toBe(true);
    await expectToSee("Cancelled. The workbook was not changed.");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /generate/i })).toBeEnabled();
  });

  it("shows an AssessmentError's message, place and advice in the error bar", async () => {
    const { host, user } = await readyPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    act(() =>
      host.fail(
        new AssessmentError("The month cannot be read.", "Write months as YYYY-MM, e.g. 2024-01.", {
          source: "Crimes",
          column: "Month",
          row: 1204,
        }),
      ),
    );
    const alert = await findErrorBar();
    expect(alert).toHaveTextContent("The month cannot be read.");
    expect(alert).toHaveTextContent('Where: "Crimes", column "Month", row 1,204');
    expect(alert).toHaveTextContent("What to do: Write months as YYYY-MM, e.g. 2024-01.");
    expect(screen.queryByRole("heading", { name: "Results" })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("calls an unexpected error a bug without losing its message", async () => {
    const { host, user } = await readyPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    act(() => host.fail(new TypeError("Cannot read properties of undefined")));
    const alert = await findErrorBar();
    expect(alert).toHaveTextContent("Something went wrong.");
    expect(alert).toHaveTextContent("Cannot read properties of undefined");
  });
});

describe("A sheet name the user already has", () => {
  const clash = new AssessmentError(
    'The assessment needs the sheet name "Summary", which your sheet "Summary" already uses.',
    'The add-in never overwrites a sheet it did not make. Rename or move your sheet "Summary", or choose to write the assessment beside it as "Summary (2)".',
    { source: "Summary" },
  );

  it("stops by default, then offers to write beside the user's sheet", async () => {
    const { host, user } = await readyPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.sheetNameClash).toBe("stop");
    act(() => host.fail(clash));

    const alert = await findErrorBar();
    expect(alert).toHaveTextContent('which your sheet "Summary" already uses');
    await user.click(within(alert).getByRole("button", { name: "Write beside my sheet" }));
    expect(host.runs).toHaveLength(2);
    expect(host.lastRun.sheetNameClash).toBe("suffix");
    expect(screen.getByRole("checkbox", { name: /write beside it/i })).toBeChecked();
  });

  it("writes beside from the start when the user ticks the box", async () => {
    const { host, user } = await readyPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("checkbox", { name: /write beside it/i }));
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.sheetNameClash).toBe("suffix");
  });
});

describe("Results", () => {
  it("says what page 1 says: the title, the warnings first, then the key points, each with a way to its sheet", async () => {
    const { host, user } = await readyPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    act(() => host.finish(RESULT));

    const results = await screen.findByRole("region", { name: "Results" });
    expect(within(results).getByRole("heading", { name: RESULT.summary.title, level: 3 })).toBeInTheDocument();
    expect(results).toHaveTextContent(`${RESULT.summary.produced}. Data: ${RESULT.summary.data}.`);
    const warnings = within(results).getByRole("list", { name: "Read this first" });
    expect(
      within(warnings)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(RESULT.summary.warnings);
    expect(within(results).getByRole("heading", { name: "Read this first" })).toBeInTheDocument();
    const points = within(results).getByRole("list", { name: "Key points" });
    expect(
      within(points)
        .getAllByRole("listitem")
        .map((li) => li.querySelector("span")?.textContent),
    ).toEqual(RESULT.summary.sentences.map((s) => s.text));
    // Warnings come before the sentences, as on the Summary sheet.
    expect(warnings.compareDocumentPosition(points) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(within(points).getByRole("button", { name: /^Go to Summary: Crime fell by 14%/ }));
    expect(host.goToSheet).toHaveBeenCalledWith("Summary");
    expect(screen.queryByRole("button", { name: /download/i })).not.toBeInTheDocument();
  });

  it("keeps the longer findings behind More findings, each with a button that goes to its sheet", async () => {
    const { host, user } = await readyPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    act(() => host.finish(RESULT));

    const more = await screen.findByText("More findings (2)");
    const details = more.closest("details")!;
    expect(details.open).toBe(false);
    await user.click(more);
    expect(details.open).toBe(true);
    const findings = screen.getByRole("list", { name: "More findings" });
    expect(within(findings).getAllByRole("listitem")).toHaveLength(2);
    expect(findings).toHaveTextContent("All crime in Knowsley fell by 14% in 2024/25 compared with 2023/24.");
    await user.click(within(findings).getByRole("button", { name: /^Go to Share of region/ }));
    expect(host.goToSheet).toHaveBeenCalledWith("Share of region");
  });

  it("shows no warning block when page 1 has none", async () => {
    const { host, user } = await readyPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    act(() => host.finish({ ...RESULT, summary: { ...RESULT.summary, warnings: [] } }));
    await screen.findByRole("list", { name: "Key points" });
    expect(screen.queryByRole("list", { name: "Read this first" })).not.toBeInTheDocument();
  });
});

describe("Settings after a run", () => {
  it("says which basis Automatic used and why, and nothing once a basis is chosen", async () => {
    const { host, user } = await readyPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    expect(screen.getByRole("radio", { name: /^Automatic/ })).toBeChecked();
    expect(screen.queryByText(/^Last run:/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /generate/i }));
    const basis = {
      used: "calendar",
      how: "automatic",
      monthsCompared: { financial: 1, calendar: 4, rolling12: 3 },
      better: null,
    } as const;
    act(() => host.finish({ ...RESULT, basis }));

    const explained =
      "Last run: calendar years. They compare 4 months with a year earlier; financial years compare 1 and rolling 12-month periods 3.";
    await expectToSee(explained);
    // The words describe the radio group, so a screen reader hears them with it.
    expect(screen.getByRole("radiogroup")).toHaveAccessibleDescription(explained);
    await user.click(screen.getByRole("radio", { name: "Calendar year" }));
    expect(screen.queryByText(explained)).not.toBeInTheDocument();
  });
});

describe("Refresh", () => {
  it("offers Refresh with the saved sources, settings and mappings", async () => {
    const host = new FakeHost();
    host.saved = {
      version: 1,
      sourceIds: ["Crimes", "ASB log"],
      settings: {
        area: "Wirral",
        basis: "rolling12",
        region: { includeOutOfArea: false },
        targets: [],
        polarity: { "Violence and sexual offences": "higherIsBetter" },
      },
      mappings: { "ASB log": { date: "Incident date", area: "Ward", category: "Incident type" } },
      sheets: [{ key: "summary", name: "Summary" }],
    };
    const { user } = await readyPane(host);
    expect(screen.getByRole("combobox", { name: /area/i })).toHaveValue("Wirral");
    expect(screen.getByRole("radio", { name: "Rolling 12 months" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "ASB log" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Violence and sexual offences" })).toBeChecked();

    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(host.lastRun.sourceIds).toEqual(["Crimes", "ASB log"]);
    expect(host.lastRun.mappings).toEqual(host.saved.mappings);
    expect(host.lastRun.settings.polarity).toEqual({ "Violence and sexual offences": "higherIsBetter" });
  });
});

describe("Keyboard", () => {
  it("reaches every step by Tab and works them with Space and Enter", async () => {
    const { host, user } = await readyPane();
    const crimes = screen.getByRole("checkbox", { name: "Crimes" });
    while (document.activeElement !== crimes) await user.tab();
    await user.keyboard(" ");
    expect(crimes).not.toBeChecked();
    await user.keyboard(" ");
    expect(crimes).toBeChecked();

    // jsdom's native select ignores arrow keys (the end-to-end test uses them in Chromium).
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: "Add target" }));
    const change = screen.getByRole("textbox", { name: "Change (%)" });
    while (document.activeElement !== change) await user.tab();
    await user.keyboard("{Control>}a{/Control}-12");

    const generate = screen.getByRole("button", { name: /generate/i });
    for (let i = 0; i < 30 && document.activeElement !== generate; i++) await user.tab();
    expect(generate).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(host.lastRun.settings.area).toBe("Knowsley");
    expect(host.lastRun.settings.targets[0].changePct).toBe(-12);
  });

  it("labels every control", async () => {
    await readyPane();
    const controls = [
      ...screen.getAllByRole("button"),
      ...screen.getAllByRole("checkbox"),
      ...screen.getAllByRole("radio"),
      ...screen.getAllByRole("combobox"),
    ];
    for (const control of controls) {
      expect(control).toHaveAccessibleName();
    }
  });
});

export { ASB_LOG, CRIMES };
