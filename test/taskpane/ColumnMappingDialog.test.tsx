/** The column-mapping dialog on its own: flag columns, a name to save under, and saved mappings offered again. */
import "./jsdomGaps";
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, RendererProvider, createDOMRenderer, webLightTheme } from "@fluentui/react-components";
import type { ColumnMapping, SavedMapping } from "../../src/engine/extracts/types";
import { ColumnMappingDialog } from "../../src/taskpane/Data/ColumnMappingDialog";

// Driving a dialog by mouse and keyboard is slow on a busy 2-core machine: generous, explicit timeouts.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

const offscreenStyles = createDOMRenderer(document.implementation.createHTMLDocument("styles"));
const HEADERS = ["Ref", "Incident date", "Ward", "Incident type", "DA flag", "Hate"];

function renderDialog(savedMappings: SavedMapping[] = []) {
  const saved: { mapping: ColumnMapping; name: string }[] = [];
  const user = userEvent.setup();
  render(
    <RendererProvider renderer={offscreenStyles}>
      <FluentProvider theme={webLightTheme}>
        <ColumnMappingDialog
          subject={{ sourceName: "force log", headers: HEADERS }}
          savedMappings={savedMappings}
          onSave={(mapping, name) => saved.push({ mapping, name })}
          onClose={() => undefined}
        />
      </FluentProvider>
    </RendererProvider>,
  );
  return { user, saved, dialog: () => screen.getByRole("dialog", { name: "Map the columns of force log" }) };
}

describe("ColumnMappingDialog", () => {
  it("adds flag columns by name and saves the mapping under the name given", async () => {
    const { user, saved, dialog } = renderDialog();
    const d = within(await screen.findByRole("dialog"));
    await user.selectOptions(d.getByRole("combobox", { name: /^area/i }), "Ward");
    await user.click(d.getByRole("button", { name: "Add a flag column" }));
    await user.type(d.getByRole("textbox", { name: /flag 1 name/i }), "Domestic abuse");
    await user.selectOptions(d.getByRole("combobox", { name: /flag 1 column/i }), "DA flag");
    await user.click(d.getByRole("button", { name: "Add a flag column" }));
    await user.type(d.getByRole("textbox", { name: /flag 2 name/i }), "Hate crime");
    await user.selectOptions(d.getByRole("combobox", { name: /flag 2 column/i }), "Hate");
    const name = d.getByRole("textbox", { name: /save the mapping as/i });
    expect(name).toHaveValue("force log");
    await user.clear(name);
    await user.type(name, "Force records export");
    await user.click(within(dialog()).getByRole("button", { name: "Use this mapping" }));
    expect(saved).toEqual([
      {
        mapping: {
          date: "Incident date",
          area: "Ward",
          category: "Incident type",
          flags: { "Domestic abuse": "DA flag", "Hate crime": "Hate" },
        },
        name: "Force records export",
      },
    ]);
  });

  it("refuses a flag with no column, and drops a flag removed", async () => {
    const { user, saved } = renderDialog();
    const d = within(await screen.findByRole("dialog"));
    await user.selectOptions(d.getByRole("combobox", { name: /^area/i }), "Ward");
    await user.click(d.getByRole("button", { name: "Add a flag column" }));
    await user.type(d.getByRole("textbox", { name: /flag 1 name/i }), "Domestic abuse");
    await user.click(d.getByRole("button", { name: "Use this mapping" }));
    expect(d.getByRole("alert")).toHaveTextContent('Choose the column of the flag "Domestic abuse".');
    expect(saved).toEqual([]);
    await user.click(d.getByRole("button", { name: "Remove flag 1" }));
    await user.click(d.getByRole("button", { name: "Use this mapping" }));
    expect(saved.map((s) => s.mapping.flags)).toEqual([undefined]);
  });

  it("offers a saved mapping whose columns the table has, and fills the form from it", async () => {
    const fits: SavedMapping = {
      name: "Force export",
      mapping: { date: "incident date", area: "Ward", category: "Incident type", flags: { DA: "DA flag" } },
    };
    const other: SavedMapping = { name: "Council log", mapping: { date: "When", area: "Ward", category: "Type" } };
    const { user, saved } = renderDialog([fits, other]);
    const d = within(await screen.findByRole("dialog"));
    const picker = d.getByRole("combobox", { name: /use a saved mapping/i });
    expect(
      within(picker)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Choose a saved mapping", "Force export"]);
    await user.selectOptions(picker, "Force export");
    expect(d.getByRole("textbox", { name: /flag 1 name/i })).toHaveValue("DA");
    await user.click(d.getByRole("button", { name: "Use this mapping" }));
    expect(saved).toEqual([{ mapping: fits.mapping, name: "Force export" }]);
  });
});
