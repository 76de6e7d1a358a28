/**
 * Where the plan's sheets and tables go in this workbook: the run's generation,
 * the sheets' final names and the temporary names they are built under, what the
 * swap deletes (the add-in's old sheets, left-overs, markers), and the sheet order
 * after the swap. Pure: decided before any write.
 */
import { AssessmentError } from "../../../engine/errors";
import type { ReportPlan, SheetPlan, TablePlan } from "../../../report/plan";
import { sameName, sheetNameWithSuffix } from "../excelNames";
import { withPending } from "../savedSettings";
import {
  markerName,
  nextGeneration,
  strayMarkers,
  tempSheetName,
  userSheets,
  type SheetInfo,
  type WorkbookState,
} from "../workbookState";

/**
 * When a plan's sheet name is already the user's:
 *  - "stop" (the default): stop before writing, and say which sheet to rename;
 *  - "suffix": use "Summary (2)" and record it, so the next refresh reuses it.
 * A table name the user already uses (say on last year's Summary, renamed to keep)
 * always gets a free suffixed name ("SummaryTable_2"): table names are not what
 * users see, and charts are bound to cells, not to table names.
 */
export type NameClashPolicy = "stop" | "suffix";

export interface PlacedSheet {
  plan: SheetPlan;
  finalName: string;
  tempName: string;
  /** Made with the sheet and kept through its rename: "StrategicAssessment_g<generation>_<key>". */
  marker: string;
}

export interface Placement {
  /** This run's generation (see workbookState.ts). */
  generation: number;
  /** The settings value written before any sheet is made: as it was, with this generation pending. */
  pendingSettings: string;
  /** The settings value to put back if the run fails before its swap; undefined: there was none. */
  previousSettings: unknown;
  sheets: PlacedSheet[];
  /** Final and temporary name of each plan table, by its plan name. */
  tables: Map<string, { finalName: string; tempName: string }>;
  /** The add-in's old sheets, deleted at the swap. */
  replaced: SheetInfo[];
  /** Sheets left by runs that were cut off before they committed, deleted at the swap. */
  leftovers: SheetInfo[];
  /** Markers on the user's sheets, deleted first at the swap. */
  strayMarkers: string[];
  /** The other markers found before the run, deleted at the swap once their sheets are gone. */
  oldMarkers: string[];
  /** Sheet names in their order after the swap. */
  order: string[];
}

function refuseProtected(state: WorkbookState): void {
  if (state.protected) {
    throw new AssessmentError(
      "The workbook's structure is protected, so the assessment sheets cannot be added.",
      "Unprotect the workbook (Review > Protect Workbook), run the assessment, then protect it again.",
    );
  }
  const locked = state.sheets.find((s) => (s.ownKey !== null || s.leftover) && s.protected);
  if (locked) {
    throw new AssessmentError(
      "This assessment sheet is protected, so it cannot be rebuilt.",
      "Unprotect the sheet (Review > Unprotect Sheet) and run the assessment again.",
      { source: locked.name },
    );
  }
}

function sheetClashError(name: string, holder: string): AssessmentError {
  return new AssessmentError(
    `The assessment needs the sheet name "${name}", which your sheet "${holder}" already uses.`,
    `The add-in never overwrites a sheet it did not make. Rename or move your sheet "${holder}", or choose to write the assessment beside it as "${sheetNameWithSuffix(name, 2)}".`,
    { source: holder },
  );
}

function finalSheetNames(plan: ReportPlan, taken: SheetInfo[], clash: NameClashPolicy): string[] {
  const chosen: string[] = [];
  const isTaken = (name: string) => taken.some((s) => sameName(s.name, name)) || chosen.some((c) => sameName(c, name));
  for (const sheet of plan.sheets) {
    const user = taken.find((s) => sameName(s.name, sheet.name));
    if (user && clash === "stop") throw sheetClashError(sheet.name, user.name);
    let name = sheet.name;
    for (let n = 2; isTaken(name); n++) name = sheetNameWithSuffix(sheet.name, n);
    chosen.push(name);
  }
  return chosen;
}

function placeTables(plan: ReportPlan, state: WorkbookState): Placement["tables"] {
  const users = userSheets(state);
  const userNames = [
    ...state.tables.filter((t) => users.some((s) => sameName(s.name, t.sheet))).map((t) => t.name),
    ...state.definedNames.filter((n) => !state.markers.some((m) => m.name === n.name)).map((n) => n.name),
  ];
  const everyName = [...state.tables.map((t) => t.name), ...state.definedNames.map((n) => n.name)];
  const tables = plan.sheets.flatMap((s) => s.blocks.filter((b): b is TablePlan => b.kind === "table"));
  const placed: Placement["tables"] = new Map();
  tables.forEach((table, i) => {
    let finalName = table.name;
    for (let n = 2; userNames.some((name) => sameName(name, finalName)); n++) finalName = `${table.name}_${n}`;
    let tempName = `SAtmp${i + 1}_${table.name}`;
    while (everyName.some((name) => sameName(name, tempName))) tempName = `${tempName}_`;
    placed.set(table.name, { finalName, tempName });
  });
  return placed;
}

/** Old sheets are replaced where they stood; new ones follow the plan sheet before them. */
function sheetOrder(state: WorkbookState, sheets: PlacedSheet[]): string[] {
  const order: string[] = [];
  const placed = new Set<PlacedSheet>();
  for (const existing of [...state.sheets].sort((a, b) => a.position - b.position)) {
    if (existing.leftover) continue;
    if (existing.ownKey === null) {
      order.push(existing.name);
      continue;
    }
    const successor = sheets.find((s) => s.plan.key === existing.ownKey && !placed.has(s));
    if (successor) {
      order.push(successor.finalName);
      placed.add(successor);
    }
  }
  sheets.forEach((sheet, i) => {
    if (placed.has(sheet)) return;
    const before = i > 0 ? order.indexOf(sheets[i - 1].finalName) : -1;
    const after = sheets
      .slice(i + 1)
      .map((s) => order.indexOf(s.finalName))
      .find((index) => index >= 0);
    const at = before >= 0 ? before + 1 : (after ?? order.length);
    order.splice(at, 0, sheet.finalName);
    placed.add(sheet);
  });
  return order;
}

export function placePlan(plan: ReportPlan, state: WorkbookState, clash: NameClashPolicy = "stop"): Placement {
  refuseProtected(state);
  const finalNames = finalSheetNames(plan, userSheets(state), clash);
  const generation = nextGeneration(state);
  const sheetExists = (name: string) => state.sheets.some((s) => sameName(s.name, name));
  let n = 0;
  const sheets = plan.sheets.map((sheetPlan, i): PlacedSheet => {
    do n++;
    while (sheetExists(tempSheetName(generation, n)));
    return {
      plan: sheetPlan,
      finalName: finalNames[i],
      tempName: tempSheetName(generation, n),
      marker: markerName(generation, sheetPlan.key),
    };
  });
  const strays = strayMarkers(state).map((m) => m.name);
  return {
    generation,
    pendingSettings: withPending(state.settingsValue, generation),
    previousSettings: state.settingsValue,
    sheets,
    tables: placeTables(plan, state),
    replaced: state.sheets.filter((s) => s.ownKey !== null),
    leftovers: state.sheets.filter((s) => s.leftover),
    strayMarkers: strays,
    oldMarkers: state.markers.map((m) => m.name).filter((name) => !strays.includes(name)),
    order: sheetOrder(state, sheets),
  };
}
