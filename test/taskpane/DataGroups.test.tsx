/**
 * The Data list stays short: a format's many sources make one entry with one checkbox,
 * the detail of each source on demand; and a source the last run left out as a copy
 * of another says why and can be counted anyway.
 */
import { act, configure, screen, waitFor, within } from "@testing-library/react";
import type { DiscoveredSource, RunResult } from "../../src/workbook/host";
import { ASB_LOG, FakeHost, RESULT, source } from "./fakeHost";
import { expectToSee, renderPane } from "./renderPane";

// Each test renders the whole pane and drives it by keyboard and mouse: on a busy
// 2-core machine that took up to 45 s (jest's default is 5 s, Testing Library's 1 s).
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

const GROUP = "police.uk street-level crime: 24 files";

function monthKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < 24; i++) keys.push(`${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  return keys;
}

/** 24 monthly police.uk files, Jan 2024 to Dec 2025, of 1,000 rows each but 786 in the last. */
function monthlyFiles(): DiscoveredSource[] {
  return monthKeys().map((month, i) =>
    source({
      id: `${month}-cleveland-street.csv`,
      kind: "file",
      rows: i === 23 ? 786 : 1000,
      firstMonth: month,
      lastMonth: month,
      months: [month],
    }),
  );
}

function hostWith(sources: DiscoveredSource[]): FakeHost {
  const host = new FakeHost();
  host.sources = [...sources, ASB_LOG];
  return host;
}

async function readyPane(host: FakeHost) {
  const view = renderPane(host);
  await screen.findByRole("list", { name: "Sheets, tables and files" });
  await waitFor(() => expect(screen.getByRole("combobox", { name: /area/i })).toBeEnabled());
  return view;
}

const topEntries = () =>
  Array.from(screen.getByRole("list", { name: "Sheets, tables and files" }).querySelectorAll(":scope > li"));

describe("a format's many sources", () => {
  it("make one entry: its files, span and rows, with every file chosen", async () => {
    const host = hostWith(monthlyFiles());
    await readyPane(host);
    // Two entries, not 25: the group and the table that is not an extract.
    expect(topEntries()).toHaveLength(2);
    const group = screen.getByRole("checkbox", { name: GROUP });
    expect(group).toBeChecked();
    // By hand: 23 files of 1,000 rows and one of 786.
    expect(group).toHaveAccessibleDescription("Jan 2024–Dec 2025 23,786 rows");
    expect(host.dataCalls[host.dataCalls.length - 1].sourceIds).toHaveLength(24);
    expect(screen.getByRole("checkbox", { name: "ASB log" })).not.toBeChecked();
  });

  it("name the months absent from their span", async () => {
    const gap = ["2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"];
    await readyPane(hostWith(monthlyFiles().filter((f) => !gap.includes(f.firstMonth!))));
    const group = screen.getByRole("checkbox", { name: "police.uk street-level crime: 16 files" });
    expect(group.closest("li")).toHaveTextContent("May–Dec 2024 not in the files");
  });

  it("are chosen or cleared with one checkbox, mixed when some are chosen", async () => {
    const host = hostWith(monthlyFiles());
    const { user } = await readyPane(host);
    const group = screen.getByRole("checkbox", { name: GROUP });
    await user.click(group);
    expect(group).not.toBeChecked();
    await waitFor(() => expect(screen.getByRole("list", { name: "Before you generate" })).toBeInTheDocument());

    // Each file is behind the disclosure, with its own checkbox, months and rows.
    await user.click(screen.getByText("Each of the 24 files"));
    const files = screen.getByRole("list", { name: "Each of the 24 files" });
    expect(within(files).getAllByRole("checkbox")).toHaveLength(24);
    const march = within(files).getByRole("checkbox", { name: "2024-03-cleveland-street.csv" });
    expect(march).toHaveAccessibleDescription(/Mar 2024/);
    expect(march).toHaveAccessibleDescription(/1,000 rows/);
    await user.click(march);
    expect(group).toBePartiallyChecked();
    expect(group.closest("li")).toHaveTextContent("1 of 24 chosen");

    // A mixed box chooses them all.
    await user.click(group);
    expect(group).toBeChecked();
    expect(
      within(files)
        .getAllByRole("checkbox")
        .every((box) => (box as HTMLInputElement).checked),
    ).toBe(true);
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.sourceIds).toHaveLength(24);
  });

  it("are reached and worked by keyboard: the group's box, then the list of files", async () => {
    const host = hostWith(monthlyFiles());
    const { user } = await readyPane(host);
    const group = screen.getByRole("checkbox", { name: GROUP });
    for (let i = 0; i < 10 && document.activeElement !== group; i++) await user.tab();
    expect(group).toHaveFocus();
    await user.keyboard(" ");
    expect(group).not.toBeChecked();
    await user.tab();
    const summary = screen.getByText("Each of the 24 files");
    expect(summary).toHaveFocus();
    // jsdom's <summary> ignores Enter (Chromium's opens it: the end-to-end test presses it there).
    await user.click(summary);
    expect(summary.closest("details")!.open).toBe(true);
    await user.tab();
    expect(screen.getByRole("checkbox", { name: "2024-01-cleveland-street.csv" })).toHaveFocus();
    await user.keyboard(" ");
    expect(group).toBePartiallyChecked();
  });
});

describe("a source left out as a copy of another", () => {
  const full = source({ id: "Crimes" });
  const mine = source({ id: "My area", format: "home-office-csp" });
  const leftOut: RunResult = {
    ...RESULT,
    leftOut: [{ sourceId: "My area", reason: 'Copy or filtered part of "Crimes" (left out)', kind: "copy" }],
  };

  async function afterRun(host: FakeHost, result: RunResult) {
    const view = await readyPane(host);
    await view.user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await view.user.click(screen.getByRole("button", { name: /generate/i }));
    act(() => host.finish(result));
    await screen.findByRole("list", { name: "Key points" });
    return view;
  }

  it("says why, and Count it anyway puts it in the next run and the area list", async () => {
    const host = hostWith([full, mine]);
    const { user } = await afterRun(host, leftOut);
    expect(host.runs[0].keepSourceIds).toBeUndefined();
    const keep = screen.getByRole("checkbox", { name: "Count it anyway (My area)" });
    expect(keep).not.toBeChecked();
    expect(keep).toHaveAccessibleDescription('Last run: Copy or filtered part of "Crimes" (left out).');

    await user.click(keep);
    expect(keep).toBeChecked();
    await waitFor(() =>
      expect(host.dataCalls[host.dataCalls.length - 1]).toEqual({
        sourceIds: ["Crimes", "My area"],
        mappings: {},
        keepSourceIds: ["My area"],
      }),
    );
    await waitFor(() => expect(screen.getByRole("button", { name: /generate/i })).toBeEnabled());
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.keepSourceIds).toEqual(["My area"]);

    // Counted this time: the box stays, ticked, so the choice can be undone.
    act(() => host.finish(RESULT));
    await expectToSee("Counted even though it may repeat crimes in another source.");
    await user.click(screen.getByRole("checkbox", { name: "Count it anyway (My area)" }));
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.keepSourceIds).toBeUndefined();
  });

  it("is flagged on its group's entry and kept from inside the group", async () => {
    const files = monthlyFiles().slice(0, 3);
    const host = hostWith(files);
    const { user } = await afterRun(host, {
      ...RESULT,
      leftOut: [
        { sourceId: files[2].id, reason: `Copy or filtered part of "${files[0].id}" (left out)`, kind: "copy" },
      ],
    });
    const group = screen.getByRole("checkbox", { name: "police.uk street-level crime: 3 files" });
    expect(group.closest("li")).toHaveTextContent(
      "1 not counted by the last run, as it repeats another: see each below.",
    );
    await user.click(screen.getByText("Each of the 3 files"));
    await user.click(screen.getByRole("checkbox", { name: `Count it anyway (${files[2].id})` }));
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.keepSourceIds).toEqual([files[2].id]);
  });

  it("counted once as the same rows as another says so, with nothing to tick", async () => {
    const host = hostWith([full, mine]);
    await afterRun(host, {
      ...RESULT,
      leftOut: [{ sourceId: "My area", reason: 'Same rows as "Crimes" (counted once)', kind: "same" }],
    });
    expect(screen.getByText('Last run: Same rows as "Crimes" (counted once).')).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: /Count it anyway/ })).not.toBeInTheDocument();
  });

  it("stays kept on Refresh when the saved settings keep it", async () => {
    const host = hostWith([full, mine]);
    host.saved = {
      version: 1,
      sourceIds: ["Crimes", "My area"],
      keepSourceIds: ["My area"],
      settings: { area: "Wirral", basis: "auto", region: { includeOutOfArea: false }, targets: [], polarity: {} },
      mappings: {},
      sheets: [{ key: "summary", name: "Summary" }],
    };
    const { user } = await readyPane(host);
    expect(screen.getByRole("checkbox", { name: "Count it anyway (My area)" })).toBeChecked();
    await waitFor(() => expect(screen.getByRole("button", { name: "Refresh" })).toBeEnabled());
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(host.lastRun.keepSourceIds).toEqual(["My area"]);
  });
});
