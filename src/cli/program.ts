/**
 * The command's arguments (commander), loaded by index.ts: this file only parses
 * them and calls the command function.
 */
import { Command, Option } from "commander";
import { assessCommand, BASES, reportError } from "./assessCommand";

const program = new Command()
  .name("strategic-assessment")
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
  .option(
    "--peers <names|file>",
    'the most similar group: "A,B,C" (semicolons for names with commas), or a file with one name a line or a Name column',
  )
  .option(
    "--keep-source <name>",
    'count a source that looks like a copy or a filtered part of another (a file name, or "book.xlsx: Sheet"); repeat for more',
    (value: string, previous: string[]) => [...previous, value],
    [] as string[],
  )
  .option(
    "--map <fields>",
    'read a table in another layout: "date=COL,area=COL,category=COL[,count=COL][,flag:NAME=COL]..." (or year=COL,month=COL for date)',
  )
  .option("--mapping <file>", "the same mapping as a CSV of field,column lines")
  .option("--priorities <file>", "priorities CSV: priority,kind(category|group|subgroup|code|flag),value,polarity")
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
        peers?: string;
        higherIsBetter: string[];
        keepSource: string[];
        map?: string;
        mapping?: string;
        priorities?: string;
      },
    ) => {
      const { keepSource, ...rest } = options;
      await assessCommand({ inputs, ...rest, keepSources: keepSource });
    },
  );

let finished = false;
program
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  })
  .finally(() => (finished = true));

// Node exits when nothing is left to wait for. A run that has not finished by then
// stalled inside a library; say so rather than exit quietly with code 0.
process.on("beforeExit", () => {
  if (finished) return;
  finished = true;
  reportError(new Error("the run stopped before it finished"), { out: console.log, err: console.error });
});

// For the benchmark, which measures the command through npm's processes.
if (process.env.STRATEGIC_ASSESSMENT_PEAK_MEMORY)
  process.on("exit", () => console.error(`peak memory: ${process.resourceUsage().maxRSS} KB`));
