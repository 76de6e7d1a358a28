/** The targets editor inside the pane: add, edit, check and remove TargetSetting rows. */
import { configure, screen, waitFor, within } from "@testing-library/react";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

// Each test renders the whole pane and drives it by keyboard and mouse: on a busy
// 2-core machine that took up to 45 s (jest's default is 5 s, Testing Library's 1 s).
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

async function paneWithArea() {
  const host = new FakeHost();
  const view = renderPane(host);
  await screen.findByRole("checkbox", { name: "Crimes" });
  await waitFor(() => expect(screen.getByRole("combobox", { name: /area/i })).toBeEnabled());
  await view.user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
  return { host, ...view };
}

const target = (n: number) => screen.getByRole("group", { name: `Target ${n}` });

describe("Targets editor", () => {
  it("adds a target starting from the latest year in the data", async () => {
    const { user } = await paneWithArea();
    expect(screen.getByText(/No targets/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add target" }));
    const first = target(1);
    // The Crimes sheet ends in Mar 2025: the baseline is 2024/25 and the target three years on.
    expect(within(first).getByRole("textbox", { name: /baseline year/i })).toHaveValue("2024/25");
    expect(within(first).getByRole("textbox", { name: /target year/i })).toHaveValue("2027/28");
    expect(within(first).getByRole("combobox", { name: "Category" })).toHaveValue("All crime");
    expect(first).toHaveTextContent(
      "Reduce All crime by 5% by the end of 2027/28 against a 2024/25 baseline (linear).",
    );
  });

  it("edits a target and sends it with the run", async () => {
    const { host, user } = await paneWithArea();
    await user.click(screen.getByRole("button", { name: "Add target" }));
    const first = target(1);
    await user.selectOptions(within(first).getByRole("combobox", { name: "Category" }), "Anti-social behaviour");
    const baseline = within(first).getByRole("textbox", { name: /baseline year/i });
    await user.clear(baseline);
    await user.type(baseline, "2023/24");
    const end = within(first).getByRole("textbox", { name: /target year/i });
    await user.clear(end);
    await user.type(end, "2026/27");
    const change = within(first).getByRole("textbox", { name: "Change (%)" });
    await user.clear(change);
    await user.type(change, "-6");
    await user.selectOptions(within(first).getByRole("combobox", { name: "Trajectory" }), "Compound");
    expect(first).toHaveTextContent(
      "Reduce Anti-social behaviour by 6% by the end of 2026/27 against a 2023/24 baseline (compound).",
    );

    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.settings.targets).toEqual([
      {
        category: "Anti-social behaviour",
        baselineYear: "2023/24",
        targetYear: "2026/27",
        changePct: -6,
        method: "compound",
        tolerancePct: 5,
        polarity: "lowerIsBetter",
      },
    ]);
  });

  it("explains a bad target and holds Generate until it is fixed", async () => {
    const { user } = await paneWithArea();
    await user.click(screen.getByRole("button", { name: "Add target" }));
    const end = within(target(1)).getByRole("textbox", { name: /target year/i });
    await user.clear(end);
    await user.type(end, "2020/21");
    expect(within(target(1)).getByText("The target year must come after the baseline year.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /generate/i })).toBeDisabled();
    expect(screen.getByRole("list", { name: "Before you generate" })).toHaveTextContent("Fix target 1 under Settings.");

    await user.clear(end);
    await user.type(end, "2026/27");
    expect(screen.getByRole("button", { name: /generate/i })).toBeEnabled();
  });

  it("removes the chosen target and keeps the others", async () => {
    const { host, user } = await paneWithArea();
    await user.click(screen.getByRole("button", { name: "Add target" }));
    await user.click(screen.getByRole("button", { name: "Add target" }));
    await user.selectOptions(within(target(2)).getByRole("combobox", { name: "Category" }), "Burglary");
    await user.click(screen.getByRole("button", { name: "Remove target 1 (All crime)" }));

    expect(screen.queryByRole("group", { name: "Target 2" })).not.toBeInTheDocument();
    expect(within(target(1)).getByRole("combobox", { name: "Category" })).toHaveValue("Burglary");
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.settings.targets.map((t) => t.category)).toEqual(["Burglary"]);
  });

  it("sets which way is good for a category", async () => {
    const { host, user } = await paneWithArea();
    await user.click(screen.getByText("Which way is good"));
    await user.click(screen.getByRole("checkbox", { name: "Violence and sexual offences" }));
    await user.click(screen.getByRole("button", { name: /generate/i }));
    expect(host.lastRun.settings.polarity).toEqual({ "Violence and sexual offences": "higherIsBetter" });
  });
});
