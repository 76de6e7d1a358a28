/** Range: values, number formats, formats and conditional formats on a rectangle of cells. */
import { formatAddress } from "./addresses";
import { checkWritable, enterValue, eachInput } from "./cells";
import { READ_CELL_LIMIT, type FakeContext } from "./context";
import { FakeExcelError } from "./errors";
import { cellKey, cellValue, MAX_COLUMNS, MAX_ROWS, type Area, type ConditionalFormatModel } from "./model";
import { FakeObject, settingsProxy } from "./proxy";
import { check, checkSetting, isBoolean, isConditionalFormatType } from "./rules";

export function checkedArea(area: Area): Area {
  const { r0, c0, rows, cols } = area;
  if (r0 < 0 || c0 < 0 || rows < 1 || cols < 1 || r0 + rows > MAX_ROWS || c0 + cols > MAX_COLUMNS) {
    throw new FakeExcelError("InvalidArgument", `The range (${r0}, ${c0}, ${rows} x ${cols}) is outside the sheet.`);
  }
  return area;
}

export class ConditionalFormat extends FakeObject<ConditionalFormatModel> {
  constructor(context: FakeContext) {
    super(context, () => null, "ConditionalFormat");
  }
  protected scalarNames(): string[] {
    return ["type"];
  }
  protected override readScalar(model: ConditionalFormatModel, name: string): unknown {
    return name === "type" ? model.type : super.readScalar(model, name);
  }
  private part(name: string): any {
    return settingsProxy((path, value) =>
      this.command(`conditionalFormat.${name}`, value, (model) => {
        const key = [name, ...path].join(".");
        this.context.excel.checkApi(`ConditionalFormat.${key}`);
        checkSetting(`ConditionalFormat.${key}`, value);
        model.settings[key] = value;
      }),
    );
  }
  get cellValue(): any {
    return this.part("cellValue");
  }
  get textComparison(): any {
    return this.part("textComparison");
  }
  get dataBar(): any {
    return this.part("dataBar");
  }
  get colorScale(): any {
    return this.part("colorScale");
  }
  get custom(): any {
    return this.part("custom");
  }
}

export class Range extends FakeObject<Area> {
  constructor(context: FakeContext, locate: () => Area | null, nullable = false) {
    super(
      context,
      () => {
        const area = locate();
        return area && checkedArea(area);
      },
      "Range",
      nullable,
    );
  }

  protected scalarNames(): string[] {
    return [
      "address",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "cellCount",
      "values",
      "numberFormat",
      "formulas",
    ];
  }

  protected override readScalar(area: Area, name: string): unknown {
    const grid = (cell: (row: number, col: number) => unknown) =>
      Array.from({ length: area.rows }, (_, r) =>
        Array.from({ length: area.cols }, (_, c) => cell(area.r0 + r, area.c0 + c)),
      );
    switch (name) {
      case "address":
        return formatAddress(area.sheet.name, area);
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.cols;
      case "rowIndex":
        return area.r0;
      case "columnIndex":
        return area.c0;
      case "cellCount":
        return area.rows * area.cols;
      case "values":
        this.context.excel.valueReads.push({
          sheet: area.sheet.name,
          r0: area.r0,
          c0: area.c0,
          rows: area.rows,
          cols: area.cols,
        });
        // Excel silently returns no values for reads this large.
        return area.rows * area.cols > READ_CELL_LIMIT ? null : grid((r, c) => cellValue(area.sheet, r, c));
      case "numberFormat":
        return grid((r, c) => area.sheet.numberFormats.get(cellKey(r, c)) ?? "General");
      case "formulas":
        return grid((r, c) => area.sheet.formulas.get(cellKey(r, c)) ?? cellValue(area.sheet, r, c));
      default:
        return super.readScalar(area, name);
    }
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(input: unknown[][]) {
    this.command("range.values", input, (area) => {
      checkWritable(area);
      eachInput(area, input, () => undefined); // shape first: a bad shape writes nothing
      eachInput(area, input, (r, c, value) => enterValue(area.sheet, r, c, value));
    });
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.command("range.numberFormat", input, (area) => {
      checkWritable(area);
      eachInput(area, input, () => undefined);
      eachInput(area, input, (r, c, format) => {
        if (format !== null && format !== undefined) area.sheet.numberFormats.set(cellKey(r, c), String(format));
      });
    });
  }

  /** format.font.bold, format.fill.color, format.columnWidth (points), ... */
  get format(): any {
    return settingsProxy((path, value) =>
      this.command(`range.format.${path.join(".")}`, value, (area) => {
        this.context.excel.checkApi(`Range.format.${path.join(".")}`);
        checkSetting(`Range.format.${path.join(".")}`, value);
        checkWritable(area);
        if (path.join(".") === "columnWidth") {
          for (let c = area.c0; c < area.c0 + area.cols; c++) area.sheet.columnWidths.set(c, Number(value));
        } else {
          area.sheet.formats.push({ area, path, value });
        }
      }),
    );
  }

  /** Merges the range into one cell (across = true merges each row separately). Excel refuses to merge inside a table. */
  merge(across = false): void {
    this.command("range.merge", across, (area) => {
      this.context.excel.checkApi("Range.merge");
      check("Range.merge(across)", isBoolean, across);
      checkWritable(area);
      const overlapsTable = area.sheet.tables.some((t) => overlaps(t.area, area));
      if (overlapsTable) throw new FakeExcelError("InvalidOperation", "Cells in a table cannot be merged.");
      area.sheet.merges.push({ r0: area.r0, c0: area.c0, rows: area.rows, cols: area.cols });
    });
  }

  get conditionalFormats(): { add(type: string): ConditionalFormat } {
    return {
      add: (type: string) => {
        const format = new ConditionalFormat(this.context);
        this.command("conditionalFormats.add", type, (area) => {
          this.context.excel.checkApi("Range.conditionalFormats");
          check("conditionalFormats.add(type)", isConditionalFormatType, type);
          const model: ConditionalFormatModel = { type, area, settings: {} };
          area.sheet.conditionalFormats.push(model);
          format.bindTo(model);
        });
        return format;
      },
    };
  }

  private derived(make: (area: Area) => Omit<Area, "sheet">): Range {
    return new Range(this.context, () => {
      const area = this.resolve();
      return { sheet: area.sheet, ...make(area) };
    });
  }

  getCell(row: number, col: number): Range {
    return this.derived((a) => ({ r0: a.r0 + row, c0: a.c0 + col, rows: 1, cols: 1 }));
  }
  getRow(row: number): Range {
    return this.derived((a) => ({ r0: a.r0 + row, c0: a.c0, rows: 1, cols: a.cols }));
  }
  getColumn(col: number): Range {
    return this.derived((a) => ({ r0: a.r0, c0: a.c0 + col, rows: a.rows, cols: 1 }));
  }
  getLastRow(): Range {
    return this.derived((a) => ({ r0: a.r0 + a.rows - 1, c0: a.c0, rows: 1, cols: a.cols }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    this.context.requireApi("Range.getAbsoluteResizedRange");
    return this.derived((a) => ({ r0: a.r0, c0: a.c0, rows: numRows, cols: numColumns }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    this.context.requireApi("Range.getResizedRange");
    return this.derived((a) => ({ r0: a.r0, c0: a.c0, rows: a.rows + deltaRows, cols: a.cols + deltaColumns }));
  }
}

function overlaps(a: Omit<Area, "sheet">, b: Omit<Area, "sheet">): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}
