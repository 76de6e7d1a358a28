#!/usr/bin/env node
/**
 * Command line: `npm run assess -- <files or folders> --area "Knowsley" [options]`.
 * This file only parses arguments (commander) and calls the command function.
 */
import { Command, Option } from "commander";
import { assessCommand, BASES } from "./assessCommand";

const program = new Command()
  .name("assess")
  .description("Build a community safety strategic assessment workbook from police.uk street-level crime extracts.")
  .argument("<inputs...>", "police.uk .csv or .xlsx files, or folders holding them")
  .requiredOption("--area <district>", 'the focus district as named in the data, e.g. "Knowsley"')
  .addOption(
    new Option("--basis <basis>", "period basis (auto: the one that compares the most months)")
      .choices(BASES)
      .default("auto"),
  )
  .option(
    "--targets <file>",
    "targets CSV: category,baseline_year,target_year,change_pct,method,tolerance_pct,polarity",
  )
  .option("--out <file>", "assessment workbook to write", "assessment.xlsx")
  .option("--measures <file>", "also write every figure as a tidy CSV (area,category,period,measure,value)")
  .option(
    "--higher-is-better <category>",
    "a category where a rise is read as good (e.g. reports of domestic abuse); repeat for more",
    (value: string, previous: string[]) => [...previous, value],
    [] as string[],
  )
  .option("--population <file>", "population CSV for rates per 1,000 (census LAD file, or area,population columns)")
  .action(
    async (
      inputs: string[],
      options: {
        area: string;
        basis: string;
        targets?: string;
        out: string;
        measures?: string;
        population?: string;
        higherIsBetter: string[];
      },
    ) => {
      await assessCommand({ inputs, ...options });
    },
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
