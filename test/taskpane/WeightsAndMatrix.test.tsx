/**
 * The harm weights picker and the priority matrix's weights, driven by role: each choice
 * reaches the run request the host receives; the weights table is never counted as crime
 * data; a saved choice comes back for Refresh; a bad weight says so and stops Generate.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import { WEIGHTS_TABLE } from "../../src/taskpane/Settings/TablePicker";
import { NO_HARM_REASON } from "../../src/taskpane/Settings/MatrixWeightsEditor";
import { ASB_LOG, CRIMES, FakeHost, RESULT, source } from "./fakeHost";
import { renderPane } from "./renderPane";

// Each test renders the whole pane: on a busy 2-core machine that took up to 45 s.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

const CSS = source({
  id: "CSS",
  format: null,
  rows: 40,
  firstMonth: null,
  lastMonth: null,
  districts: [],
  forces: [],
  headers: ["Offence code", "Offence", "CSS weight"],
  problem: "This sheet is not a crime extract the assessment can read.",
});
const CENSUS = source({ ...CSS, id: "Census", headers: ["NAME", "POP21"] });

const PICKER = { name: "Harm weights table" };

async function readyPane(host: FakeHost) {
  const view = renderPane(host);
  await screen.findByRole("checkbox", { name: "Crimes" });
  await waitFor(() => expect(screen.getByRole("combobox", { name: /^area/i })).toBeEnabled());
  return view;
}

function pickerOptions(picker: HTMLElement): (string | null)[] {
  return within(picker)
    .getAllByRole("option")
    .map((o) => o.textContent);
}

async function openMatrix(user: ReturnType<typeof renderPane>["user"]) {
  await user.click(screen.getByText("Priority matrix"));
  return {
    volume: screen.getByRole("textbox", { name: /^volume/i }),
    trend: screen.getByRole("textbox", { name: /^trend/i }),
    rate: screen.getByRole("textbox", { name: /^rate/i }),
    harm: screen.getByRole("textbox", { name: /^harm/i }),
  };
}

describe("the harm weights picker", () => {
  it("is not shown when no source looks like a weights table", async () => {
    await readyPane(new FakeHost());
    expect(screen.queryByRole("combobox", PICKER)).not.toBeInTheDocument();
  });

  it("offers None and the weights table (not the population table), says no weights are shipped, and sends the choice", async () => {
    const host = new FakeHost();
    host.sources = [CRIMES, ASB_LOG, CENSUS, CSS];
    const { user } = await readyPane(host);
    const picker = screen.getByRole("combobox", PICKER);
    expect(picker).toHaveValue("");
    expect(pickerOptions(picker)).toEqual(["None", "CSS"]);
    expect(screen.getByText(WEIGHTS_TABLE.hint)).toBeInTheDocument();
    expect(WEIGHTS_TABLE.hint).toMatch(/No weights come with the add-in.*licensed/);

    await user.selectOptions(screen.getByRole("combobox", { name: /^area/i }), "Sefton");
    await user.selectOptions(picker, "CSS");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.weightsSourceId).toBe("CSS");
    // Read as the weights table, not as data.
    expect(host.lastRun.sourceIds).toEqual(["Crimes"]);
  });

  it("repeats a saved choice on Refresh and keeps it out of the data even when it was mapped", async () => {
    const host = new FakeHost();
    host.sources = [CRIMES, CSS];
    host.saved = {
      version: 1,
      // A damaged or hand-edited save that also lists the weights table as data, mapped.
      sourceIds: ["Crimes", "CSS"],
      settings: { area: "Wirral", basis: "financial", region: { includeOutOfArea: false }, targets: [], polarity: {} },
      mappings: { CSS: { date: "Offence", area: "Offence", category: "Offence code" } },
      weightsSourceId: "CSS",
      sheets: [{ key: "summary", name: "Summary" }],
    };
    const { user } = await readyPane(host);
    expect(screen.getByRole("combobox", PICKER)).toHaveValue("CSS");
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(host.lastRun.weightsSourceId).toBe("CSS");
    expect(host.lastRun.sourceIds).toEqual(["Crimes"]);
    expect(host.lastRun.mappings).toEqual({});
  });
});

describe("the priority matrix weights", () => {
  it("shows the defaults, harm disabled with the reason until a weights table is chosen", async () => {
    const host = new FakeHost();
    host.sources = [CRIMES, CSS];
    const { user } = await readyPane(host);
    const fields = await openMatrix(user);
    for (const box of Object.values(fields)) expect(box).toHaveValue("1");
    expect(fields.harm).toBeDisabled();
    expect(screen.getByText(NO_HARM_REASON)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reset to defaults" })).toBeDisabled();

    await user.selectOptions(screen.getByRole("combobox", PICKER), "CSS");
    expect(fields.harm).toBeEnabled();
    expect(screen.queryByText(NO_HARM_REASON)).not.toBeInTheDocument();
  });

  it("sends the weights set, and none after Reset to defaults", async () => {
    const host = new FakeHost();
    const { user } = await readyPane(host);
    await user.selectOptions(screen.getByRole("combobox", { name: /^area/i }), "Sefton");
    const fields = await openMatrix(user);
    await user.clear(fields.volume);
    await user.type(fields.volume, "2.5");
    await user.clear(fields.trend);
    await user.type(fields.trend, "0");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.settings.matrixWeights).toEqual({ volume: 2.5, trend: 0 });

    host.finish(RESULT);
    await waitFor(() => expect(fields.volume).toBeEnabled());
    await user.click(screen.getByRole("button", { name: "Reset to defaults" }));
    expect(fields.volume).toHaveValue("1");
    expect(fields.trend).toHaveValue("1");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.runs).toHaveLength(2);
    expect(host.lastRun.settings.matrixWeights).toBeUndefined();
  });

  it("says what is wrong with a weight out of range, or with nothing left to score, and does not run", async () => {
    const host = new FakeHost();
    const { user } = await readyPane(host);
    await user.selectOptions(screen.getByRole("combobox", { name: /^area/i }), "Sefton");
    const fields = await openMatrix(user);
    await user.clear(fields.rate);
    await user.type(fields.rate, "11");
    expect(screen.getByText("Give a number from 0 to 10.")).toBeInTheDocument();
    expect(screen.getByText("Fix the priority matrix weights under Settings.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /generate/i })).toBeDisabled();

    // Volume, trend and rate at 0: harm cannot be scored without a weights table, so nothing is left.
    for (const box of [fields.volume, fields.trend, fields.rate]) {
      await user.clear(box);
      await user.type(box, "0");
    }
    expect(screen.queryByText("Give a number from 0 to 10.")).not.toBeInTheDocument();
    expect(screen.getByText("Give at least one criterion a weight above 0.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /generate/i })).toBeDisabled();
    expect(host.runs).toHaveLength(0);
  });
});
