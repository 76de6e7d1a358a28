/**
 * The hand-made fixture plan written once per test file, with ways to read the
 * result back: ExcelJS for cells, JSZip and an XML parser for the parts.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ReportPlan } from "../../../src/report/plan";
import { writeAssessmentXlsx } from "../../../src/workbook/xlsx";
import { smallAssessmentPlan } from "../../fixtures/plans/smallAssessmentPlan";
import { all, loadWorkbook, parseXml } from "./xmlTestHelpers";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface WrittenWorkbook {
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
  zip: JSZip;
  sheet(name: string): ExcelJS.Worksheet;
  part(path: string): Promise<string>;
  relsOf(partPath: string): Promise<{ id: string; type: string; path: string }[]>;
  sheetPartOf(name: string): Promise<string>;
}

export async function writeFixtureWorkbook(): Promise<WrittenWorkbook> {
  return writeWorkbook(smallAssessmentPlan);
}

export async function writeWorkbook(plan: ReportPlan): Promise<WrittenWorkbook> {
  return openWorkbook(await writeAssessmentXlsx(plan));
}

/** A written file (e.g. the one the command line saved), opened for reading back. */
export async function openWorkbook(bytes: Uint8Array): Promise<WrittenWorkbook> {
  const workbook = await loadWorkbook(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const part = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`no part ${path}`);
    return file.async("string");
  };
  const relsOf = async (partPath: string) => {
    const slash = partPath.lastIndexOf("/");
    const doc = parseXml(await part(`${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`));
    return all(doc, "Relationship").map((rel) => ({
      id: rel.getAttribute("Id")!,
      type: rel.getAttribute("Type")!,
      path: resolve(partPath, rel.getAttribute("Target")!),
    }));
  };
  return {
    bytes,
    workbook,
    zip,
    sheet: (name) => {
      const found = workbook.getWorksheet(name);
      if (!found) throw new Error(`no sheet ${name}`);
      return found;
    },
    part,
    relsOf,
    sheetPartOf: async (name) => {
      const entry = all(parseXml(await part("xl/workbook.xml")), "sheet").find((s) => s.getAttribute("name") === name);
      if (!entry) throw new Error(`no sheet ${name} in workbook.xml`);
      const rel = (await relsOf("xl/workbook.xml")).find((r) => r.id === entry.getAttributeNS(REL_NS, "id"));
      if (!rel) throw new Error(`no relationship for sheet ${name}`);
      return rel.path;
    },
  };
}

/** Resolves a relationship target against the folder of the part whose rels it is in. */
function resolve(fromPart: string, target: string): string {
  const parts = fromPart.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else parts.push(step);
  }
  return parts.join("/");
}
