import { categoriesFor, categoriesWith } from "./categories";

describe("categoriesFor", () => {
  it("offers All crime and the 14 police.uk types", () => {
    const list = categoriesFor(["police-uk"]);
    expect(list[0]).toBe("All crime");
    expect(list).toHaveLength(15);
    expect(list).toContain("Anti-social behaviour");
  });

  it("merges formats without repeating a shared category", () => {
    const list = categoriesFor(["police-uk", "home-office-csp", "police-uk"]);
    // 14 police.uk + 9 offence groups - 2 shared (Robbery, Criminal damage and arson) + All crime
    expect(list).toHaveLength(22);
    expect(list.filter((c) => c === "Robbery")).toHaveLength(1);
  });

  it("offers nothing for mapped tables alone", () => {
    expect(categoriesFor(["mapped", null])).toEqual([]);
  });
});

describe("categoriesWith", () => {
  it.each([
    [
      "police.uk's list, unchanged by the same categories",
      categoriesFor(["police-uk"]),
      ["burglary", "Robbery"],
      [],
      15,
    ],
    ["All crime and a mapped table's categories, sorted", [], ["Noise", "Fly-tipping"], [], 3],
    ["a priority after them", [], ["Noise"], ["Domestic abuse"], 3],
    ["nothing for no data and no priorities", [], [], [], 0],
  ])("%s", (_, published, data, priorities, length) => {
    expect(categoriesWith(published, data, priorities)).toHaveLength(length);
  });

  it("puts All crime first, the data's own next, then the priorities, each once", () => {
    expect(categoriesWith([], ["Noise", "Fly-tipping"], ["Domestic abuse", "noise", " "])).toEqual([
      "All crime",
      "Fly-tipping",
      "Noise",
      "Domestic abuse",
    ]);
  });
});
