/**
 * Dropping rows after they were added: compaction moves every column the builder
 * holds (counts and Crime ID hashes included), and the Crime ID register keeps the
 * source each ID was first seen in through its resizes.
 */
import { DuplicateRegister } from "../../../src/engine/extracts/duplicates";
import { CrimeTableBuilder } from "../../../src/engine/extracts/tableBuilder";

describe("CrimeTableBuilder.compact", () => {
  it("keeps the flagged rows in order in every column, past a resize", () => {
    const builder = new CrimeTableBuilder();
    const n = 3000; // past the first capacity of 1,024
    for (let i = 0; i < n; i++) {
      builder.push(i, i % 7, i % 3, i % 5, i === 10 ? 2.5 : 1);
      if (i % 2 === 0) builder.setLastCrimeId(i + 1, -(i + 1));
    }
    const keep = new Uint8Array(n);
    for (let i = 0; i < n; i++) keep[i] = i % 3 === 1 || i === 10 ? 1 : 0;
    builder.compact(keep);
    const kept = Array.from({ length: n }, (_, i) => i).filter((i) => keep[i] === 1);
    const table = builder.finish();
    expect(table.length).toBe(kept.length);
    expect(Array.from(table.month)).toEqual(kept);
    expect(Array.from(table.district)).toEqual(kept.map((i) => i % 7));
    expect(Array.from(table.force)).toEqual(kept.map((i) => i % 3));
    expect(Array.from(table.category)).toEqual(kept.map((i) => i % 5));
    expect(Array.from(table.count ?? [])).toEqual(kept.map((i) => (i === 10 ? 2.5 : 1)));
    const ids = builder.crimeIdHashes();
    expect(Array.from(ids?.h1 ?? [])).toEqual(kept.map((i) => (i % 2 === 0 ? i + 1 : 0)));
    expect(Array.from(ids?.h2 ?? [])).toEqual(kept.map((i) => (i % 2 === 0 ? -(i + 1) : 0)));
  });

  it("refuses a mask of the wrong length (a bug, not a data problem)", () => {
    const builder = new CrimeTableBuilder();
    builder.push(1, 0, 0, 0, 1);
    expect(() => builder.compact(new Uint8Array(2))).toThrow(Error);
  });
});

describe("DuplicateRegister across sources", () => {
  it("counts the IDs each source shares with the one they were first seen in, through resizes", () => {
    const register = new DuplicateRegister();
    register.startSource(0);
    for (let i = 0; i < 60_000; i++) register.seen(Math.imul(i, 0x9e3779b1), i); // past the first 49,152-ID table
    register.startSource(1);
    for (let i = 0; i < 30_000; i++) register.seen(Math.imul(2 * i, 0x9e3779b1), 2 * i); // every second ID again
    register.seen(-5, -5); // one new ID
    register.startSource(2);
    register.seen(-5, -5); // first seen in source 1
    expect(register.overlaps()).toEqual([
      { first: 0, later: 1, count: 30_000 },
      { first: 1, later: 2, count: 1 },
    ]);
    expect([register.idsIn(0), register.idsIn(1), register.idsIn(2)]).toEqual([60_000, 30_001, 1]);
    expect(register.result().count).toBe(30_001);
  });
});
