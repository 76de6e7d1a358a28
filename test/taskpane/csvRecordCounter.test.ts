import { CsvRecordCounter } from "../../src/taskpane/fileMode/csvRecordCounter";

function count(text: string, chunkBytes: number): number {
  const bytes = new TextEncoder().encode(text);
  const counter = new CsvRecordCounter();
  for (let i = 0; i < bytes.length; i += chunkBytes) counter.push(bytes.subarray(i, i + chunkBytes));
  return counter.end();
}

describe("CsvRecordCounter", () => {
  // Counted by hand: records that hold something, the header included.
  it.each([
    ["", 0],
    ["Ref,Notes", 1],
    ["Ref,Notes\n", 1],
    ["Ref,Notes\r\n1,a\r\n2,b\r\n", 3],
    ["Ref,Notes\r1,a\r2,b", 3], // old Mac line ends, no line break at the end
    ['Ref,Notes\n1,"two\nlines"\n2,"a ""quoted"", comma"\n', 3], // a quoted line break is not a new record
    ["Ref,Notes\n\n1,a\n , ,\n\r\n2,b\n\n", 3], // blank lines and a line of only commas and spaces
    ['Ref,Notes\n"",""\n1,a\n', 2], // a record of empty quoted fields is blank
  ])("%j has %i records", (text, expected) => {
    for (const chunkBytes of [1, 2, 3, 1000]) expect(count(text, chunkBytes)).toBe(expected);
  });
});
