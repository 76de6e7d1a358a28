/**
 * @jest-environment jsdom
 *
 * jsdom's Blob has no arrayBuffer(), like some older browsers: the chunks are read with FileReader.
 */
import { TextEncoder } from "util"; // jsdom has none
import { blobArrayBuffer, blobChunks } from "../../src/taskpane/fileMode/blobChunks";

describe("blobChunks without Blob.arrayBuffer", () => {
  const text = "Crime ID,Month\r\nc1,2024-04\nYnys Môn,🚓\n";
  const bytes = new TextEncoder().encode(text);

  it("runs where Blob has no arrayBuffer (the case this file checks)", () => {
    expect(typeof (new Blob([text]) as Partial<Blob>).arrayBuffer).toBe("undefined");
  });

  it("reads a whole blob with FileReader", async () => {
    expect(Array.from(new Uint8Array(await blobArrayBuffer(new Blob([text]))))).toEqual(Array.from(bytes));
  });

  it.each([1, 3, 8])("gives the file's bytes in order, %i bytes at a time", async (size) => {
    const got: number[] = [];
    let chunks = 0;
    for await (const chunk of blobChunks(new File([text], "f.csv"), size)) {
      got.push(...chunk);
      chunks++;
    }
    expect(got).toEqual(Array.from(bytes));
    expect(chunks).toBe(Math.ceil(bytes.length / size));
  });
});
