/** --peers on the command line: a list or a file, into the run and onto the Comparisons sheet. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assessCommand, runAssessment } from "../../src/cli/assessCommand";
import { readPeersOption } from "../../src/cli/peersOption";
import { AssessmentError } from "../../src/engine/errors";

let dir: string;
let outDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "assess-peers-"));
  outDir = mkdtempSync(join(tmpdir(), "assess-peers-out-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  process.exitCode = undefined;
});

const AREAS = ["Ashby", "Brook", "Carr", "Dale", "Eske", "Fell", "Glen", "Holm"];

/** A Home Office table: each area 10 + 5 x its place crimes a quarter in 2023/24; populations of 10,000. */
function writeInputs(): { table: string; population: string } {
  const table = join(dir, "csp.csv");
  const rows = AREAS.flatMap((area, i) =>
    [1, 2, 3, 4].map((q) => `2023/24,${q},Testshire,${area},Burglary,${10 + 5 * i}`),
  );
  const unassigned = "2023/24,1,Testshire,Unassigned Testshire,Burglary,30";
  writeFileSync(
    table,
    ["Financial Year,Financial Quarter,Police Force,CSP Name,Offence Group,Offence Count", ...rows, unassigned].join(
      "\n",
    ),
  );
  const population = join(outDir, "population.csv");
  writeFileSync(population, ["Area,Population", ...AREAS.map((a) => `${a},10000`)].join("\n"));
  return { table, population };
}

async function failure(promise: Promise<unknown>): Promise<AssessmentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error("expected the run to fail");
}

describe("reading --peers", () => {
  it("splits a list on commas, or on semicolons when names hold commas", async () => {
    expect(await readPeersOption(" Brook, Carr ,,Dale")).toEqual({ names: ["Brook", "Carr", "Dale"], file: null });
    expect(await readPeersOption("Bristol, City of; Bath and North East Somerset")).toEqual({
      names: ["Bristol, City of", "Bath and North East Somerset"],
      file: null,
    });
    expect(await readPeersOption(undefined)).toBeNull();
  });

  it("reads a file of one name a line, commas and all", async () => {
    const file = join(dir, "peers.txt");
    writeFileSync(file, "\uFEFFBrook\r\nBristol, City of\r\n\r\n  Carr  \n");
    expect(await readPeersOption(file)).toEqual({ names: ["Brook", "Bristol, City of", "Carr"], file });
  });

  it("reads a CSV's column of names by its header", async () => {
    const file = join(dir, "msg.csv");
    writeFileSync(file, 'Rank,CSP Name,Score\n1,Brook,0.9\n2,"Bristol, City of",0.8\n');
    expect((await readPeersOption(file))!.names).toEqual(["Brook", "Bristol, City of"]);
  });

  it("refuses a file that is not there, and a list of no names", async () => {
    expect((await failure(readPeersOption(join(dir, "missing.csv")))).message).toBe(
      "The peers file could not be read.",
    );
    expect((await failure(readPeersOption(" , ;"))).message).toBe("No peers were named.");
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "\n\n");
    expect((await failure(readPeersOption(empty))).message).toBe('"empty.txt" names no peers.');
  });
});

describe("a run with --peers", () => {
  it("compares the area with its group on the Comparisons sheet and names a peer not in the data", async () => {
    const { table, population } = writeInputs();
    const lines: string[] = [];
    const outcome = await assessCommand(
      {
        inputs: [table],
        area: "Holm",
        population,
        peers: "Ashby,Brook,Carr,Dale,Eske,Fell,Glenn,Unassigned Testshire",
        out: join(outDir, "a.xlsx"),
      },
      { out: (line) => lines.push(line), err: (line) => lines.push(line) },
    );
    expect(process.exitCode).toBe(0);
    expect(outcome!.sheetNames).toContain("Comparisons");
    const peers = outcome!.assessment.peers!;
    expect(peers.missing).toEqual([{ name: "Glenn", closest: "Glen" }]);
    expect(peers.skipped).toEqual([
      { name: "Unassigned Testshire", reason: "it holds crimes the force could not place, not an area" },
    ]);
    // Holm has 45 a quarter, 180 a year: 18.0 per 1,000, the highest of the 7.
    const burglary = peers.measures.find((m) => m.category === "Burglary")!;
    expect(burglary.area).toMatchObject({ rate: 18, rank: 1 });
    expect(lines).toContain('  - Peer "Glenn" is not in the data; the nearest name in it is "Glen".');
  });

  it("needs a population table, and says so before writing anything", async () => {
    const { table } = writeInputs();
    const out = join(outDir, "a.xlsx");
    const error = await failure(runAssessment({ inputs: [table], area: "Holm", peers: "Ashby,Brook", out }));
    expect(error.message).toBe("Peers are compared by rate per 1,000 residents, which needs a population table.");
    expect(error.column).toBe("--peers");
    expect(existsSync(out)).toBe(false);
  });

  it("is an error when no peer is in the data", async () => {
    const { table, population } = writeInputs();
    const error = await failure(
      runAssessment({ inputs: [table], area: "Holm", population, peers: "Glenn;Asby", out: join(outDir, "a.xlsx") }),
    );
    expect(error.message).toBe(
      'None of the peers listed is in the data: "Glenn" (nearest: "Glen"), "Asby" (nearest: "Ashby").',
    );
  });

  it("never writes the workbook over the peers file", async () => {
    const { table, population } = writeInputs();
    const peersFile = join(outDir, "peers.xlsx");
    writeFileSync(peersFile, "Ashby\nBrook\n");
    const error = await failure(
      runAssessment({ inputs: [table], area: "Holm", population, peers: peersFile, out: peersFile }),
    );
    expect(error.message).toMatch(/--out/);
  });
});
