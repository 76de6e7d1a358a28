import { categoriesFor } from "./categories";

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
