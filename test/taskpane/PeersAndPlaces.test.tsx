/**
 * The peers picker and the top places field, driven by role: the picker is offered for a
 * Home Office table, offers its areas less the focus area, sends the chosen peers in the
 * run request, clears them, and brings saved ones back (marking one the data no longer
 * hold); top places shows only for data with LSOAs, sends its number, and says what is
 * wrong with one out of range.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import type { SavedSettings } from "../../src/workbook/host";
import { FakeHost, RESULT, source } from "./fakeHost";
import { renderPane } from "./renderPane";

// Each test renders the whole pane: on a busy 2-core machine that took up to 45 s.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

const AREAS = ["Ashby", "Brook", "Carr", "Dale"];
const CSP_TABLE = source({ id: "CSP table", format: "home-office-csp", districts: AREAS, forces: ["Testshire"] });
const CENSUS = source({
  id: "Census",
  format: null,
  firstMonth: null,
  lastMonth: null,
  districts: [],
  forces: [],
  headers: ["Area", "Population"],
});
const PEERS = { name: /^peers \(most similar group\)/i };

function homeOfficeHost(): FakeHost {
  const host = new FakeHost();
  host.sources = [CSP_TABLE, CENSUS];
  host.areas = AREAS;
  host.data = {
    formats: ["home-office-csp"],
    categories: ["Burglary", "Robbery"],
    groups: ["Burglary", "Robbery"],
    subgroups: [],
    codes: [],
    flags: [],
  };
  return host;
}

async function readyPane(host: FakeHost, sourceName: string) {
  const view = renderPane(host);
  await screen.findByRole("checkbox", { name: sourceName });
  await waitFor(() => expect(screen.getByRole("combobox", { name: /^area/i })).toBeEnabled());
  return view;
}

function savedWith(settings: Partial<SavedSettings["settings"]>): SavedSettings {
  return {
    version: 1,
    sourceIds: ["CSP table"],
    settings: {
      area: "Ashby",
      basis: "financial",
      region: { includeOutOfArea: false },
      targets: [],
      polarity: {},
      ...settings,
    },
    mappings: {},
    sheets: [{ key: "summary", name: "Summary" }],
  };
}

describe("the peers picker", () => {
  it("is not offered for one force's police.uk data", async () => {
    await readyPane(new FakeHost(), "Crimes");
    expect(screen.queryByRole("combobox", PEERS)).not.toBeInTheDocument();
  });

  it("offers the table's areas less the focus area, sends two peers chosen by click and keyboard, and clears them", async () => {
    const host = homeOfficeHost();
    const { user } = await readyPane(host, "CSP table");
    await user.selectOptions(screen.getByRole("combobox", { name: /^area/i }), "Ashby");
    const picker = await screen.findByRole("combobox", PEERS);

    await user.click(picker);
    const listbox = await screen.findByRole("listbox");
    expect(
      within(listbox)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Brook", "Carr", "Dale"]);
    await user.click(within(listbox).getByRole("option", { name: "Dale" }));

    // By keyboard: type to filter, arrow to the match, Enter.
    await user.type(picker, "bro");
    await user.keyboard("{ArrowDown}{Enter}");
    const chosen = screen.getByRole("listbox", { name: "Chosen peers" });
    expect(
      within(chosen)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Dale", "Brook"]);

    // Peers are compared by rate per 1,000: without a population table, Generate says so and waits.
    expect(
      screen.getByText("Choose a population table under Settings to compare with the peers, or clear the peers."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /generate/i })).toBeDisabled();
    await user.selectOptions(screen.getByRole("combobox", { name: /^population table/i }), "Census");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.settings.peers).toEqual(["Dale", "Brook"]);
    expect(host.lastRun.populationSourceId).toBe("Census");

    host.finish(RESULT);
    await waitFor(() => expect(screen.getByRole("button", { name: "Clear all peers" })).toBeEnabled());
    await user.click(screen.getByRole("button", { name: "Clear all peers" }));
    expect(screen.getByRole("button", { name: "Clear all peers" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.runs).toHaveLength(2);
    expect(host.lastRun.settings.peers).toEqual([]);
  });

  it("brings saved peers back for Refresh, marking one the data no longer hold", async () => {
    const host = homeOfficeHost();
    host.saved = { ...savedWith({ peers: ["Brook", "Zedbury"] }), populationSourceId: "Census" };
    const { user } = await readyPane(host, "CSP table");
    const chosen = await screen.findByRole("listbox", { name: "Chosen peers" });
    expect(
      within(chosen)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Brook", "Zedbury (not in the data)"]);
    expect(screen.getByText(/Not in the chosen data: Zedbury\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    // The engine names a peer it cannot find in the report; the pane does not drop it silently.
    expect(host.lastRun.settings.peers).toEqual(["Brook", "Zedbury"]);
  });

  it("tells the matrix's rate weight it is scored against the peers once there are peers", async () => {
    const host = homeOfficeHost();
    host.saved = { ...savedWith({ peers: ["Brook"] }), populationSourceId: "Census" };
    const { user } = await readyPane(host, "CSP table");
    await screen.findByRole("listbox", { name: "Chosen peers" });
    await user.click(screen.getByText("Priority matrix"));
    expect(screen.getByText("Against the peers. Default 1")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear all peers" }));
    expect(await screen.findByText("Against the region. Default 1")).toBeInTheDocument();
  });
});

describe("top places to list", () => {
  const FIELD = { name: /^top places to list/i };

  it("is shown only when the data have LSOAs", async () => {
    await readyPane(new FakeHost(), "Crimes");
    expect(screen.queryByRole("textbox", FIELD)).not.toBeInTheDocument();
  });

  it("defaults to 10, sends the number typed, and stops on one out of range with the field's message", async () => {
    const host = new FakeHost();
    host.data = { ...host.data, places: true };
    const { user } = await readyPane(host, "Crimes");
    await user.selectOptions(screen.getByRole("combobox", { name: /^area/i }), "Sefton");
    const field = screen.getByRole("textbox", FIELD);
    expect(field).toHaveValue("10");

    await user.clear(field);
    await user.type(field, "101");
    expect(screen.getByText("Give a whole number from 1 to 100.")).toBeInTheDocument();
    expect(screen.getByText("Fix the top places to list under Settings.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /generate/i })).toBeDisabled();

    await user.clear(field);
    await user.type(field, "2.5");
    expect(screen.getByText("Give a whole number from 1 to 100.")).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, "25");
    expect(screen.queryByText("Give a whole number from 1 to 100.")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.settings.hotspotCount).toBe(25);
  });

  it("brings a saved number back", async () => {
    const host = new FakeHost();
    host.data = { ...host.data, places: true };
    host.saved = { ...savedWith({ area: "Sefton", hotspotCount: 5 }), sourceIds: ["Crimes"] };
    const { user } = await readyPane(host, "Crimes");
    expect(screen.getByRole("textbox", FIELD)).toHaveValue("5");
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(host.lastRun.settings.hotspotCount).toBe(5);
  });
});
