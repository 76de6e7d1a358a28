import { ByteDictionary, fieldHash } from "../../../src/engine/extracts/csv/byteDictionary";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("ByteDictionary", () => {
  it("reads each distinct value once, the empty value included", () => {
    const seen: string[] = [];
    const dictionary = new ByteDictionary((text) => {
      seen.push(text);
      return seen.length;
    });
    const values = ["", "Knowsley 006A", "", "Knowsley 006A", "Sefton 001B", "", "Knowsley 006A"].map((text) => {
      const b = bytes(`,${text},`); // the value sits inside a longer buffer, as in a chunk
      return dictionary.valueOf(b, 1, b.length - 1, fieldHash(b, 1, b.length - 1));
    });
    expect(seen).toEqual(["", "Knowsley 006A", "Sefton 001B"]);
    expect(values).toEqual([1, 2, 1, 2, 3, 1, 2]);
  });

  it("keeps values apart when there are many (the table grows) and decodes UTF-8", () => {
    const dictionary = new ByteDictionary((text) => Number(text.replace(/\D/g, "")));
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 5000; i++) {
        const b = bytes(`Ynys Môn ${i}`);
        expect(dictionary.valueOf(b, 0, b.length, fieldHash(b, 0, b.length))).toBe(i);
      }
    }
  });
});
