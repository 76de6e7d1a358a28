/**
 * `npm run demo`: generates the seeded synthetic inputs for the fictional
 * Northshire Police (src/sample) into out/sample/, then runs the assess command
 * three times, one workbook for each kind of source, so that no crime is counted
 * twice:
 *  - out/demo-assessment.xlsx: the police.uk-style street-level sample, with
 *    populations and targets (trends, share of the force, rates, monthly, ASB,
 *    targets);
 *  - out/demo-themes.xlsx: the force extract read through a column mapping, with
 *    priorities (serious violence, domestic abuse, hate crime, acquisitive crime),
 *    targets for them and populations;
 *  - out/demo-peers.xlsx: the Home Office table of Northshire's and three other
 *    fictional forces' partnerships, with their populations and the priorities
 *    that the table can hold (not the flags).
 * Each writes its tidy measures CSV beside it. All for St. Aldric, the district
 * whose crime is falling.
 */
import { copyFile, mkdir, readFile, writeFile } from "fs/promises";
import Papa from "papaparse";
import { join, relative } from "path";
import { describeForceExtract, generateForceExtract } from "../sample/generateForceExtract";
import { describeSample, generatePoliceUkExtract, toCsvText } from "../sample/generateExtract";
import { generateHomeOfficeTable, generatePeerPopulation, PEER_GROUP } from "../sample/generateHomeOffice";
import { generatePopulation } from "../sample/population";
import { assessCommand, type AssessOptions } from "./assessCommand";
import { projectRoot } from "./freshBuild";

/** The demo's inputs in out/sample/, by what they are. */
interface DemoInputs {
  street: string;
  population: string;
  targets: string;
  forceExtract: string;
  mapping: string;
  priorities: string;
  weights: string;
  themeTargets: string;
  homeOffice: string;
  peerPopulation: string;
  peerPriorities: string;
  peers: string;
}

/** The files of samples/ the demo uses as they are. */
const SAMPLE_FILES = {
  targets: "northshire-targets.csv",
  mapping: "northshire-force-mapping.csv",
  priorities: "northshire-priorities.csv",
  weights: "northshire-weights.csv",
  themeTargets: "northshire-theme-targets.csv",
} as const;

/**
 * The priorities a Home Office table can hold: those without a flag rule (it has
 * no flags), each dropped whole. Names are compared in any case, as the
 * priorities file is read.
 */
export function prioritiesWithoutFlags(text: string): string {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" }).data;
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const [name, kind] = [header.indexOf("priority"), header.indexOf("kind")];
  const fold = (row: string[]) => (row[name] ?? "").trim().toLowerCase();
  const flagged = new Set(rows.filter((r) => (r[kind] ?? "").trim().toLowerCase() === "flag").map(fold));
  return Papa.unparse([rows[0], ...rows.slice(1).filter((r) => !flagged.has(fold(r)))], { newline: "\n" }) + "\n";
}

async function writeInputs(root: string, sampleDir: string): Promise<DemoInputs> {
  const at = (name: string) => join(sampleDir, name);
  const copied = Object.fromEntries(
    await Promise.all(
      Object.entries(SAMPLE_FILES).map(async ([key, name]) => {
        await copyFile(join(root, "samples", name), at(name));
        return [key, at(name)];
      }),
    ),
  ) as Record<keyof typeof SAMPLE_FILES, string>;
  const inputs: DemoInputs = {
    ...copied,
    street: at("northshire-street.csv"),
    population: at("northshire-population.csv"),
    forceExtract: at("northshire-force-extract.csv"),
    homeOffice: at("home-office-crime-by-csp.csv"),
    peerPopulation: at("partnership-population.csv"),
    peerPriorities: at("northshire-priorities-without-flags.csv"),
    peers: at("st-aldric-peers.csv"),
  };
  await writeFile(inputs.street, toCsvText(generatePoliceUkExtract()));
  await writeFile(inputs.population, toCsvText(generatePopulation()));
  await writeFile(inputs.forceExtract, toCsvText(generateForceExtract()));
  await writeFile(inputs.homeOffice, toCsvText(generateHomeOfficeTable()));
  await writeFile(inputs.peerPopulation, toCsvText(generatePeerPopulation()));
  await writeFile(inputs.peerPriorities, prioritiesWithoutFlags(await readFile(inputs.priorities, "utf8")));
  await writeFile(inputs.peers, toCsvText([["CSP Name"], ...PEER_GROUP.map((name) => [name])]));
  return inputs;
}

/** The three runs: what each workbook shows, and the command's options for it. */
function demoRuns(out: string, inputs: DemoInputs, area: string): { shows: string; options: AssessOptions }[] {
  return [
    {
      shows: "police.uk-style street-level sample: trends, share of the force, rates, monthly, ASB, targets",
      options: {
        inputs: [inputs.street],
        area,
        targets: inputs.targets,
        population: inputs.population,
        out: join(out, "demo-assessment.xlsx"),
        measures: join(out, "demo-measures.csv"),
      },
    },
    {
      shows:
        "force extract through a column mapping: priorities (themes), their targets, flags, offence subgroups, harm (made-up demo weights) and the priority matrix",
      options: {
        inputs: [inputs.forceExtract],
        area,
        mapping: inputs.mapping,
        priorities: inputs.priorities,
        weights: inputs.weights,
        targets: inputs.themeTargets,
        population: inputs.population,
        out: join(out, "demo-themes.xlsx"),
        measures: join(out, "demo-themes-measures.csv"),
      },
    },
    {
      shows: "Home Office table of four fictional forces' partnerships: St. Aldric against its most similar group",
      options: {
        inputs: [inputs.homeOffice],
        area,
        peers: inputs.peers,
        priorities: inputs.peerPriorities,
        population: inputs.peerPopulation,
        out: join(out, "demo-peers.xlsx"),
        measures: join(out, "demo-peers-measures.csv"),
      },
    },
  ];
}

export async function runDemo(root = projectRoot()): Promise<void> {
  const out = join(root, "out");
  const sampleDir = join(out, "sample");
  await mkdir(sampleDir, { recursive: true });
  const about = describeSample();
  const force = describeForceExtract();
  const inputs = await writeInputs(root, sampleDir);
  const shown = (path: string) => relative(process.cwd(), path) || path;
  console.log(
    `Generated synthetic ${about.force} inputs in ${shown(sampleDir)}: a police.uk-style extract (${about.firstMonth} to ${about.lastMonth}, ${about.missingMonth} missing), a force extract (${force.firstMonth} to ${force.lastMonth}, ${force.missingMonth} missing), a Home Office table with three other fictional forces, and synthetic populations.`,
  );
  const written: string[] = [];
  for (const run of demoRuns(out, inputs, about.fallingDistrict)) {
    console.log(`\n${shown(run.options.out!)}: the ${run.shows}.`);
    if (!(await assessCommand(run.options))) return; // the command has said why and set the exit code
    written.push(`  ${shown(run.options.out!)}: the ${run.shows}`);
  }
  console.log(["", "The demo wrote:", ...written].join("\n"));
}

if (require.main === module) void runDemo();
