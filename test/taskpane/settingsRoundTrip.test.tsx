/**
 * The weights table, peers, top places and matrix weights through the Excel host (the fake
 * object model): saved with the workbook, and shown again by a second pane on it.
 * (File mode keeps no settings between visits: settingsFileMode.test.ts.)
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import { createExcelHostWith } from "../../src/workbook/office";
import { FakeExcel, newWorkbook } from "../fakeExcel";
import type { ExcelRun, OfficeRuntime } from "../../src/workbook/office/runtime";
import {
  cspRows,
  populationRows,
  ROUND_TRIP_SETTINGS as SETTINGS,
  roundTripRequest as request,
  WEIGHTS_ROWS,
} from "./homeOfficeFixture";
import { renderPane } from "./renderPane";

jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

/** The fake Excel's runtime, yielding with setTimeout (jsdom has no setImmediate). */
function fakeRuntime(excel: FakeExcel): OfficeRuntime {
  return {
    run: excel.run as unknown as ExcelRun,
    supportsExcelApi: (version) => excel.isSetSupported("ExcelApi", version),
    yieldToUi: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
}

describe("the Excel host", () => {
  const excel = new FakeExcel(newWorkbook({ CSP: cspRows(), Population: populationRows(), Weights: WEIGHTS_ROWS }));

  it("saves the weights table, peers, top places and matrix weights for Refresh", async () => {
    await createExcelHostWith(fakeRuntime(excel)).run(
      request({ data: "CSP", population: "Population", weights: "Weights" }),
    );
    const saved = await createExcelHostWith(fakeRuntime(excel)).loadSavedSettings();
    expect(saved?.weightsSourceId).toBe("Weights");
    expect(saved?.populationSourceId).toBe("Population");
    expect(saved?.settings).toMatchObject({
      peers: ["Ashby", "Brook"],
      hotspotCount: 7,
      matrixWeights: { volume: 2, harm: 0.5 },
    });
  });

  it("shows them again in a second pane on the workbook", async () => {
    const { user, unmount } = renderPane(createExcelHostWith(fakeRuntime(excel)));
    await screen.findByRole("button", { name: "Refresh" });
    expect(await screen.findByRole("combobox", { name: "Harm weights table" })).toHaveValue("Weights");
    const chosen = await screen.findByRole("listbox", { name: "Chosen peers" });
    expect(
      within(chosen)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Ashby", "Brook"]);
    await user.click(screen.getByText("Priority matrix"));
    expect(screen.getByRole("textbox", { name: /^volume/i })).toHaveValue("2");
    expect(screen.getByRole("textbox", { name: /^harm/i })).toHaveValue("0.5");
    expect(screen.getByRole("textbox", { name: /^trend/i })).toHaveValue("1");
    // The weights and population tables are read as such, not listed as chosen data.
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "CSP" })).toBeChecked());
    expect(screen.getByRole("checkbox", { name: "Weights" })).not.toBeChecked();
    unmount();
  });
});
