/**
 * `npm run demo`: generates the seeded Northshire sample extract and a synthetic
 * population table (so that rates per 1,000 appear), then runs the assess
 * command on them with the sample targets, for the district whose crime is
 * falling, writing out/demo-assessment.xlsx and out/demo-measures.csv.
 */
import { copyFile, mkdir, writeFile } from "fs/promises";
import { join } from "path";
import { describeSample, generatePoliceUkExtract, toCsvText } from "../sample/generateExtract";
import { generatePopulation } from "../sample/population";
import { assessCommand } from "./assessCommand";
import { projectRoot } from "./freshBuild";

export async function runDemo(root = projectRoot()): Promise<void> {
  const out = join(root, "out");
  const sampleDir = join(out, "sample");
  await mkdir(sampleDir, { recursive: true });
  const about = describeSample();
  const extract = join(sampleDir, "northshire-street.csv");
  await writeFile(extract, toCsvText(generatePoliceUkExtract()));
  const targets = join(sampleDir, "northshire-targets.csv");
  await copyFile(join(root, "samples", "northshire-targets.csv"), targets);
  const population = join(sampleDir, "northshire-population.csv");
  await writeFile(population, toCsvText(generatePopulation()));
  console.log(
    `Generated ${about.force} sample: ${extract} (${about.firstMonth} to ${about.lastMonth}, ${about.missingMonth} missing), and synthetic populations: ${population}.`,
  );
  await assessCommand({
    inputs: [extract],
    area: about.fallingDistrict,
    targets,
    population,
    out: join(out, "demo-assessment.xlsx"),
    measures: join(out, "demo-measures.csv"),
  });
}

if (require.main === module) void runDemo();
