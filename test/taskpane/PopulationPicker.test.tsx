/** The population table picker: offered only for a table that looks like one, and its choice goes in the run request. */
import { configure, screen, waitFor } from "@testing-library/react";
import { looksLikePopulation } from "../../src/taskpane/Settings/populationSources";
import { ASB_LOG, CRIMES, FakeHost, RESULT, source } from "./fakeHost";
import { renderPane } from "./renderPane";

// Each test renders the whole pane and drives it by keyboard and mouse: on a busy
// 2-core machine that took up to 45 s (jest's default is 5 s, Testing Library's 1 s).
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

const CENSUS = source({
  id: "Census",
  format: null,
  rows: 331,
  firstMonth: null,
  lastMonth: null,
  districts: [],
  forces: [],
  headers: ["LAD", "NAME", "COUNTY", "REGION", "POP11", "POP21"],
  problem: "This sheet is not a crime extract the assessment can read.",
});

const PICKER = { name: "Population table (for rates per 1,000)" };

async function readyPane(host: FakeHost) {
  const view = renderPane(host);
  await screen.findByRole("checkbox", { name: "Crimes" });
  await waitFor(() => expect(screen.getByRole("combobox", { name: /^area/i })).toBeEnabled());
  return { host, ...view };
}

describe("which sources look like a population table", () => {
  it("takes a table with an area column and a population column, and nothing else", () => {
    expect(looksLikePopulation(CENSUS)).toBe(true);
    expect(looksLikePopulation({ ...CENSUS, headers: ["District", "Residents"] })).toBe(true);
    expect(looksLikePopulation({ ...CENSUS, headers: ["Local authority", "Population 2021"] })).toBe(true);
    // No area column, no population column, or an extract.
    expect(looksLikePopulation({ ...CENSUS, headers: ["Code", "POP21"] })).toBe(false);
    expect(looksLikePopulation(ASB_LOG)).toBe(false);
    expect(looksLikePopulation({ ...CRIMES, headers: ["LSOA name", "Population"] })).toBe(false);
  });
});

describe("the population table picker", () => {
  it("is not shown when no source looks like a population table", async () => {
    await readyPane(new FakeHost());
    expect(screen.queryByRole("combobox", PICKER)).not.toBeInTheDocument();
  });

  it("lists the population table in Data as one, pointing to Settings, not as a failed extract", async () => {
    const host = new FakeHost();
    host.sources = [CRIMES, ASB_LOG, CENSUS];
    await readyPane(host);
    const item = screen.getByRole("checkbox", { name: "Census" }).closest("li")!;
    expect(item).toHaveTextContent("Population table");
    expect(item).toHaveTextContent("Not crime data: choose it in Settings as the population table.");
    expect(item).not.toHaveTextContent("not a crime extract");
    expect(item).not.toHaveTextContent("Not recognised");
  });

  it("offers None and the population table, and passes the chosen id in the run request", async () => {
    const host = new FakeHost();
    host.sources = [CRIMES, ASB_LOG, CENSUS];
    const { user } = await readyPane(host);
    const picker = screen.getByRole("combobox", PICKER);
    expect(picker).toHaveValue("");
    expect(
      screen
        .getAllByRole("option")
        .filter((o) => picker.contains(o))
        .map((o) => o.textContent),
    ).toEqual(["None", "Census"]);
    await user.selectOptions(screen.getByRole("combobox", { name: /^area/i }), "Sefton");

    // Reached by Tab (jsdom's native select ignores arrow keys, so the option is chosen with selectOptions).
    for (let i = 0; i < 30 && document.activeElement !== picker; i++) await user.tab();
    expect(picker).toHaveFocus();
    await user.selectOptions(picker, "Census");
    expect(picker).toHaveValue("Census");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.populationSourceId).toBe("Census");
  });

  it("runs with no population table under None, and repeats a saved one on Refresh", async () => {
    const host = new FakeHost();
    host.sources = [CRIMES, CENSUS];
    host.saved = {
      version: 1,
      sourceIds: ["Crimes"],
      settings: { area: "Wirral", basis: "financial", region: { includeOutOfArea: false }, targets: [], polarity: {} },
      mappings: {},
      populationSourceId: "Census",
      sheets: [{ key: "summary", name: "Summary" }],
    };
    const { user } = await readyPane(host);
    const picker = screen.getByRole("combobox", PICKER);
    expect(picker).toHaveValue("Census");
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(host.lastRun.populationSourceId).toBe("Census");

    host.finish({ ...RESULT, findings: [], sheetNames: ["Summary"] });
    await waitFor(() => expect(picker).toBeEnabled());
    await user.selectOptions(picker, "None");
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(host.runs).toHaveLength(2);
    expect(host.lastRun.populationSourceId).toBeUndefined();
  });
});
