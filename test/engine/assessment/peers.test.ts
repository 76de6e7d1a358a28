/**
 * The most similar group through the whole assessment, worked by hand (the
 * fixture is in peerFixture.ts). Every
 * district has 12 shoplifting crimes in 2024 (one a month) and its burglaries in
 * January; every population is 10,000, so 30 burglaries are 3.0 per 1,000.
 * Ashby 90, Brook 30, Carr 35, Dale 40, Eske 40, Fell 45, Glen 50, Holm 40: rates
 * 9, 3, 3.5, 4, 4, 4.5, 5, 4; mean 4.625, sample SD 1.86605, upper limit 8.3571.
 */
import { peerPosition } from "../../../src/engine/assessment/peers";
import { populationFromRows } from "../../../src/engine/assessment/population";
import { AssessmentError } from "../../../src/engine/errors";
import { peerAssessment as run } from "./peerFixture";

describe("the area against its most similar group", () => {
  const a = run();
  const peers = a.peers!;
  const burglary = peers.measures.find((m) => m.category === "Burglary")!;

  it("finds the peers tolerantly, names the one missing with its nearest match, and skips the area and a repeat", () => {
    expect(peers.members.map((m) => m.name)).toEqual([
      "Ashby",
      "Brook",
      "Carr",
      "Dale",
      "Eske",
      "Fell",
      "Glen",
      "Holm",
      "Isle",
      "Jura",
    ]);
    expect(peers.missing).toEqual([{ name: "Glenn", closest: "Glen" }]);
    expect(peers.skipped).toEqual([
      { name: "ashby", reason: "it is Ashby, the area itself" },
      { name: "Brook", reason: "it is listed twice" },
    ]);
  });

  it("leaves out a peer with a blank population (n/a) and one whose data lack months, saying why", () => {
    const problem = (name: string) => peers.members.find((m) => m.name === name)!.problem;
    expect(problem("Jura")).toBe("no population: its population is 0 or blank in the population table");
    expect(problem("Isle")).toBe("its data lack Jul 2024 to Dec 2024, so its rate would not be for the whole period");
    expect(burglary.members.map((m) => m.name)).not.toContain("Jura");
    expect(a.method.some((line) => line.includes("Left out of the group: Isle (its data lack"))).toBe(true);
  });

  it("gives each member's rate in rank order, the mean with the area in it, the limits and the position", () => {
    expect(burglary.members.map((m) => [m.name, m.rate, m.rank])).toEqual([
      ["Ashby", 9, 1],
      ["Glen", 5, 2],
      ["Fell", 4.5, 3],
      ["Dale", 4, 4],
      ["Eske", 4, 5],
      ["Holm", 4, 6],
      ["Carr", 3.5, 7],
      ["Brook", 3, 8],
    ]);
    expect(burglary.mean).toBeCloseTo(4.625, 12);
    expect(burglary.limits!.method).toBe("sd");
    expect(burglary.limits!.upper).toBeCloseTo(4.625 + 2 * Math.sqrt(24.375 / 7), 12);
    expect(burglary.position).toBe("above");
    expect(peerPosition(peers, "Burglary")).toBe("above");
  });

  it("uses Poisson limits where the expected count is small: 12 shoplifting crimes against an expected 12", () => {
    const shoplifting = peers.measures.find((m) => m.category === "Shoplifting")!;
    expect(shoplifting.limits).toMatchObject({ method: "poisson", countsInLine: { lower: 6, upper: 19 } });
    expect(shoplifting.limits!.expected).toBeCloseTo(12, 12);
    expect(shoplifting.position).toBe("in line");
  });

  it("states the notable positions, and All crime's, as findings on the Comparisons sheet", () => {
    // All crime: Ashby 102 = 10.2; others 4.2, 4.7, 5.2, 5.2, 5.7, 6.2, 5.2; mean 46.6 / 8 = 5.825.
    expect(a.findings.filter((f) => f.sheetKey === "comparisons").map((f) => f.text)).toEqual([
      "All crime in Ashby (10.2 per 1,000 in 2024) is above its most similar group (mean 5.8; highest of 8).",
      "Burglary in Ashby (9.0 per 1,000 in 2024) is above its most similar group (mean 4.6; highest of 8).",
    ]);
  });

  it("scores the matrix's rate against the group, not the region: burglary 9.0 is the highest of 8 (mean 4.625)", () => {
    const burglaryRow = a.matrix!.rows.find((r) => r.category === "Burglary")!;
    expect(burglaryRow.scores.rate).toEqual({
      score: 4,
      reason: "highest of 8 in its most similar group (9.0 per 1,000; group mean 4.6)",
    });
    // Shoplifting: 1.2 per 1,000 in every member, so all 8 share the top rank.
    expect(a.matrix!.rows.find((r) => r.category === "Shoplifting")!.scores.rate.reason).toBe(
      "joint highest of 8 in its most similar group (1.2 per 1,000; group mean 1.2)",
    );
    expect(a.matrix!.method.some((line) => line.startsWith("Rate against the most similar group: "))).toBe(true);
    // Without peers, the region's districts with a population are the group.
    const region = run({ peers: [] }).matrix!.rows.find((r) => r.category === "Burglary")!.scores.rate.reason;
    expect(region).toMatch(/^highest of 9 districts \(9\.0 per 1,000; Testshire Police /);
  });

  it("says on the method page which limits each measure used", () => {
    const line = a.method.find((l) => l.startsWith("Most similar group:"))!;
    expect(line).toContain("Not in the data: Glenn (nearest: Glen).");
    expect(line).toContain("Used: mean ± 2 SD for All crime, Burglary; Poisson limits for Shoplifting.");
    expect(line).toContain("Ashby's included");
  });

  it("exports the group's figures in the tidy measures", () => {
    const measure = (area: string, category: string, name: string) =>
      a.measures.find((m) => m.area === area && m.category === category && m.measure === name)?.value;
    expect(measure("Ashby", "Burglary", "peer_position")).toBe("above");
    expect(measure("Ashby", "Burglary", "peer_rank")).toBe(1);
    expect(measure("Glen", "Burglary", "rate_per_1000")).toBe(5);
  });
});

describe("when no comparison can be made", () => {
  it("is an error when none of the peers is in the data, naming each with its nearest match", () => {
    expect(() => run({ peers: ["Glenn", "Brooke"] })).toThrow(AssessmentError);
    expect(() => run({ peers: ["Glenn", "Brooke"] })).toThrow(
      'None of the peers listed is in the data: "Glenn" (nearest: "Glen"), "Brooke" (nearest: "Brook").',
    );
  });

  it("says so without a population table", () => {
    const a = run({ population: undefined });
    expect(a.peers!.problem).toBe("Peers are compared by rate per 1,000 residents, and no population table was given.");
    expect(a.peers!.measures).toEqual([]);
  });

  it("says so when the area's own population is 0 (n/a, never a division)", () => {
    const zero = populationFromRows(
      [
        ["Area", "Population"],
        ["Ashby", "0"],
        ["Brook", "10000"],
      ],
      "population.csv",
    );
    const a = run({ population: zero });
    expect(a.peers!.problem).toBe(
      "Ashby has no rate per 1,000 (no population: its population is 0 or blank in the population table), so it cannot be compared with its group.",
    );
    expect(a.districts.find((d) => d.district === "Ashby")!.ratePer1000).toBeNull();
  });

  it("gives no peer comparison when none is listed", () => {
    expect(run({ peers: [] }).peers).toBeNull();
    expect(run({ peers: undefined }).peers).toBeNull();
  });
});
