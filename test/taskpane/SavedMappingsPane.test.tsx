/** Column mappings saved by name, in the pane: saved with the run, and offered again in one click for a table that fits. */
import { configure, screen, waitFor, within } from "@testing-library/react";
import { defaultSettings } from "../../src/engine/assessment/settings";
import type { SavedMapping } from "../../src/engine/extracts/types";
import { ASB_LOG, CRIMES, FakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

// Each test renders the whole pane and drives it by keyboard and mouse: on a busy
// 2-core machine that took up to 45 s (jest's default is 5 s, Testing Library's 1 s).
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

const COUNCIL_LOG: SavedMapping = {
  name: "Council ASB log",
  mapping: { date: "Incident date", area: "Ward", category: "Incident type" },
};
const OTHER: SavedMapping = { name: "Force export", mapping: { date: "Committed", area: "Beat", category: "Offence" } };

async function readyPane(host: FakeHost) {
  const view = renderPane(host);
  await screen.findByRole("checkbox", { name: "Crimes" });
  await waitFor(() => expect(screen.getByRole("combobox", { name: /area/i })).toBeEnabled());
  return view;
}

/** Last year's refresh: the Crimes sheet only, with the named mappings saved then. */
function refreshHost(): FakeHost {
  const host = new FakeHost();
  host.saved = {
    version: 1,
    sourceIds: [CRIMES.id],
    settings: defaultSettings("Knowsley"),
    mappings: {},
    savedMappings: [COUNCIL_LOG, OTHER],
    sheets: [{ key: "summary", name: "Summary" }],
  };
  return host;
}

describe("Saved mappings", () => {
  it("saves a mapping under the name given and sends the named mappings with the run", async () => {
    const host = new FakeHost();
    const { user } = await readyPane(host);
    await user.click(screen.getByRole("button", { name: "Map columns of ASB log" }));
    const dialog = await screen.findByRole("dialog", { name: "Map the columns of ASB log" });
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^area/i }), "Ward");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^category/i }), "Incident type");
    const name = within(dialog).getByRole("textbox", { name: /save the mapping as/i });
    await user.clear(name);
    await user.type(name, "Council ASB log");
    await user.click(within(dialog).getByRole("button", { name: "Use this mapping" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    await user.selectOptions(screen.getByRole("combobox", { name: /area/i, hidden: true }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i, hidden: true }));
    expect(host.lastRun.savedMappings).toEqual([COUNCIL_LOG]);
    expect(host.lastRun.mappings).toEqual({ [ASB_LOG.id]: COUNCIL_LOG.mapping });
  });

  it("offers a saved mapping that fits a table not yet mapped, and applies it in one click", async () => {
    const host = refreshHost();
    const { user } = await readyPane(host);
    const asb = screen.getByRole("checkbox", { name: "ASB log" });
    expect(asb).not.toBeChecked();
    // Only the mapping whose columns the table has is offered.
    const item = asb.closest("li") as HTMLElement;
    expect(within(item).queryByRole("button", { name: /Force export/ })).not.toBeInTheDocument();
    await user.click(within(item).getByRole("button", { name: "Use the saved mapping Council ASB log for ASB log" }));

    expect(asb).toBeChecked();
    expect(within(item).getByText("Mapped table")).toBeInTheDocument();
    expect(within(item).queryByRole("button", { name: /Use the saved mapping/ })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(host.dataCalls[host.dataCalls.length - 1]).toEqual({
        sourceIds: [CRIMES.id, ASB_LOG.id],
        mappings: { [ASB_LOG.id]: COUNCIL_LOG.mapping },
      }),
    );
    await waitFor(() => expect(screen.getByRole("button", { name: "Refresh" })).toBeEnabled());
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    // The saved mappings are kept for the next refresh, the one not used too.
    expect(host.lastRun.savedMappings).toEqual([COUNCIL_LOG, OTHER]);
  });

  it("offers the saved mappings that fit in the mapping dialog too", async () => {
    const { user } = await readyPane(refreshHost());
    await user.click(screen.getByRole("button", { name: "Map columns of ASB log" }));
    const dialog = await screen.findByRole("dialog", { name: "Map the columns of ASB log" });
    const picker = within(dialog).getByRole("combobox", { name: /use a saved mapping/i });
    expect(
      within(picker)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Choose a saved mapping", "Council ASB log"]);
  });

  it("keeps a named mapping for the session in file mode, for the next file with those columns", async () => {
    const host = new FakeHost();
    host.mode = "file";
    const nextYear = { ...ASB_LOG, id: "asb-log-2025.csv", name: "asb-log-2025.csv", kind: "file" as const };
    Object.assign(host, {
      openFiles: async () => {
        host.sources = [...host.sources, nextYear];
      },
    });
    const { user } = await readyPane(host);
    await user.click(screen.getByRole("button", { name: "Map columns of ASB log" }));
    const dialog = await screen.findByRole("dialog", { name: "Map the columns of ASB log" });
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^area/i }), "Ward");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^category/i }), "Incident type");
    const name = within(dialog).getByRole("textbox", { name: /save the mapping as/i });
    await user.clear(name);
    await user.type(name, "Council ASB log");
    await user.click(within(dialog).getByRole("button", { name: "Use this mapping" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, new File(["x"], nextYear.id));
    const use = await screen.findByRole("button", {
      name: "Use the saved mapping Council ASB log for asb-log-2025.csv",
      hidden: true,
    });
    await user.click(use);
    expect(screen.getByRole("checkbox", { name: nextYear.name, hidden: true })).toBeChecked();
    await waitFor(() =>
      expect(host.dataCalls[host.dataCalls.length - 1].mappings).toEqual({
        [ASB_LOG.id]: COUNCIL_LOG.mapping,
        [nextYear.id]: COUNCIL_LOG.mapping,
      }),
    );
  });
});
