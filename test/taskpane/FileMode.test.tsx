/** The pane in file mode: open files, generate, and download a new workbook. */
import { act, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import type { RunResult } from "../../src/workbook/host";
import { CRIMES, FakeHost, RESULT } from "./fakeHost";
import { expectToSee, findErrorBar, renderPane } from "./renderPane";

// Each test renders the whole pane and drives it by keyboard and mouse: on a busy
// 2-core machine that took up to 45 s (jest's default is 5 s, Testing Library's 1 s).
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });

/** jsdom's Blob has no arrayBuffer(); FileReader reads it. */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

class FakeFileHost extends FakeHost {
  override mode = "file" as const;
  opened: string[] = [];
  override sources = [] as FakeHost["sources"];
  constructor() {
    super();
    // A browser has no Excel sheets to go to.
    (this as { goToSheet?: unknown }).goToSheet = undefined;
  }
  async openFiles(files: File[]) {
    this.opened.push(...files.map((f) => f.name));
    this.sources = [{ ...CRIMES, id: "street.csv", name: "street.csv", kind: "file" }];
  }
}

describe("File mode", () => {
  const createObjectURL = jest.fn((_blob: Blob) => "blob:assessment");
  const revokeObjectURL = jest.fn();
  let clicked: HTMLAnchorElement[] = [];

  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    clicked = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it("opens a CSV, then lists it as a chosen source", async () => {
    const host = new FakeFileHost();
    const { user } = renderPane(host);
    expect(await screen.findByText(/Open a police.uk CSV/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Look again" })).not.toBeInTheDocument();

    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input).toHaveAttribute("accept", expect.stringContaining(".xlsx"));
    await user.upload(input, new File(["Crime ID,Month\n"], "street.csv", { type: "text/csv" }));

    expect(host.opened).toEqual(["street.csv"]);
    expect(await screen.findByRole("checkbox", { name: "street.csv" })).toBeChecked();
  });

  it("offers the new workbook as a download and never a rewrite of the user's file", async () => {
    const host = new FakeFileHost();
    const { user } = renderPane(host);
    await screen.findByRole("button", { name: "Open workbook or CSV" });
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, new File(["x"], "street.csv"));
    await waitFor(() => expect(screen.getByRole("combobox", { name: /area/i })).toBeEnabled());
    await user.selectOptions(screen.getByRole("combobox", { name: /area/i }), "Knowsley");
    await user.click(screen.getByRole("button", { name: /generate/i }));

    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const result: RunResult = {
      ...RESULT,
      download: { fileName: "Strategic assessment - Knowsley.xlsx", data: bytes },
    };
    act(() => host.finish(result));
    await expectToSee("The assessment workbook is ready to download.");
    // No Excel to go to: the findings name their sheet instead.
    expect(screen.queryByRole("button", { name: /^Go to/ })).not.toBeInTheDocument();
    expect(screen.getByText("Sheet: Share of region")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Download assessment workbook" }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe("Strategic assessment - Knowsley.xlsx");
    expect(clicked[0].href).toBe("blob:assessment");
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(new Uint8Array(await readBlob(blob))).toEqual(bytes);
  });

  it("shows a file that cannot be read in the error bar", async () => {
    const host = new FakeFileHost();
    host.openFiles = async () => {
      const error = Object.assign(new Error("This kind of file cannot be read."), {
        name: "AssessmentError",
        advice: "Open a .csv file or an .xlsx workbook.",
        source: "notes.txt",
      });
      throw error;
    };
    renderPane(host);
    await screen.findByRole("button", { name: "Open workbook or CSV" });
    // The file dialog's filter can be switched to "All files", so the pane must cope.
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [new File(["x"], "notes.txt")] } });
    const alert = await findErrorBar();
    expect(alert).toHaveTextContent("This kind of file cannot be read.");
    expect(alert).toHaveTextContent('Where: "notes.txt"');
  });
});
