/** Reading a File a slice at a time, with Blob.arrayBuffer() (Node, browsers). jsdom's FileReader path: blobChunks.jsdom.test.ts. */
import { blobArrayBuffer, blobChunks } from "../../src/taskpane/fileMode/blobChunks";

async function collect(blob: Blob, chunkBytes: number): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of blobChunks(blob, chunkBytes)) chunks.push(chunk);
  return chunks;
}

const concat = (chunks: Uint8Array[]) => Uint8Array.from(chunks.flatMap((c) => Array.from(c)));

describe("blobChunks", () => {
  // 2-, 3- and 4-byte characters, so that chunks end inside a character.
  const text = 'Ynys Môn,Llŷn\r\n"q""uote",€5,🚓\n';
  const bytes = new TextEncoder().encode(text);

  it.each([1, 2, 3, 5, 7, 64])("gives the file's bytes in order, %i bytes at a time", async (size) => {
    const chunks = await collect(new Blob([text]), size);
    expect(concat(chunks)).toEqual(bytes);
    expect(chunks.length).toBe(Math.ceil(bytes.length / size));
    expect(chunks.slice(0, -1).every((c) => c.length === size)).toBe(true);
  });

  it("gives nothing for an empty file", async () => {
    expect(await collect(new Blob([]), 4)).toEqual([]);
  });

  it("refuses a chunk size below one byte", async () => {
    await expect(collect(new Blob(["x"]), 0)).rejects.toThrow(RangeError);
  });

  it("reads a whole blob", async () => {
    expect(new Uint8Array(await blobArrayBuffer(new Blob([text])))).toEqual(bytes);
  });
});
