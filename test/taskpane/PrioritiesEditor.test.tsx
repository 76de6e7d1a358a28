/**
 * The priorities editor inside the pane: rules chosen from what the chosen data holds,
 * polarity, rename and remove, the engine's message when the data no longer has a rule's
 * value, the usual themes suggested, and all of it by keyboard.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import { POLICE_UK_CRIME_TYPES } from "../../src/engine/extracts/crimeTypes";
import type { PriorityDefinition } from "../../src/engine/assessment/settings";
import { defaultSettings } from "../../src/engine/assessment/settings";
import { ASB_LOG, CRIMES, FakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

// Each test renders the whole pane and drives it by keyboard and mouse: on a busy
// 2-core machine that took up to 45 s (jest's default is 5 s, Testing Library's 1 s).
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

const HIGHER = "Higher is better, e.g. reports where confidence to report is growing";
const LOG_MAPPING = { date: "Incident date", area: "Ward", category: "Incident type", flags: {} };

/** police.uk alone; with the mapped log chosen too, its categories and flags as well. */
function hostWithLog(priorities: PriorityDefinition[] = []): FakeHost {
  const host = new FakeHost();
  host.dataFor = (ids) =>
    ids.includes(ASB_LOG.id)
      ? {
          ...host.data,
          formats: ["police-uk", "mapped"],
          categories: [...POLICE_UK_CRIME_TYPES, "Noise"],
          flags: ["Domestic abuse marker", "Hate crime"],
        }
      : host.data;
  // A refresh: both sources chosen, the log mapped.
  host.saved = {
    version: 1,
    sourceIds: [CRIMES.id, ASB_LOG.id],
    settings: { ...defaultSettings("Knowsley"), priorities },
    mappings: { [ASB_LOG.id]: LOG_MAPPING },
    sheets: [{ key: "summary", name: "Summary" }],
  };
  return host;
}

async function readyPane(host = new FakeHost()) {
  const view = renderPane(host);
  await screen.findByRole("checkbox", { name: "Crimes" });
  await waitFor(() => expect(screen.getByRole("combobox", { name: /area/i })).toBeEnabled());
  await screen.findByRole("button", { name: "Add priority" });
  return { host, ...view };
}

const priority = (n: number) => screen.getByRole("group", { name: `Priority ${n}` });
const picker = (n: number) => within(priority(n)).getByRole("combobox");
const ruleTexts = (n: number) =>
  within(within(priority(n)).getByRole("list", { name: `Rules of priority ${n}` }))
    .getAllByRole("listitem")
    .map((li) => li.querySelector("span")?.textContent);
const generate = () => screen.getByRole("button", { name: /generate|refresh/i });

describe("Priorities editor", () => {
  it("offers police.uk's categories only, and sends the priority defined with the run", async () => {
    const { host, user } = await readyPane();
    expect(screen.getByText(/No priorities\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add priority" }));
    const name = within(priority(1)).getByRole("textbox", { name: /name/i });
    expect(name).toHaveFocus();
    await user.type(name, "Acquisitive crime");

    // police.uk has categories and nothing else a rule can name.
    expect(within(priority(1)).getByRole("combobox", { name: "Add a category" })).toBe(picker(1));
    const groups = Array.from(picker(1).querySelectorAll("optgroup")).map((g) => g.label);
    expect(groups).toEqual(["Categories"]);
    expect(within(picker(1)).getAllByRole("option")).toHaveLength(1 + 14);

    await user.selectOptions(picker(1), "Burglary");
    await user.click(within(priority(1)).getByRole("button", { name: "Add to priority 1" }));
    await user.selectOptions(picker(1), "Shoplifting");
    await user.click(within(priority(1)).getByRole("button", { name: "Add to priority 1" }));
    expect(ruleTexts(1)).toEqual(["Category: Burglary", "Category: Shoplifting"]);
    // A value chosen is not offered twice.
    expect(within(picker(1)).queryByRole("option", { name: "Burglary" })).not.toBeInTheDocument();
    expect(priority(1)).toHaveTextContent("Takes in the categories Burglary and Shoplifting.");

    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await waitFor(() => expect(generate()).toBeEnabled());
    await user.click(generate());
    expect(host.lastRun.settings.priorities).toEqual([
      {
        name: "Acquisitive crime",
        rules: [
          { kind: "category", value: "Burglary" },
          { kind: "category", value: "Shoplifting" },
        ],
        polarity: "lowerIsBetter",
      },
    ]);
  });

  it("defines Domestic abuse from a mapped table's flag, a rise read as good", async () => {
    const { host, user } = await readyPane(hostWithLog());
    await user.click(screen.getByRole("button", { name: "Add priority" }));
    await user.type(within(priority(1)).getByRole("textbox", { name: /name/i }), "Domestic abuse");
    await user.click(within(priority(1)).getByRole("radio", { name: HIGHER }));
    const groups = Array.from(picker(1).querySelectorAll("optgroup")).map((g) => g.label);
    expect(groups).toEqual(["Categories", "Flags"]);
    expect(within(priority(1)).getByRole("combobox", { name: "Add a category or flag" })).toBe(picker(1));
    await user.selectOptions(picker(1), "Domestic abuse marker");
    await user.click(within(priority(1)).getByRole("button", { name: "Add to priority 1" }));
    expect(ruleTexts(1)).toEqual(["Flag: Domestic abuse marker"]);
    expect(priority(1)).toHaveTextContent("Takes in rows flagged Domestic abuse marker.");

    await user.click(generate());
    expect(host.lastRun.settings.priorities).toEqual([
      { name: "Domestic abuse", rules: [{ kind: "flag", value: "Domestic abuse marker" }], polarity: "higherIsBetter" },
    ]);
  });

  it("renames and removes priorities and rules; a target on a priority follows its new name", async () => {
    const saved: PriorityDefinition[] = [
      { name: "DA", rules: [{ kind: "flag", value: "Domestic abuse marker" }], polarity: "higherIsBetter" },
      { name: "Hate", rules: [{ kind: "flag", value: "Hate crime" }], polarity: "higherIsBetter" },
    ];
    const { host, user } = await readyPane(hostWithLog(saved));
    expect(within(priority(1)).getByRole("radio", { name: HIGHER })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Add target" }));
    await user.selectOptions(
      within(screen.getByRole("group", { name: "Target 1" })).getByRole("combobox", { name: "Category" }),
      "DA",
    );

    const name = within(priority(1)).getByRole("textbox", { name: /name/i });
    await user.tripleClick(name);
    await user.keyboard("Domestic abuse");
    await user.click(within(priority(2)).getByRole("button", { name: "Remove flag Hate crime from priority 2" }));
    expect(within(priority(2)).queryByRole("list")).not.toBeInTheDocument();
    // The engine's words: a priority needs a rule.
    expect(picker(2)).toHaveAccessibleDescription(
      'The priority "Hate" has no rules. Give it at least one category, group, subgroup, code or flag.',
    );
    await user.click(within(priority(2)).getByRole("button", { name: "Remove priority 2 (Hate)" }));
    expect(screen.queryByRole("group", { name: "Priority 2" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add priority" })).toHaveFocus();

    await user.click(generate());
    expect(host.lastRun.settings.priorities).toEqual([{ ...saved[0], name: "Domestic abuse" }]);
    expect(host.lastRun.settings.targets.map((t) => t.category)).toEqual(["Domestic abuse"]);
  });

  it("shows the engine's closest match when the data no longer holds a rule's value, and holds Generate", async () => {
    const saved: PriorityDefinition[] = [
      { name: "Domestic abuse", rules: [{ kind: "flag", value: "Domestic abuse" }], polarity: "higherIsBetter" },
    ];
    const { user } = await readyPane(hostWithLog(saved));
    await waitFor(() =>
      expect(picker(1)).toHaveAccessibleDescription(
        'The priority "Domestic abuse" takes in the flag "Domestic abuse", which is not in the data. Did you mean "Domestic abuse marker"? The flags in the data: Domestic abuse marker, Hate crime.',
      ),
    );
    expect(ruleTexts(1)).toEqual(["Flag: Domestic abuse (not in the chosen data)"]);
    expect(screen.getByRole("list", { name: "Before you generate" })).toHaveTextContent(
      "Fix priority 1 under Settings.",
    );
    expect(generate()).toBeDisabled();

    await user.click(within(priority(1)).getByRole("button", { name: "Remove flag Domestic abuse from priority 1" }));
    await user.selectOptions(picker(1), "Domestic abuse marker");
    await user.click(within(priority(1)).getByRole("button", { name: "Add to priority 1" }));
    await waitFor(() => expect(generate()).toBeEnabled());
    expect(picker(1)).not.toHaveAccessibleDescription(/not in the data/);

    // The log is no longer chosen: police.uk has no flags at all.
    await user.click(screen.getByRole("checkbox", { name: "ASB log" }));
    await waitFor(() =>
      expect(picker(1)).toHaveAccessibleDescription(
        'The priority "Domestic abuse" takes in the flag "Domestic abuse marker", but the data read has no flags. Flags (such as a domestic abuse or hate crime flag) come from a mapped table\'s flag columns (map them as flag:NAME=COLUMN); police.uk and the Home Office tables have none.',
      ),
    );
    expect(generate()).toBeDisabled();
  });

  it("suggests the usual themes where the data allows, and adds one only on a click", async () => {
    const { host, user } = await readyPane();
    const suggest = screen.getByRole("button", { name: "Suggest priorities" });
    expect(suggest).toHaveAttribute("aria-expanded", "false");
    await user.click(suggest);
    expect(suggest).toHaveAttribute("aria-expanded", "true");
    const list = screen.getByRole("list", { name: "Suggested priorities" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/^Serious violenceCoarse: police.uk's broad types/);
    // No flags in police.uk: nothing to add for domestic abuse or hate crime, and why.
    expect(items[1]).toHaveTextContent("Needs a flag whose name mentions domestic");
    expect(within(items[1]).queryByRole("button")).not.toBeInTheDocument();
    expect(within(items[2]).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Priority 1" })).not.toBeInTheDocument();

    await user.click(within(items[0]).getByRole("button", { name: "Add Serious violence" }));
    expect(within(priority(1)).getByRole("textbox", { name: /name/i })).toHaveValue("Serious violence");
    expect(ruleTexts(1)).toEqual([
      "Category: Violence and sexual offences",
      "Category: Robbery",
      "Category: Possession of weapons",
    ]);
    expect(priority(1)).toHaveTextContent("Coarse: built from police.uk's broad crime types");
    const added = within(items[0]).getByRole("button", { name: "Serious violence added" });
    expect(added).toHaveAttribute("aria-disabled", "true");
    expect(added).toHaveFocus();
    await user.click(added);
    expect(screen.queryByRole("group", { name: "Priority 2" })).not.toBeInTheDocument();

    // Editable like any other: narrower, without robbery.
    await user.click(within(priority(1)).getByRole("button", { name: "Remove category Robbery from priority 1" }));
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(generate());
    expect(host.lastRun.settings.priorities?.[0].rules.map((r) => r.value)).toEqual([
      "Violence and sexual offences",
      "Possession of weapons",
    ]);
  });

  it("suggests domestic abuse and hate crime from the flags of a mapped table, higher is better", async () => {
    const { user } = await readyPane(hostWithLog());
    await user.click(screen.getByRole("button", { name: "Suggest priorities" }));
    const list = screen.getByRole("list", { name: "Suggested priorities" });
    await user.click(within(list).getByRole("button", { name: "Add Domestic abuse" }));
    await user.click(within(list).getByRole("button", { name: "Add Hate crime" }));
    expect(ruleTexts(1)).toEqual(["Flag: Domestic abuse marker"]);
    expect(ruleTexts(2)).toEqual(["Flag: Hate crime"]);
    expect(within(priority(2)).getByRole("radio", { name: HIGHER })).toBeChecked();
  });

  it("works by keyboard alone, with every control labelled", async () => {
    const { host, user } = await readyPane(hostWithLog());
    const add = screen.getByRole("button", { name: "Add priority" });
    add.focus();
    await user.keyboard("{Enter}");
    await user.keyboard("Hate crime");
    await user.tab();
    expect(within(priority(1)).getByRole("radio", { name: "Lower is better" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(priority(1)).getByRole("radio", { name: HIGHER })).toBeChecked();
    await user.tab();
    expect(picker(1)).toHaveFocus();
    // jsdom's native select ignores arrow keys (the end-to-end test uses them in Chromium).
    await user.selectOptions(picker(1), "Hate crime");
    await user.tab();
    expect(within(priority(1)).getByRole("button", { name: "Add to priority 1" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(ruleTexts(1)).toEqual(["Flag: Hate crime"]);
    expect(picker(1)).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Suggest priorities" }));
    const settings = screen.getByRole("region", { name: "Settings" });
    const controls = [
      ...within(settings).getAllByRole("button"),
      ...within(settings).getAllByRole("textbox"),
      ...within(settings).getAllByRole("combobox"),
      ...within(settings).getAllByRole("radio"),
    ];
    for (const control of controls) expect(control).toHaveAccessibleName();

    const remove = within(priority(1)).getByRole("button", { name: "Remove priority 1 (Hate crime)" });
    remove.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Add priority" })).toHaveFocus();
    await user.click(generate());
    expect(host.lastRun.settings.priorities).toEqual([]);
  });
});
