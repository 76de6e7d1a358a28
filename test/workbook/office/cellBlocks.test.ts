/** Cell blocks: text stays text, long text avoids Excel's "####", and big tables split by size. */
import { blockBytes, tableBlocks, tableRowsBlock, textBlock } from "../../../src/workbook/office/plan/cellBlocks";
import { summaryTable } from "./planFixture";

describe("cell blocks", () => {
  it.each([
    ["a short formula-like text", "=SUM(A1)", "=SUM(A1)", "@"],
    ["a month label Excel would make a date", "Apr 2024", "Apr 2024", "@"],
    ["a long sentence", "x".repeat(300), "x".repeat(300), "General"],
    ["a long sentence that starts like a formula", `-${"x".repeat(300)}`, `'-${"x".repeat(300)}`, "General"],
  ])("writes %s safely", (_what, text, value, format) => {
    expect(textBlock(2, 1, text)).toEqual({ row: 2, col: 1, values: [[value]], formats: [[format]] });
  });

  it("puts the header on the table's row and the body below it", () => {
    const block = tableRowsBlock(summaryTable, 0, 1, true);
    expect(block).toMatchObject({ row: 3, col: 0 });
    expect(block.values).toEqual([
      ["Category", "2022/23", "2023/24", "Change", "Status"],
      ["All crime", 1200, 1032, -0.14, "Green"],
    ]);
  });

  it("splits a table into slices under the byte limit that cover every row once, header first", () => {
    const table = {
      ...summaryTable,
      rows: Array.from({ length: 500 }, (_, i) => [`District ${i}`, i, i + 1, 0.01, "Green"]),
    };
    const blocks = tableBlocks(table, 2_000);
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks[0].values[0]).toEqual(table.columns.map((c) => c.header));
    const bodyRows = blocks.flatMap((b, i) => (i === 0 ? b.values.slice(1) : b.values));
    expect(bodyRows.map((r) => r[0])).toEqual(table.rows.map((r) => r[0]));
    blocks.forEach((b, i) =>
      expect(b.row).toBe(
        i === 0 ? 3 : 4 + blocks.slice(0, i).reduce((n, p, j) => n + p.values.length - (j === 0 ? 1 : 0), 0),
      ),
    );
    blocks.forEach((b) =>
      expect(JSON.stringify(b.values).length + JSON.stringify(b.formats).length).toBeLessThanOrEqual(2_000),
    );
  });
});

describe("the size of a block", () => {
  it.each([
    ["ASCII", "abc", 3],
    ["a 2-byte letter", "é", 2],
    ["a 3-byte sign", "€", 3],
    ["a character outside the BMP (a surrogate pair)", "😀", 4],
  ])("counts %s in UTF-8 bytes, as Excel measures a request", (_what, text, bytes) => {
    // Brackets, quotes and the "@" format: [["x"]] and [["@"]] are 6 + 7 bytes around the text.
    expect(blockBytes(textBlock(0, 0, text))).toBe(bytes + 6 + 7);
    expect(blockBytes(textBlock(0, 0, text))).toBe(Buffer.byteLength(JSON.stringify([[text]]) + '[["@"]]'));
  });
});
