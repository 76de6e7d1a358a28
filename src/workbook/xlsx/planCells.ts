/**
 * The value each cell will hold once the plan is written, looked up by sheet and
 * position. Charts use it to fill their caches (the values a viewer shows
 * without recalculating), so they match the cells they point at.
 */
import type { CellValue, RangeRef, ReportPlan, SheetBlock } from "../../report/plan";
import { writtenBlocks } from "../excel/chartNotes";
import { noteRow, tableBodyRows, tableColumnNames } from "../excel/tableLayout";

export class PlanCells {
  private readonly sheets = new Map<string, Map<string, CellValue>>();

  constructor(plan: ReportPlan) {
    for (const sheet of plan.sheets) {
      const cells = new Map<string, CellValue>();
      writtenBlocks(sheet).forEach((block) => placeBlock(block, (row, col, value) => cells.set(key(row, col), value)));
      this.sheets.set(sheet.name.toLowerCase(), cells);
    }
  }

  hasSheet(name: string): boolean {
    return this.sheets.has(name.toLowerCase());
  }

  valueAt(sheet: string, row: number, col: number): CellValue {
    return this.sheets.get(sheet.toLowerCase())?.get(key(row, col)) ?? null;
  }

  /** Cells of a range in reading order (row by row), for a column or a row alike. */
  valuesIn(range: RangeRef): CellValue[] {
    const values: CellValue[] = [];
    for (let row = range.firstRow; row <= range.lastRow; row++) {
      for (let col = range.firstCol; col <= range.lastCol; col++) values.push(this.valueAt(range.sheet, row, col));
    }
    return values;
  }
}

const key = (row: number, col: number) => `${row},${col}`;

type Place = (row: number, col: number, value: CellValue) => void;

function placeBlock(block: SheetBlock, place: Place): void {
  if (block.kind === "text") place(block.at.row, block.at.col, block.text);
  if (block.kind !== "table") return;
  const { at } = block;
  place(at.row - 1, at.col, block.caption);
  tableColumnNames(block).forEach((name, c) => place(at.row, at.col + c, name));
  tableBodyRows(block).forEach((row, r) => row.forEach((value, c) => place(at.row + 1 + r, at.col + c, value)));
  if (block.note) place(noteRow(block), at.col, block.note);
}
