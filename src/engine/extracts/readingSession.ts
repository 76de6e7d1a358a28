/**
 * What every reader of one assessment shares: the table being built, the field
 * readers (with their caches), the tally of rows set aside, the Crime IDs seen,
 * and a summary of each source.
 */
import { AssessmentError } from "../errors";
import { DuplicateRegister, MAX_EXAMPLES } from "./duplicates";
import {
  CategoryReader,
  CountReader,
  CrimeTypeReader,
  FinancialYearReader,
  LsoaDistrictReader,
  MonthReader,
  QuarterReader,
  TextReader,
} from "./fieldReaders";
import type { ReadResult } from "./index";
import { planFor, type SourcePlan } from "./sourcePlans";
import { CrimeTableBuilder } from "./tableBuilder";
import type { Detection, SetAside, SourceSummary } from "./types";

export const FORCE_NOT_STATED = "Force not stated";

export class ReadingSession {
  readonly builder = new CrimeTableBuilder();
  readonly duplicates = new DuplicateRegister();
  readonly sources: SourceSummary[] = [];
  readonly readers;
  private readonly setAsideByReason = new Map<string, SetAside>();
  private current: SourceSummary | null = null;

  constructor() {
    const b = this.builder;
    this.readers = {
      month: new MonthReader(),
      force: new TextReader(b.forces),
      lsoaDistrict: new LsoaDistrictReader(b.districts),
      area: new TextReader(b.districts),
      crimeType: new CrimeTypeReader(b.categories),
      category: new CategoryReader(b.categories),
      financialYear: new FinancialYearReader(),
      quarter: new QuarterReader(),
      count: new CountReader(),
    };
  }

  /** The force id read, or that of "Force not stated" for a blank cell or a mapped table without a force column. */
  force(read: number): number {
    return read >= 0 ? read : this.builder.forces.intern(FORCE_NOT_STATED);
  }

  startSource(name: string, kind: "sheet" | "file", detection: Detection): SourcePlan {
    this.current = {
      name,
      kind,
      format: detection.format,
      rowsRead: 0,
      rowsKept: 0,
      firstMonth: null,
      lastMonth: null,
    };
    if (detection.format === "home-office-csp") this.current.quarterly = true;
    this.sources.push(this.current);
    return planFor(this, detection);
  }

  get sourceName(): string {
    return this.requireSource().name;
  }

  /** Adds a row to the table; always true, so a plan can `return session.keep(...)`. */
  keep(month: number, district: number, force: number, category: number, count: number): boolean {
    const source = this.requireSource();
    source.rowsRead++;
    source.rowsKept++;
    if (source.firstMonth === null || month < source.firstMonth) source.firstMonth = month;
    if (source.lastMonth === null || month > source.lastMonth) source.lastMonth = month;
    this.builder.push(month, district, force, category, count);
    return true;
  }

  /** Counts a row as set aside for `reason`; always false, so a plan can `return session.setAside(...)`. */
  setAside(reason: string, rowNumber: number): boolean {
    const source = this.requireSource();
    source.rowsRead++;
    let entry = this.setAsideByReason.get(reason);
    if (!entry) {
      entry = { reason, count: 0, examples: [] };
      this.setAsideByReason.set(reason, entry);
    }
    entry.count++;
    if (entry.examples.length < MAX_EXAMPLES) entry.examples.push({ source: source.name, row: rowNumber });
    return false;
  }

  finish(): ReadResult {
    if (this.sources.length === 0) {
      throw new AssessmentError(
        "No crime extract was found to read.",
        "Choose at least one data.police.uk street-level crime file or sheet (or a Home Office recorded crime by CSP table).",
      );
    }
    if (this.builder.length === 0) throw this.nothingKeptError();
    return {
      table: this.builder.finish(),
      sources: this.sources.map((s) => ({ ...s })),
      setAside: [...this.setAsideByReason.values()].map((s) => ({ ...s, examples: [...s.examples] })),
      duplicateCrimeIds: this.duplicates.result(),
    };
  }

  private nothingKeptError(): AssessmentError {
    const names = this.sources.map((s) => `"${s.name}"`).join(", ");
    const reasons = [...this.setAsideByReason.values()].map(
      (s) => `${s.count.toLocaleString("en-GB")} ${s.reason.toLowerCase()}`,
    );
    const why =
      reasons.length > 0
        ? ` All rows were set aside: ${reasons.join("; ")}.`
        : " They have a header row but no rows below it.";
    return new AssessmentError(
      `No crimes or incidents could be read from ${names}.${why}`,
      "Check that the right sheets or files were chosen and that their rows are filled in.",
    );
  }

  private requireSource(): SourceSummary {
    if (!this.current) throw new Error("A source must be added (addSource) before its rows.");
    return this.current;
  }
}
